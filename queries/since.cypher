// What is new: relations first seen in an article dated on or after $since (YYYY-MM-DD), newest first.
// example: {"since": "2024-12-01"}
MATCH (s:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]->(o:Entity)
WHERE r.first_seen IS NOT NULL AND date(r.first_seen) >= date($since)
RETURN r.first_seen AS first_seen, s.name AS subject, type(r) AS relation, o.name AS object,
       r.count AS mentions, r.confidence AS confidence, r.articles AS articles
ORDER BY first_seen DESC, relation, subject, object
