"""Execute the notebooks in place and check that committed notebooks were run top to bottom.

Execution uses nbclient with timing records off, so that a re-run of an unchanged notebook
writes the same bytes and leaves `git status` clean.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from .outputs import write_text_atomic
from .paths import repo_root

KERNEL = "python3"
NOTEBOOK_NAME = re.compile(r"^\d\d_.+\.ipynb$")


class NotebookFailed(RuntimeError):
    """A cell raised an error; the message names the notebook and the cell."""


class NotebookUnreadable(ValueError):
    """A file is not a notebook nbformat can read; the message names the file."""


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The collection's notebooks (``NN_name.ipynb``), ordered by name."""
    folder = folder or repo_root() / "notebooks"
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))


def read_notebook(path: Path | str) -> nbformat.NotebookNode:
    """The notebook at path (format 4); NotebookUnreadable naming the path when it is not one."""
    try:
        return nbformat.read(path, as_version=4)
    except (ValueError, AttributeError, nbformat.ValidationError) as exc:
        raise NotebookUnreadable(f"{path}: not a readable notebook ({type(exc).__name__}: "
                                 f"{str(exc).splitlines()[0] if str(exc) else 'empty'})") from exc


def write_notebook(path: Path | str, nb: nbformat.NotebookNode) -> None:
    """Write nb as nbformat's JSON with a final newline (as Jupyter saves it), atomically: a run
    killed while writing leaves the old notebook, never an empty or half-written one."""
    write_text_atomic(path, nbformat.writes(nb) + "\n")


def loopback_problem() -> str | None:
    """One line saying that the loopback interface is missing (None when it works): the
    kernel that runs a notebook talks to its client over TCP on 127.0.0.1, and without it
    the client would wait a minute and fail with a traceback."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=5):
                pass
    except OSError as exc:
        return ("the notebook kernel needs the loopback network interface (127.0.0.1), which "
                f"does not work here ({exc.strerror or exc}); bring it up (ip link set lo up) or "
                "run outside the network-less sandbox")
    return None


def _failed_cell(nb: nbformat.NotebookNode) -> tuple[int, str]:
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return index, f"{out.get('ename')}: {out.get('evalue')}"
    return -1, "unknown error"


def execute(path: Path, timeout: int = 600) -> None:
    """Run every cell of the notebook in its own folder and write it back with its outputs."""
    nb = read_notebook(path)
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as exc:
        index, error = _failed_cell(nb)
        raise NotebookFailed(f"{path}: cell {index} failed: {error}") from exc
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3", "language": "python"}
    if not path.exists() or path.read_text(encoding="utf-8") != nbformat.writes(nb) + "\n":
        write_notebook(path, nb)


def execution_problems(path: Path) -> list[str]:
    """What shows that a committed notebook was not run top to bottom in one clean run."""
    nb = read_notebook(path)
    problems = []
    counts = [c.get("execution_count") for c in nb.cells if c.cell_type == "code"]
    if counts != list(range(1, len(counts) + 1)):
        problems.append(f"execution counts are {counts}, not 1..{len(counts)} in order")
    for index, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                problems.append(f"cell {index} holds an error output ({out.get('ename')})")
            if out.get("name") == "stderr":
                problems.append(f"cell {index} wrote to stderr: {out.get('text', '')[:80]!r}")
    if nb.metadata.get("kernelspec", {}).get("name") != KERNEL:
        problems.append(f"kernelspec is not {KERNEL}")
    return problems
