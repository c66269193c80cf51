// Who backs an actor: everyone with a BACKS relation to $name (aid, arms, money, endorsement).
// example: {"name": "Syrian rebels"}
MATCH (backer:Entity)-[r:BACKS]->(x:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN backer.name AS backer, backer.type AS type, r.count AS mentions, r.confidence AS confidence,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.articles AS articles
ORDER BY confidence DESC, mentions DESC, backer
