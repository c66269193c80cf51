// An actor's meetings: whom $name met, held talks or spoke with (MET_WITH), when and how often.
// example: {"name": "Sergei Lavrov"}
MATCH (x:Entity)-[r:MET_WITH]-(other:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN other.name AS met_with, other.type AS type, r.count AS mentions, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.articles AS articles
ORDER BY first_seen, mentions DESC, met_with
