"""The package's exceptions. The CLI turns any ``KGError`` into one line on stderr."""


class KGError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(KGError):
    """An input path is missing or cannot be read at all."""


class ModelError(KGError):
    """The spaCy model cannot be loaded."""


class DatabaseError(KGError):
    """The graph database is unreachable, refuses the credentials or fails a query."""


class QueryError(KGError):
    """A query file is missing, malformed or given bad parameters."""
