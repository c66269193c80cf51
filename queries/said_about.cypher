// Who said what about an actor: statements involving $name that the article attributes to someone,
// with the speaker, the sentence and the source.
// example: {"name": "Bashar al-Assad"}
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (ev:Evidence)-[:SUBJECT|OBJECT]->(x)
MATCH (ev)-[:ATTRIBUTED_TO]->(speaker:Entity)
MATCH (ev)-[:IN_ARTICLE]->(art:Article)
MATCH (ev)-[:SUBJECT]->(s:Entity)
MATCH (ev)-[:OBJECT]->(o:Entity)
RETURN DISTINCT speaker.name AS speaker, s.name AS subject, ev.type AS relation, o.name AS object,
       ev.negated AS negated, ev.sentence AS sentence, art.title AS title, art.source AS source,
       art.date AS date
ORDER BY date, speaker, relation
