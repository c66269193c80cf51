// Who opposes an actor: hostile stances (OPPOSES) and armed conflict (FIGHTS) aimed at $name.
// example: {"name": "Bashar al-Assad"}
MATCH (opponent:Entity)-[r:OPPOSES|FIGHTS]->(x:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN opponent.name AS opponent, opponent.type AS type, type(r) AS relation, r.count AS mentions,
       r.confidence AS confidence, r.first_seen AS first_seen, r.articles AS articles
ORDER BY confidence DESC, mentions DESC, opponent
