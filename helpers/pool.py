"""Work spread over processes, one item at a time, in order: `--jobs` of the export.

The results come back in the order of the items, so a table built from them is the same
whatever the number of processes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def pool_map(function: Callable[[T], R], items: list[T], jobs: int) -> list[R]:
    """[function(item) for item in items], in a pool of `jobs` processes when jobs > 1 (the
    items are sent in chunks, so that a small one costs little to send). `function` must be
    a module-level function (or a functools.partial of one), so that it can be sent."""
    if jobs <= 1 or len(items) < 2:
        return [function(item) for item in items]
    chunk = max(1, min(64, len(items) // (4 * jobs)))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
        return list(pool.map(function, items, chunksize=chunk))
