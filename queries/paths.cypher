// How two actors are connected: the shortest chains of relations (any of the eleven types, any
// direction, at most 6 steps) between $a and $b.
// example: {"a": "Hakan Fidan", "b": "Bashar al-Assad"}
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Entity)
WHERE x <> y AND (toLower(y.name) = toLower($b) OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b)))
MATCH p = shortestPath((x)-[:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN*..6]-(y))
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations,
       length(p) AS steps
ORDER BY steps
