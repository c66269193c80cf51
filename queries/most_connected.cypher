// Most connected actors: entities with the most relations to other entities (the eleven relation
// types, either direction), with how many distinct counterparts and mentions.
// example: {"limit": 10}
MATCH (x:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]-(other:Entity)
RETURN x.name AS actor, x.type AS type, count(r) AS relations, count(DISTINCT other) AS counterparts,
       sum(r.count) AS mentions
ORDER BY relations DESC, mentions DESC, actor
LIMIT toInteger($limit)  // toInteger: Neo4j Browser sends :params numbers as floats
