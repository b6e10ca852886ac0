"""The package's shape: a light `import helpers`, every public name loadable, no module too long."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO

import helpers
import helpers.reliability

HEAVY = ("pandas", "matplotlib", "networkx", "nbformat", "dateparser", "pandera")


def _loaded_after(statement: str) -> dict[str, bool]:
    code = (f"import sys; {statement}; import json; "
            f"print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO)
    return json.loads(run.stdout)


def test_import_helpers_loads_no_heavy_library():
    assert not any(_loaded_after("import helpers").values())


def test_grading_and_extraction_need_no_plotting_library():
    loaded = _loaded_after("from helpers import claim_measures, extract_estimates, load_corpus")
    assert loaded["pandas"] and not loaded["matplotlib"] and not loaded["networkx"]


@pytest.mark.parametrize("package", [helpers, helpers.reliability], ids=lambda p: p.__name__)
def test_every_public_name_loads(package):
    assert package.__all__ and all(getattr(package, name) is not None for name in package.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        package.nothing_here  # noqa: B018


def test_no_module_over_400_lines():
    long = {str(p.relative_to(REPO)): n for p in (REPO / "helpers").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long


def test_the_root_comes_from_the_variable_then_the_working_directory(tmp_path, monkeypatch):
    from helpers.paths import ROOT_VARIABLE, data_dir, repo_root

    copy = tmp_path / "copy"
    for name in ("seeds", "data", "helpers"):
        (copy / name).mkdir(parents=True)
    monkeypatch.delenv(ROOT_VARIABLE, raising=False)
    monkeypatch.chdir(copy / "data")
    assert repo_root() == copy.resolve()
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setenv(ROOT_VARIABLE, str(elsewhere))
    assert data_dir() == elsewhere.resolve() / "data"


def test_a_public_name_may_not_be_a_module_name():
    from helpers.lazy import lazy_exports

    with pytest.raises(ValueError, match=r"helpers: public names that are also module names"):
        lazy_exports("helpers", {"sources": ("sources",)})


def test_the_readme_layout_map_names_every_module():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout"):]
    modules = sorted({p.name for p in (REPO / "helpers").glob("*.py")} - {"__init__.py"}
                     | {p.name + "/" for p in (REPO / "helpers").iterdir()
                        if p.is_dir() and not p.name.startswith("__")})
    named = [m for m in modules if m.replace("_", "\\_") in layout or m in layout]
    assert named == modules, sorted(set(modules) - set(named))
