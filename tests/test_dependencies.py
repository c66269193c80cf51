"""Dependencies point one way (issue 14): no import cycle inside ``kg``, ``loaders`` depends on
``kg`` and never the reverse (except ``kg.neo4j_api``, lazily, behind ``kg.from_neo4j``), and the
packages import neither the test suite nor the tools.

Every import counts, those inside functions too: a lazy import that closes a cycle is a cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kg", "loaders")
GATEWAY = "kg.neo4j_api"  # the one module of kg that may import loaders, and only inside functions


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, modules: set[str]) -> list[tuple[str, bool]]:
    """(module imported, at module level?) for every import statement of ``path``: for ``from X
    import y``, the submodule ``X.y`` when there is one (a package's submodules importing each
    other through it is no cycle), else ``X``."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text("utf-8"))
    top = {id(node) for node in tree.body}
    for node in tree.body:  # imports under "if" or "try" at module level are module level too
        if isinstance(node, (ast.If, ast.Try)):
            top |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub if sub in modules else target, id(node) in top))
    return found


def _graph() -> tuple[nx.DiGraph, dict[str, list[tuple[str, bool]]]]:
    files = [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py")) if "__pycache__" not in p.parts]
    modules = {_module(p): p for p in files}
    imports = {name: _imports(path, set(modules)) for name, path in modules.items()}
    G = nx.DiGraph()
    G.add_nodes_from(modules)
    for name, targets in imports.items():
        for target, _ in targets:
            if target in modules and target != name:
                G.add_edge(name, target)
    return G, imports


def test_no_import_cycle():
    G, _ = _graph()
    cycles = [sorted(c) for c in nx.strongly_connected_components(G) if len(c) > 1]
    assert not cycles, cycles


def test_loaders_depend_on_kg_and_kg_reaches_loaders_only_through_its_gateway():
    G, imports = _graph()
    into_loaders = sorted(m for m, t in G.edges if m.split(".")[0] == "kg" and t.split(".")[0] == "loaders")
    assert set(into_loaders) <= {GATEWAY}, into_loaders
    assert any(t.split(".")[0] == "kg" for m, t in G.edges if m.startswith("loaders"))
    eager = [t for t, top in imports[GATEWAY] if top and t.split(".")[0] == "loaders"]
    assert not eager, eager  # behind kg.from_neo4j: loading kg loads no loaders (nor the driver)


TEST_CODE = ("tests", "tools", "conftest", "helpers", "db_server")
BY_PATH = {"spec_from_file_location", "SourceFileLoader", "SourcelessFileLoader", "run_path", "load_source",
           "exec_module"}  # what loads a module from a file instead of importing it


def _names_test_code(node: ast.AST) -> bool:
    """Whether an expression holds a string that names the test suite or the tools as a path
    part: ``ROOT / "tests" / "db_server.py"``, ``"tests/db_server.py"``."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            parts = {Path(part).stem for part in sub.value.replace("\\", "/").split("/") if part}
            if parts & set(TEST_CODE):
                return True
    return False


def _reaches_test_code_by_path(source: str, where: str) -> list[str]:
    """The places in ``source`` (the code of ``where``) that load a module by path (``BY_PATH``)
    naming test code, or build a path into it: an import the import graph does not see."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in BY_PATH and any(_names_test_code(arg) for arg in [*node.args, *node.keywords]):
                found.append(f"{where}:{node.lineno}: {name}(...) of test code")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and id(node) not in docstrings \
                and _names_test_code(node):
            found.append(f"{where}:{node.lineno}: a path into the test code")
    return list(dict.fromkeys(found))  # a path of several parts is one finding


def test_the_packages_import_neither_the_tests_nor_the_tools():
    _, imports = _graph()
    bad = {m: t for m, targets in imports.items() for t, _ in targets if t.split(".")[0] in TEST_CODE}
    assert not bad, bad
    for pkg in PACKAGES:  # nor reach them by path
        for path in (ROOT / pkg).rglob("*.py"):
            source = path.read_text("utf-8")
            assert "sys.path.insert" not in source, path
            found = _reaches_test_code_by_path(source, str(path.relative_to(ROOT)))
            assert not found, found


def test_loading_test_code_by_path_is_seen():
    cases = {
        'spec = importlib.util.spec_from_file_location("x", ROOT / "tests" / "db_server.py")\n': 2,
        'spec = spec_from_file_location("x", "tests/db_server.py")\n': 1,
        'HARNESS = ROOT / "tests" / "db_server.py"\n': 1,
        'runpy.run_path(str(HERE / "helpers.py"))\n': 2,
        'spec = importlib.util.spec_from_file_location("x", ROOT / "kg" / "data" / "x.py")\n': 0,
        '"""See tests/db_server.py."""\n': 0,
    }
    for code, expected in cases.items():
        assert len(_reaches_test_code_by_path(code, "sample.py")) == expected, code
