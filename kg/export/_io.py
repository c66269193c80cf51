"""Paths or file handles, as networkx readwrite accepts them: bytes in and out, UTF-8 for text."""
from __future__ import annotations

import io
import os
from typing import IO, Union

from ..errors import FormatError, InputError, KGError, OutputError  # noqa: F401 - FormatError lives in kg.errors

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

PathOrFile = Union[str, "os.PathLike[str]", IO]


def write_bytes(target: PathOrFile, data: bytes) -> None:
    """Write ``data`` to a path (created or replaced) or to an open file, binary or text; a path
    that cannot be written (a directory, a missing or read-only place) is an ``OutputError``."""
    if hasattr(target, "write"):
        if isinstance(target, io.TextIOBase):
            target.write(data.decode("utf-8"))
        else:
            target.write(data)
        return
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as err:
        raise OutputError(f"cannot write {os.fspath(target)}: {err.strerror or err}") from None


def read_bytes(source: PathOrFile) -> bytes:
    """The whole content of a path or an open file; a missing or unreadable path is an ``InputError``."""
    if hasattr(source, "read"):
        data = source.read()
        return data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(source, "rb") as fh:
            return fh.read()
    except OSError as err:
        raise InputError(f"cannot read {os.fspath(source)}: {err.strerror or err}") from err


def describe(source: PathOrFile) -> str:
    """A name for error messages: the path, or the handle's name."""
    if hasattr(source, "read") or hasattr(source, "write"):
        return str(getattr(source, "name", "<file>"))
    return os.fspath(source)
