"""Output folders that cannot destroy data: checked before, written atomically.

`refusal` says why a command may not write to a folder: it is (or lies in) seeds/, it is the
hand-coded data/ folder itself, or it holds a file of a name the command writes that the command
did not write there before (each folder written gets a manifest, MANIFEST, of its files).
`atomic_folder` gives a fresh temporary folder beside the target; when the block ends without an
error, the target is swapped for it in two renames, so an interrupted run leaves the old files
or the new ones (the old ones in a `.<name>.old-*` folder beside it), never a mix.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .paths import data_dir, repo_root, seeds_dir

MANIFEST = ".written-by-helpers"


def _written_before(out: Path) -> set[str]:
    try:
        return set((out / MANIFEST).read_text(encoding="utf-8").split("\n")) - {""}
    except (OSError, UnicodeDecodeError):
        return set()


# Folders that only `make` writes (derived tables, site, student copies, handout): always theirs,
# even when an older version wrote them without a manifest.
HOMES = ("data/derived", "site", "student", "handout")


def refusal(out: Path | str, names: Iterable[str], *seed_folders: Path | str) -> str | None:
    """One line saying why `out` must not be written (None when it may be): inside seeds/ (or
    one of seed_folders), data/ itself, or holding one of `names` that was not written here."""
    out = Path(out).resolve()
    for seeds in (seeds_dir(), *seed_folders):
        seeds = Path(seeds).resolve()
        if out == seeds or seeds in out.parents:
            return (f"{out} is inside the seeds folder {seeds}; raw sources are never written")
    if out == data_dir().resolve():
        return (f"{out} is the folder of the hand-coded tables; derived tables go to "
                f"{data_dir() / 'derived'}")
    if out in {(repo_root() / home).resolve() for home in HOMES}:
        return None  # the collection's own output folders, written by make (older ones too)
    if out.is_dir():
        ours = _written_before(out)
        theirs = sorted(name for name in names if (out / name).exists() and name not in ours)
        if theirs:
            return (f"{out} holds {', '.join(theirs)}, not written by this command; choose an "
                    f"empty or new folder (nothing was overwritten)")
    return None


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write text to path through a temporary file beside it and one rename: a reader (or a
    killed run) sees the old file or the new one, never a half-written file."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_folder(out: Path | str) -> Iterator[Path]:
    """A temporary folder to write into; on success it replaces `out` (files in `out` that the
    command did not write are carried over), with a manifest of what was written."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        yield tmp
        written = sorted(p.name for p in tmp.iterdir())
        ours = _written_before(out) if out.is_dir() else set()
        if out.is_dir():
            for item in out.iterdir():  # other files in the folder stay
                if item.name in ours or item.name == MANIFEST or (tmp / item.name).exists():
                    continue
                if item.is_dir() and not item.is_symlink():
                    shutil.copytree(item, tmp / item.name, symlinks=True)
                else:
                    shutil.copy2(item, tmp / item.name, follow_symlinks=False)
        (tmp / MANIFEST).write_text("\n".join(written) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rename(out, old / out.name)
        os.rename(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(tmp, out)
