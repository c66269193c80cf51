// Relations that ended: those every statement calls former ("the former president", "once allied"),
// or whose period, from the text or the catalogue's terms, closed before $date (YYYY-MM-DD); with
// when they began and ended where known. Newest end first.
// example: {"date": "2026-12-01"}
MATCH (s:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]->(o:Entity)
WHERE coalesce(r.former, false) OR (r.valid_until IS NOT NULL AND r.valid_until < $date)
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.valid_from AS valid_from,
       r.valid_until AS valid_until, coalesce(r.former, false) AS former, r.role AS role,
       r.last_seen AS last_seen
ORDER BY coalesce(valid_until, '') DESC, relation, subject, object
