"""Which tests of a seminar's copy of the collection can answer otherwise than in this suite.

tests/test_add_source.py adds an article to a copy's seeds/, re-runs its notebooks and runs the
copy's unit tests. The copy differs from the repository only in what READS_THE_COPY names: the
seeds (where the new article is), the notebooks, the derived tables, the built site and the
command line. A test whose code names none of these, read together with every definition it
uses (the fixtures it asks for, the functions and constants of its module, of conftest.py and of
the test modules it imports from, followed to the end, and the module's autouse fixtures and
top-level statements), reads only what it writes itself or what helpers/, data/ and tests/ hold,
which are the same bytes in the copy: running it there would repeat its run in this suite.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

# What a test names when it reads something the copy changes: the seeds (where the new article
# is) through the repository or the conftest fixtures and tables built from them, the notebooks,
# the derived tables, the built site, or the command line. (A function of helpers/ that reads
# them unasked is found by _Package below.)
READS_THE_COPY = re.compile(
    r"SEEDS|SEED_|REPO|originals|seed_corpus|seed_sources|seeds_dir|seed_checksums"
    r"|parsed_seed_corpus|corpus_sentences|TEXT_FOLDERS|[\"'/]seeds\b|notebook|bench"
    r"|rendered_site|derived|load_corpus\(\)|load_documents\(\)|line_fates|helpers\.cli|main\("
    r"|validate\(")


# --- helpers/: which of its functions read what the copy changes when called ----------------
# A function of helpers/ reads the copy when it calls seeds_dir() or repo_root() (the copy's own
# folders when the caller names none), names the folders the copy changes ("seeds", "notebooks",
# "site", "derived"), or uses, in its module or through an import, a function or name that does.
CHANGED_FOLDERS = {"seeds", "notebooks", "site", "derived"}
ROOTS = {("helpers.paths", "seeds_dir"), ("helpers.paths", "repo_root")}


class _Package:
    """The units (functions, classes, methods, top-level names) of every module of a package
    and the names each uses, resolved through imports and lazy exports."""

    def __init__(self, folder: Path) -> None:
        self.units: dict[tuple[str, str], list[ast.AST]] = {}
        self.aliases: dict[tuple[str, str], tuple[str, str | None]] = {}  # -> (module, name)
        self.modules: set[str] = set()
        trees = {}
        for path in sorted(folder.rglob("*.py")):
            parts = path.relative_to(folder.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            self.modules.add(name)
            trees[name] = (path, ast.parse(path.read_text(encoding="utf-8")))
        for name, (path, tree) in trees.items():
            package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    self.units.setdefault((name, node.name), []).append(node)
                elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node in tree.body:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in targets:
                        for sub in ast.walk(target):
                            if isinstance(sub, ast.Name):
                                self.units.setdefault((name, sub.id), []).append(node)
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:
                        up = package.split(".")[:len(package.split(".")) - node.level + 1]
                        base = ".".join(up + ([node.module] if node.module else []))
                    for alias in node.names:
                        self._alias(name, alias.asname or alias.name, base, alias.name)
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.asname:
                            self._alias(name, alias.asname, alias.name, None)
                elif isinstance(node, ast.Dict):  # lazy_exports: {"module": ("name", ...)}
                    for key, value in zip(node.keys, node.values, strict=True):
                        if isinstance(key, ast.Constant) and isinstance(value, ast.Tuple):
                            for item in value.elts:
                                if isinstance(item, ast.Constant) and (
                                        f"{name}.{key.value}" in self.modules):
                                    self._alias(name, str(item.value),
                                                f"{name}.{key.value}", str(item.value))
        self.reading = self._reading()

    def _alias(self, module: str, local: str, base: str, name: str) -> None:
        if f"{base}.{name}" in self.modules:
            self.aliases[(module, local)] = (f"{base}.{name}", None)
        elif base in self.modules:
            self.aliases[(module, local)] = (base, name)

    def resolve(self, module: str, name: str) -> tuple[str, str | None]:
        """(module, name) a name seen in module stands for; name None: a module."""
        for _ in range(10):
            found = self.aliases.get((module, name))
            if found is None or found[1] is None:
                return found or (module, name)
            module, name = found
        return module, name

    def _uses(self, module: str, node: ast.AST) -> set[tuple[str, str]]:
        used = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name):
                found = self.resolve(module, sub.id)
                if found[1] is not None:
                    used.add((found[0], found[1]))
            elif isinstance(sub, ast.Attribute):
                if isinstance(sub.value, ast.Name) and sub.value.id in ("self", "cls"):
                    used.add((module, sub.attr))  # a method of the module's class
                elif isinstance(sub.value, ast.Name):
                    target = self.resolve(module, sub.value.id)
                    found = self.resolve(target[0], sub.attr) if target[1] is None else target
                    if target[1] is None and found[1] is not None:
                        used.add((found[0], found[1]))  # module.function
        return used

    def _reading(self) -> set[tuple[str, str]]:
        uses = {key: set().union(*(self._uses(key[0], n) for n in nodes))
                for key, nodes in self.units.items() if key[0] != "helpers.paths"}
        reading = set(ROOTS)
        for key, nodes in self.units.items():
            if key[0] != "helpers.paths" and any(
                    isinstance(s, ast.Constant) and s.value in CHANGED_FOLDERS
                    for n in nodes for s in ast.walk(n)):
                reading.add(key)
        grown = True
        while grown:
            grown = False
            for key, used in uses.items():
                if key not in reading and used & reading:
                    reading.add(key)
                    grown = True
        return reading

    def reads(self, module: str, name: str | None) -> bool:
        """Whether module's name (after imports and exports) reads what the copy changes."""
        if name is None:
            return False
        return self.resolve(module, name) in self.reading


def _uses(node: ast.AST) -> set[str]:
    """The names node refers to: variables, arguments (fixtures), strings (fixture names given
    to usefixtures or getfixturevalue) and module.attribute pairs."""
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.arg):
            names.add(sub.arg)
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            names.add(sub.value)
        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name):
            names.add(f"{sub.value.id}.{sub.attr}")
    return names


class _Module:
    """The top-level definitions of one test module: name -> (source, node)."""

    def __init__(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        lines = text.splitlines()
        self.defs: dict[str, tuple[str, ast.AST]] = {}
        self.local: dict[str, tuple[str, str]] = {}  # name -> (test module, its name there)
        self.package: dict[str, tuple[str, str | None]] = {}  # name -> (helpers module, name)
        self.common: list[tuple[str, ast.AST]] = []  # applies to every test of the module
        self.tests: list[str] = []
        self.dynamic = False  # tests made otherwise than by a top-level def
        for node in tree.body:
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            source = "\n".join(lines[first - 1:node.end_lineno])  # with its decorators
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.defs[node.name] = (source, node)
                if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                    self.dynamic = True
                elif node.name.startswith("test"):
                    self.tests.append(node.name)
                if "autouse" in source.split("def ", 1)[0]:
                    self.common.append((source, node))
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                local = (path.parent / f"{node.module}.py").exists()
                for alias in node.names:
                    name = alias.asname or alias.name
                    if local:
                        self.local[name] = (str(node.module), alias.name)
                    else:
                        self.defs[name] = (f"from {node.module} import {alias.name}", node)
                        self.package[name] = (str(node.module), alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    name = alias.asname or alias.name.split(".")[0]
                    self.defs[name] = (source, node)
                    self.package[name] = (alias.name if alias.asname else name, None)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
                if any(n.startswith("test") for n in names):
                    self.dynamic = True
                if "pytestmark" in names or len(names) != len(targets):
                    self.common.append((source, node))  # marks, or names bound by unpacking
                for name in names:
                    self.defs[name] = (source, node)
            elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
                self.common.append((source, node))  # statements run at import


class _Reader:
    """Follows what a test uses through its module, conftest.py, the test modules it imports
    from, and the functions of helpers/ (see _Package) it calls."""

    def __init__(self, tests: Path, package: _Package) -> None:
        self.tests = tests
        self.package = package
        self.modules: dict[str, _Module] = {}

    def module(self, stem: str) -> _Module:
        if stem not in self.modules:
            self.modules[stem] = _Module(self.tests / f"{stem}.py")
        return self.modules[stem]

    def reads_the_copy(self, stem: str, parts: list[tuple[str, ast.AST]]) -> bool:
        """Whether parts (source, node) of module stem, or anything they use, name what the
        copy changes."""
        if any(READS_THE_COPY.search(source) for source, _ in parts):
            return True
        seen: set[tuple[str, str]] = set()
        todo = [(stem, node) for _, node in parts]
        while todo:
            where, node = todo.pop()
            for name in _uses(node):
                found = self._find(where, name)
                if found is None or found[:2] in seen:
                    continue
                seen.add(found[:2])
                if found[2] is None:
                    return True  # a function of helpers/ that reads the copy
                if READS_THE_COPY.search(found[2][0]):
                    return True
                todo.append((found[0], found[2][1]))
        return False

    def _find(self, stem: str, name: str) -> tuple[str, str, tuple[str, ast.AST] | None] | None:
        """Where name, as module stem sees it, is defined (module, name, (source, node)): its
        own definitions, a local module it imports from, else conftest.py; (.., .., None) for
        a function of helpers/ that reads the copy."""
        for _ in range(10):  # import chains are short; a cycle stops here
            module = self.module(stem)
            head, _, attr = name.partition(".")
            if attr:  # module.attribute: a function of an imported helpers module
                imported = module.package.get(head)
                if imported is not None:
                    held = imported[0] if imported[1] is None else f"{imported[0]}.{imported[1]}"
                    if self.package.reads(held, attr):
                        return stem, name, None
                return None
            if name in module.local:
                stem, name = module.local[name]
                continue
            if name in module.package and self.package.reads(*module.package[name]):
                return stem, name, None
            if name in module.defs:
                return stem, name, module.defs[name]
            if stem != "conftest" and (self.tests / "conftest.py").exists():
                stem = "conftest"
                continue
            return None
        return None


def copy_selection(tests: Path, left_out: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(files that run whole, tests that run as file::function) among tests/test_*.py: the ones
    that may answer otherwise in a copy with another seeds/ and notebooks; files in left_out
    never run. A file whose tests are not all top-level functions runs whole."""
    reader = _Reader(tests, _Package(tests.parent / "helpers"))
    whole, single = [], []
    for path in sorted(tests.glob("test_*.py")):
        if path.name in left_out:
            continue
        module = reader.module(path.stem)
        if module.dynamic or reader.reads_the_copy(path.stem, module.common):
            whole.append(path.name)
            continue
        single += [f"{path.name}::{name}" for name in module.tests
                   if reader.reads_the_copy(path.stem, [module.defs[name]])]
    return whole, single


