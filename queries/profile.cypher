// Everything the graph says about an actor: each relation of $name, in either direction, with the counterpart.
// example: {"name": "Turkey"}
MATCH (x:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]-(other:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN type(r) AS relation, startNode(r) = x AS outgoing, other.name AS other, other.type AS type,
       r.count AS mentions, r.confidence AS confidence, r.role AS role, r.first_seen AS first_seen
ORDER BY relation, mentions DESC, other
