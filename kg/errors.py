"""The package's exceptions: one hierarchy rooted in ``KGError``.

The CLI turns any ``KGError`` into one line on stderr and a non-zero exit status; anything else
that escapes is a bug. Errors that replaced a ``ValueError`` still subclass ``ValueError``, so code
that caught the old exception keeps working.
"""


class KGError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(KGError):
    """An input path is missing or cannot be read at all."""


class UsageError(InputError, ValueError):
    """An option has a value the command cannot run with (``--workers 0``, ``--batch-size 0``)."""


class CatalogueError(InputError, ValueError):
    """A user catalogue file is not valid: its message names the file, the entry and the field."""


class OutputError(KGError):
    """The output directory cannot be used: another build holds it, or it cannot be written."""


class ModelError(KGError):
    """The spaCy model cannot be loaded."""


class DatabaseError(KGError):
    """The graph database is unreachable, refuses the credentials or fails a query."""


class QueryError(KGError):
    """A query file is missing, malformed, given bad parameters, or not read-only."""


class ClusterError(KGError):
    """The Dask scheduler is unreachable, or the cluster cannot be started."""


class FormatError(KGError):
    """A file is not in the format it was read as, or a format name is unknown."""


class SchemaError(KGError, ValueError):
    """An entity or relation type that is not in the schema (``kg/data/schema.json``)."""


__all__ = ["KGError", "InputError", "UsageError", "CatalogueError", "OutputError", "ModelError",
           "DatabaseError", "QueryError", "ClusterError", "FormatError", "SchemaError"]
