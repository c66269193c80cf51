"""The page, style and scripts of ``index.html`` (see ``html``), read from ``static/``.

``page.html`` (the template), ``viewer.css`` and ``viewer.js`` are the project's own; the two
libraries are vendored as published on npm, unchanged (``static/VENDORED.md`` gives versions,
licences and checksums): graphology holds the graph, sigma.js draws it with WebGL.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

LIBRARIES = ("graphology.umd.min.js", "sigma.min.js")
_SOURCE_MAP = re.compile(r"\n//# sourceMappingURL=\S+\s*$")


@cache
def asset(name: str) -> str:
    """The text of ``static/NAME``; a library's trailing source-map comment is left out, since the
    map does not ship (and the page names no other file)."""
    text = resources.files(__package__).joinpath("static", name).read_text("utf-8")
    if name in LIBRARIES:
        text = _SOURCE_MAP.sub("\n", text)
    if name.endswith(".js") and ("</script" in text.lower() or "<!--" in text):
        raise ValueError(f"static/{name} cannot be inlined in a <script> element")
    return text


def page() -> str:
    return asset("page.html")


def style() -> str:
    return asset("viewer.css")


def scripts() -> list[str]:
    """The scripts in the order the page runs them: the libraries, then the view."""
    return [asset(name) for name in LIBRARIES] + [asset("viewer.js")]
