"""Public names of a package loaded on first use, so that `import helpers` stays light.

A package lists its public names by module; a name is imported from its module the first time
it is asked for (PEP 562), and only that module's own imports (pandas, matplotlib, networkx)
are paid for then.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, modules: dict[str, tuple[str, ...]]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """`__getattr__`, `__dir__` and `__all__` for `package`, whose public names are
    `modules` (module name relative to the package -> the names it exports)."""
    where = {name: module for module, names in modules.items() for name in names}
    clash = sorted(set(where) & set(modules))
    if clash:  # once its module is imported, the package attribute would be the module
        raise ValueError(f"{package}: public names that are also module names: {clash}")
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{where[name]}", package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__, sorted(where)
