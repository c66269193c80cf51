// What changed since a date: every relation with statements in articles dated on or after $since
// (YYYY-MM-DD), 'new' when it was first seen then, 'reported again' when it was known before, with
// how many statements and articles since, and who said so.
// example: {"since": "2024-12-07"}
MATCH (ev:Evidence)
WHERE ev.edge IS NOT NULL AND ev.date IS NOT NULL AND date(ev.date) >= date($since)
MATCH (s:Entity {id: ev.edge_source})-[r]->(o:Entity {id: ev.edge_target})
WHERE type(r) = ev.type
WITH s, r, o, count(ev) AS statements_since, count(DISTINCT ev.article) AS articles_since,
     [sentence IN collect(DISTINCT ev.sentence) WHERE sentence IS NOT NULL][..3] AS sentences
RETURN CASE WHEN r.first_seen IS NOT NULL AND date(r.first_seen) >= date($since) THEN 'new'
            ELSE 'reported again' END AS change,
       s.name AS subject, type(r) AS relation, o.name AS object, statements_since, articles_since,
       r.count AS mentions, r.first_seen AS first_seen, r.last_seen AS last_seen, sentences
ORDER BY change, last_seen DESC, subject, relation, object
