// The graph as of $date (YYYY-MM-DD): relations reported by then (first seen on or before it) whose
// period, where the text or the catalogue gives one, covers that day ("allies since 2017" from 2017;
// an office until its term ended). A year or month as a bound covers the whole of it.
// example: {"date": "2024-12-31"}
MATCH (s:Entity)-[r:ALLY_OF|BACKS|OPPOSES|FIGHTS|MET_WITH|CALLED_ON|MEMBER_OF|LEADS|AFFILIATED_WITH|PARTICIPATES_IN|LOCATED_IN]->(o:Entity)
WITH s, r, o,
     CASE size(coalesce(r.valid_until, '')) WHEN 4 THEN r.valid_until + '-12-31' WHEN 7 THEN r.valid_until + '-31'
          ELSE r.valid_until END AS until
WHERE (r.first_seen IS NULL OR r.first_seen <= $date)
  AND (r.valid_from IS NULL OR r.valid_from <= $date)
  AND (until IS NULL OR until >= $date)
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.valid_from AS valid_from,
       r.valid_until AS valid_until, r.first_seen AS first_seen, r.count AS mentions, r.confidence AS confidence
ORDER BY relation, subject, object
