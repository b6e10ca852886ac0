"""Command line: `python -m helpers export|execute|check` (see `python -m helpers --help`)."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path

from . import lexicon, paths
from .export import TABLES, write_table
from .outputs import atomic_folder, refusal
from .passes import CorpusPass
from .paths import seeds_dir
from .sources import SourceError, SourceWarning, load_corpus


def _refuse(out: Path | str, names: Iterable[str], *seed_folders: Path | str) -> bool:
    """True (with one line on stderr) when out must not be written: inside seeds/ (or one of
    seed_folders), data/ itself, or a folder holding a file of one of names that this command
    did not write (see helpers.outputs)."""
    reason = refusal(out, names, *seed_folders)
    if reason:
        print(f"error: {reason}", file=sys.stderr)
    return reason is not None


def _export(args: argparse.Namespace) -> int:
    if _refuse(args.out, TABLES, args.seeds):
        return 2
    with lexicon.pinned(), paths.pinned():  # one version of each word list for the whole export
        return _export_pinned(args)


def _export_pinned(args: argparse.Namespace) -> int:
    seeds, out = Path(args.seeds).resolve(), Path(args.out).resolve()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SourceWarning)
        try:
            corpus = load_corpus(seeds, strict=args.strict, jobs=args.jobs)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    shared = CorpusPass(corpus, jobs=args.jobs)
    failed = 0
    with atomic_folder(out) as tmp:  # all tables appear together, or none is replaced
        for name, build in TABLES.items():
            try:  # one table that cannot be built must not keep the others from being written
                table = build(shared)
            except Exception as exc:  # reported with the table's name; the exit code is 1
                print(f"error: {name} could not be built: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                failed = 1
                continue
            write_table(table, tmp / name)
            print(f"wrote {out / name} ({len(table)} rows)")
    return failed


def _jobs(value: str) -> int:
    """--jobs: a whole number of processes, at least 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _execute(args: argparse.Namespace) -> int:
    from .notebooks import (  # nbformat is slow to import; export needs none
        NotebookFailed,
        NotebookUnreadable,
        execute,
        loopback_problem,
    )

    if (problem := loopback_problem()) is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    for path in args.notebooks:
        print(f"executing {path}", flush=True)
        try:
            execute(Path(path), timeout=args.timeout)
        except NotebookFailed as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except NotebookUnreadable as exc:
            print(f"error: {exc}; restore it with `git checkout -- {path}`", file=sys.stderr)
            return 1
    return 0


def _check(args: argparse.Namespace) -> int:
    from .notebooks import NotebookUnreadable, execution_problems

    failed = 0
    for path in args.notebooks:
        try:
            problems = execution_problems(Path(path))
        except NotebookUnreadable as exc:
            problems = [str(exc).removeprefix(f"{path}: ")]
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
            failed = 1
    return failed


def _site(args: argparse.Namespace) -> int:
    from .notebooks import NotebookUnreadable, notebook_paths
    from .site import SiteError, render_site

    notebooks = [Path(p) for p in args.notebooks] or notebook_paths()
    pages = ["index.html", "seminar.html", "readme.html", *(f"{p.stem}.html" for p in notebooks)]
    if _refuse(args.out, pages):
        return 2
    try:
        with atomic_folder(args.out) as tmp:
            written = render_site(notebooks, tmp)
    except (SiteError, NotebookUnreadable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} pages to {args.out}: open {Path(args.out) / 'index.html'}")
    return 0


def _student(args: argparse.Namespace) -> int:
    from .notebooks import NotebookUnreadable, notebook_paths
    from .student import write_student_copies

    notebooks = [Path(p) for p in args.notebooks] or notebook_paths()
    if _refuse(args.out, [p.name for p in notebooks]):
        return 2
    try:
        with atomic_folder(args.out) as tmp:
            written = write_student_copies(notebooks, tmp)
    except NotebookUnreadable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {Path(args.out) / path.name}")
    return 0


def _draft(args: argparse.Namespace) -> int:
    from .draft import DRAFT_FILES, write_drafts

    if _refuse(args.out, DRAFT_FILES, args.seeds):
        return 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SourceWarning)
        try:
            corpus = load_corpus(Path(args.seeds))
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    out = Path(args.out).resolve()
    try:
        with atomic_folder(out) as tmp:  # both drafts appear together, or neither is replaced
            written = write_drafts(corpus.documents, tmp)
    except ValueError as exc:  # a hand-coded table that does not load: named by its loader
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for name, n in written.items():
        print(f"wrote {out / name} ({n} rows)")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .validation import validate

    problems = validate(args.data, args.seeds)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print(f"the hand-coded tables in {args.data or 'data/'} fit their schemas")
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Turn news articles (*.txt) into tables, and run the notebooks that read them.")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write the derived tables as CSV files",
                         description="Parse every *.txt article in --seeds and write "
                         + ", ".join(TABLES) + " to --out. Problems with single files are"
                         " printed on stderr as warnings; the good files are still written.")
    exp.add_argument("--seeds", default=str(seeds_dir()), help="folder of articles (read only)")
    exp.add_argument("--out", required=True, help="folder for the CSV files (created if missing)")
    exp.add_argument("--strict", action="store_true", help="stop on any problem with a file")
    exp.add_argument("--jobs", type=_jobs, default=1, help="processes that read the articles"
                     " (default 1; the files written are the same for any number)")
    exp.set_defaults(func=_export)
    val = sub.add_parser("validate", help="check the hand-coded tables against their schemas",
                         description="Check every table of --data against helpers/schemas.toml"
                         " (columns, types, codes, unique ids, references between tables and to"
                         " the seeds, verbatim excerpts); one line per problem, naming the file"
                         " and the row (1 = the first row under the header).")
    val.add_argument("--data", default=None, help="folder of the tables (default: data/)")
    val.add_argument("--seeds", default=None, help="folder of articles (default: seeds/)")
    val.set_defaults(func=_validate)
    run = sub.add_parser("execute", help="execute notebooks in place, in the order given")
    run.add_argument("notebooks", nargs="+")
    run.add_argument("--timeout", type=int, default=600, help="seconds a cell may take")
    run.set_defaults(func=_execute)
    chk = sub.add_parser("check", help="check that notebooks were executed top to bottom")
    chk.add_argument("notebooks", nargs="+")
    chk.set_defaults(func=_check)
    web = sub.add_parser("site", help="render the notebooks as a static HTML site",
                         description="Write index.html, seminar.html, readme.html and one page per"
                         " notebook (default: notebooks/NN_*.ipynb) to --out; readable offline.")
    web.add_argument("notebooks", nargs="*")
    web.add_argument("--out", default="site", help="folder for the pages (created if missing)")
    web.set_defaults(func=_site)
    stu = sub.add_parser("student", help="write student copies without the solutions",
                         description="Copy the notebooks (default: notebooks/NN_*.ipynb) to --out"
                         " without cells tagged 'solution' and with exercise outputs cleared.")
    stu.add_argument("notebooks", nargs="*")
    stu.add_argument("--out", default="student", help="folder for the copies")
    stu.set_defaults(func=_student)
    dra = sub.add_parser("draft", help="propose claims and stances rows for uncoded articles",
                         description="Write claims_draft.csv and stances_draft.csv to --out: "
                         "candidate rows, in the columns of data/claims.csv and "
                         "data/stances.csv, for every article in --seeds without hand-coded "
                         "rows. Review them by data/codebook.md before moving any into data/.")
    dra.add_argument("--seeds", default=str(seeds_dir()), help="folder of articles (read only)")
    dra.add_argument("--out", required=True, help="folder for the drafts (created if missing)")
    dra.set_defaults(func=_draft)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
