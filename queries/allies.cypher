// Allies of an actor: who is on the same side as $name (ALLY_OF, either direction), strongest first.
// example: {"name": "Bashar al-Assad"}
MATCH (x:Entity)-[r:ALLY_OF]-(ally:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN ally.name AS ally, ally.type AS type, r.count AS mentions, r.confidence AS confidence,
       r.first_seen AS first_seen, r.articles AS articles
ORDER BY confidence DESC, mentions DESC, ally
