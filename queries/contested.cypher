// Contested actors: who is backed (BACKS) or allied with (ALLY_OF) by one actor and at odds (OPPOSES,
// FIGHTS, either direction) with another; a row whose supporter is also the opponent is a pair with
// both support and hostility between the same two actors. Relations under $min_confidence are left out.
// example: {"min_confidence": 0.0, "limit": 50}
MATCH (supporter:Entity)-[s:ALLY_OF|BACKS]-(x:Entity)
WHERE (type(s) = 'ALLY_OF' OR endNode(s) = x) AND s.confidence >= $min_confidence
MATCH (opponent:Entity)-[h:OPPOSES|FIGHTS]-(x)
WHERE h.confidence >= $min_confidence
RETURN x.name AS contested, supporter.name AS supporter, type(s) AS support,
       opponent.name AS opponent, type(h) AS hostility, supporter = opponent AS same_pair
ORDER BY same_pair DESC, contested, supporter, opponent
LIMIT toInteger($limit)  // toInteger: Neo4j Browser sends :params numbers as floats
