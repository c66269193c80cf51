// Relations seen in only one story: edges whose every mention comes from one story (one article,
// or copies of one wire story), so one source stands behind them; those of $name, or all when
// $name is "". Weakest first: the ones to check before relying on them.
// example: {"name": "", "limit": 50}
MATCH (s:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]->(o:Entity)
WHERE size(r.stories) = 1
  AND ($name = '' OR any(x IN [s, o] WHERE toLower(x.name) = toLower($name)
                         OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))))
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.stories[0] AS story,
       size(r.articles) AS articles, r.count AS mentions, r.confidence AS confidence,
       r.hedged_count AS hedged, r.first_seen AS first_seen
ORDER BY confidence, mentions, subject, relation, object
LIMIT toInteger($limit)  // toInteger: Neo4j Browser sends :params numbers as floats
