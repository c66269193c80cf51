// An actor's timeline: every statement about $name (as subject or object), in article date order,
// with the sentence and the source; denials are flagged.
// example: {"name": "Sergei Lavrov"}
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (ev:Evidence)-[:SUBJECT|OBJECT]->(x)
MATCH (ev)-[:IN_ARTICLE]->(art:Article)
MATCH (ev)-[:SUBJECT]->(s:Entity)
MATCH (ev)-[:OBJECT]->(o:Entity)
RETURN DISTINCT art.date AS date, s.name AS subject, ev.type AS relation, o.name AS object,
       ev.negated AS negated, ev.sentence AS sentence, art.title AS title, art.source AS source,
       ev.start AS offset
ORDER BY date, title, offset, relation
