// Members and leaders of an actor: who belongs to (MEMBER_OF) or is in charge of (LEADS) $name, with their role.
// example: {"name": "Turkey"}
MATCH (member:Entity)-[r:MEMBER_OF|LEADS]->(x:Entity)
WHERE toLower(x.name) = toLower($name) OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN member.name AS member, member.type AS type, type(r) AS relation, r.role AS role,
       r.count AS mentions, r.articles AS articles
ORDER BY relation DESC, mentions DESC, member
