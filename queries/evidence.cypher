// Evidence for a relation between two actors: every extracted statement linking $a and $b (either way,
// denials included), with its sentence, who said it and the article it comes from.
// example: {"a": "Sergei Lavrov", "b": "Hakan Fidan"}
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Entity)
WHERE toLower(y.name) = toLower($b) OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b))
MATCH (s:Entity)<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o:Entity)
WHERE (s = x AND o = y) OR (s = y AND o = x)
MATCH (ev)-[:IN_ARTICLE]->(art:Article)
OPTIONAL MATCH (ev)-[:ATTRIBUTED_TO]->(speaker:Entity)
RETURN s.name AS subject, ev.type AS relation, o.name AS object, ev.negated AS negated,
       ev.hedged AS hedged, ev.sentence AS sentence, speaker.name AS said_by, art.title AS title,
       art.source AS source, art.date AS date, art.url AS url, art.path AS path
ORDER BY date, title, relation, sentence
