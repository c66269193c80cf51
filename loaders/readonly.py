"""``kg query`` is read-only: what a query file may do, checked three times.

1. Before anything is sent, ``check_read_only`` reads the statement (comments, strings and
   backquoted names set aside) and refuses every clause that writes or administers: ``CREATE``,
   ``MERGE``, ``SET``, ``DELETE``, ``REMOVE``, ``DROP``, ``FOREACH``, ``ALTER``, ``GRANT``...,
   ``CALL {...} IN TRANSACTIONS`` (it commits on its own, outside any transaction the client could
   roll back), ``LOAD CSV`` (it reads the server's files: ``--allow-load-csv``) and procedures
   outside ``ALLOWED_PROCEDURES`` (``--allow-procedures``). This is what keeps servers that do not
   enforce read access (ArcadeDB) read-only.
2. On the server, the query runs in a transaction opened in READ access mode, which Neo4j enforces
   (a write fails with ``Neo.ClientError.Statement.AccessMode``), after an ``EXPLAIN`` whose query
   type must be ``r`` (read only).
3. That transaction is never committed: it is rolled back, and a query whose counters show any
   update is reported as a write.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError

# Clauses that change data, schema, users or databases.
WRITE_CLAUSES = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "ALTER", "RENAME",
    "GRANT", "DENY", "REVOKE", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE", "REALLOCATE",
    "INSERT", "UPSERT", "COPY",
})
# Read-only procedures a query may CALL without --allow-procedures (a trailing "." is a prefix).
ALLOWED_PROCEDURES = ("db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.",
                      "dbms.components")

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word, quoted (a `name`), string, other
    text: str


def tokens(cypher: str) -> list[Token]:
    """The tokens of a Cypher statement, comments and white space left out."""
    out = []
    for match in _TOKEN.finditer(cypher):
        kind = match.lastgroup
        if kind in ("space", "line_comment", "block_comment"):
            continue
        out.append(Token(kind, match.group()))
    return out


def _is_name_position(items: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is a name rather than a keyword: a property (``n.set``), a
    label or type (``:Create``), a parameter (``$merge``), a map key (``{delete: 1}``), an alias
    (``AS set``)."""
    before = items[index - 1] if index else None
    after = items[index + 1] if index + 1 < len(items) else None
    if before is not None and before.text in (".", ":", "$"):
        return True
    if before is not None and before.kind == "word" and before.text.upper() == "AS":
        return True
    return after is not None and after.text == ":" and not (before is not None and before.text == "(")


def _procedure(items: list[Token], index: int) -> str | None:
    """The dotted name after ``CALL`` at ``index``, or None for a subquery ``CALL {`` / ``CALL (``."""
    parts = []
    j = index + 1
    while j < len(items) and items[j].kind in ("word", "quoted"):
        parts.append(items[j].text.strip("`"))
        if j + 1 < len(items) and items[j + 1].text == ".":
            j += 2
            continue
        break
    return ".".join(parts) if parts else None


def _allowed(procedure: str) -> bool:
    for allowed in ALLOWED_PROCEDURES:
        if procedure == allowed or allowed.endswith(".") and procedure.startswith(allowed):
            return True
    return False


def read_only_problem(cypher: str, *, allow_load_csv: bool = False, allow_procedures: bool = False) -> str | None:
    """Why ``cypher`` is not a read-only query (one phrase), or None when it is."""
    items = tokens(cypher)
    for index, token in enumerate(items):
        if token.kind != "word" or _is_name_position(items, index):
            continue
        word = token.text.upper()
        following = items[index + 1].text.upper() if index + 1 < len(items) else ""
        if word in WRITE_CLAUSES:
            return f"it uses {word}, which writes"
        if word == "LOAD" and following == "CSV" and not allow_load_csv:
            return "it uses LOAD CSV, which reads files on the server (pass --allow-load-csv to allow it)"
        if word == "IN" and following in ("TRANSACTIONS", "CONCURRENT"):
            return "it uses CALL ... IN TRANSACTIONS, which commits on its own"
        if word == "CALL":
            procedure = _procedure(items, index)
            if procedure is not None and not allow_procedures and not _allowed(procedure):
                shown = ", ".join(p + ("*" if p.endswith(".") else "") for p in ALLOWED_PROCEDURES)
                return (f"it calls the procedure {procedure} (allowed: {shown}; pass --allow-procedures "
                        "to allow others)")
    return None


def check_read_only(cypher: str, name: str, *, allow_load_csv: bool = False, allow_procedures: bool = False) -> None:
    """Raise ``QueryError`` (one line naming the file) unless ``cypher`` is a read-only query."""
    problem = read_only_problem(cypher, allow_load_csv=allow_load_csv, allow_procedures=allow_procedures)
    if problem:
        raise QueryError(f"{name}: refused: {problem}; queries must be read-only")
