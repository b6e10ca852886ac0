"""Render the collection as a static HTML site that reads offline, also from file://.

`render_site(notebooks, out)` writes one page per notebook (nbconvert's lab template, extended by
helpers/templates/collection: no scripts from a CDN, code folded behind "Show code", solutions
behind "Show solution", alt text on every figure), an index page built from each notebook's first
markdown cell, and the codebook, seminar guide, README and changelog as pages. Every page has the
same frame (helpers/templates/frame.html.j2): a sidebar that links every page, previous/next
links, a table of contents of its own sections, a search box (the index is search-index.js beside
the pages) and the version from pyproject.toml. Each notebook page links its .ipynb, its student
copy and the CSV files it uses, copied into site/files/, and links between the repository's files
are rewritten so that every link stays inside site/.
"""

from __future__ import annotations

import csv
import logging
import re
import shutil
import tomllib
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import nbformat
from bs4 import BeautifulSoup
from markupsafe import Markup
from nbconvert import HTMLExporter
from nbconvert.filters.markdown import markdown2html

from .notebooks import notebook_paths as notebook_paths  # re-exported: the site lists them
from .notebooks import read_notebook, write_notebook
from .paths import repo_root
from .site_pages import (
    Link,
    add_heading_ids,
    bound_tables,
    fill_toc,
    keep_links_inside,
    label_empty_headers,
    search_entries,
    search_index_script,
)
from .sources import load_documents
from .student import student_copy

TEMPLATES = Path(__file__).resolve().parent / "templates"
COLLECTION_TITLE = "Kazakhstani fighters and returnees: a source-critical notebook collection"
INTRO = """\
{n_articles} news articles ({years}) about citizens of Kazakhstan who joined armed groups in
Syria and Iraq, and about what the state should do when they come back, read closely: who says
what, on what evidence, and how far the numbers agree. Every figure and quote in the notebooks
traces to a sentence of an article or to a cited outside source.

Read the notebooks below in order, or teach with them: the [seminar guide](seminar.html) plans
two 90-minute sessions, the [codebook](codebook.html) defines every column and code, and the
[README](readme.html) explains how to re-run, extend and check the collection. The search box
above finds a name or a word on every page.
"""
# Markdown files rendered as pages: (page, source relative to the repository, sidebar label).
GUIDES = [("seminar.html", "docs/seminar.md", "Seminar guide"),
          ("codebook.html", "data/codebook.md", "Codebook"),
          ("readme.html", "README.md", "README"),
          ("changelog.html", "CHANGELOG.md", "Changes")]
MISSING_ALT = "No description has been provided for this image"
_GOALS = re.compile(r"\*\*Learning goals\.?\*\*")
_ANSWERS = re.compile(r"\*\*What this notebook answers\.?\*\*")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


class SiteError(ValueError):
    """A notebook or page cannot be rendered as the site needs it; the message names the file."""


@dataclass
class NotebookInfo:
    """What the index says about one notebook, read from its first markdown cell."""

    path: Path
    slug: str  # file stem, also the page name: <slug>.html
    title: str  # plain text of the first heading, e.g. "00 · The corpus: ..."
    summary: str  # markdown of the "What this notebook answers" paragraph
    goals: list[str] = field(default_factory=list)  # markdown of each learning-goal bullet
    n_figures: int = 0  # image outputs in the executed notebook

    @property
    def summary_html(self) -> Markup:
        return Markup(markdown2html(self.summary))

    @property
    def goals_html(self) -> list[Markup]:
        return [Markup(_inline(markdown2html(goal))) for goal in self.goals]


def _inline(html: str) -> str:
    """Drop the <p> wrapper that markdown puts around a single line."""
    html = html.strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def _plain(markdown: str) -> str:
    return BeautifulSoup(markdown2html(markdown), "html.parser").get_text(" ", strip=True)


def image_outputs(nb: nbformat.NotebookNode) -> list[tuple[int, dict]]:
    """(cell index, output) for every PNG or JPEG output of the notebook."""
    return [(index, out) for index, cell in enumerate(nb.cells)
            for out in cell.get("outputs", [])
            if {"image/png", "image/jpeg"} & set(out.get("data", {}))]


def _alt(output: dict) -> str:
    """The alt text stored in an image output's metadata, or ''."""
    meta = output.get("metadata", {})
    parts = [str(meta.get(mime, {}).get("alt", "")) for mime in ("image/png", "image/jpeg")]
    return " ".join(" ".join(parts).split())


def describe(path: Path) -> NotebookInfo:
    """Title, summary and learning goals from the notebook's first markdown cell.

    The cell must start with ``# NN · Title`` and hold a paragraph that starts with
    ``**What this notebook answers.**`` and a ``**Learning goals.**`` bullet list.
    """
    nb = read_notebook(path)
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    if first is None:
        raise SiteError(f"{path}: no markdown cell; the first one must hold title and goals")
    lines = first.source.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise SiteError(f"{path}: the first markdown cell must start with '# NN · Title'")
    title = _plain(lines[0][2:].strip())
    paragraphs = re.split(r"\n\s*\n", first.source)
    summary = next((p for p in paragraphs if _ANSWERS.match(p.strip())), None)
    if summary is None:
        raise SiteError(f"{path}: no paragraph starting '**What this notebook answers.**'")
    goals_at = _GOALS.search(first.source)
    if goals_at is None:
        raise SiteError(f"{path}: no '**Learning goals.**' list in the first markdown cell")
    goals, started = [], False
    for line in first.source[goals_at.end():].splitlines():
        bullet = _BULLET.match(line)
        if bullet:
            goals.append(bullet.group(1).strip())
            started = True
        elif started and line.strip() and line.startswith((" ", "\t")):
            goals[-1] += " " + line.strip()  # a bullet continued on the next line
        elif started and not line.strip():
            break
    if not goals:
        raise SiteError(f"{path}: the '**Learning goals.**' paragraph has no bullet points")
    summary = _ANSWERS.sub("", summary.strip()).strip()
    return NotebookInfo(path=path, slug=path.stem, title=title, summary=summary, goals=goals,
                        n_figures=len(image_outputs(nb)))


def external_references(html: str) -> list[str]:
    """Every script, style sheet, image, frame or CSS url() that a page would fetch from the
    network. Links (<a href>) are not fetched and do not count."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"),
                      ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src")):
        found += [value for el in soup.find_all(tag)
                  if _EXTERNAL.match(value := str(el.get(attr) or ""))]
    for style in soup.find_all("style"):
        found += re.findall(r"""(?:url\(|@import\s+)["']?((?:https?:)?//[^"')\s]+)""",
                            style.get_text())
    return sorted(found)


def version(root: Path | None = None) -> str:
    """The collection's version, as pyproject.toml gives it."""
    with open((root or repo_root()) / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def data_files(nb: nbformat.NotebookNode, data: Path) -> list[str]:
    """The CSV files of data/ that the notebook reads: named in a cell, or read by a loader
    that helpers/templates/data_files.csv lists."""
    text = "\n".join(cell.source for cell in nb.cells)
    with open(TEMPLATES / "data_files.csv", encoding="utf-8") as handle:
        calls = {row["call"]: row["file"] for row in csv.DictReader(handle)}
    named = {p.name for p in data.glob("*.csv") if re.search(rf"\b{re.escape(p.name)}\b", text)}
    named |= {file for call, file in calls.items() if re.search(rf"\b{call}\(", text)}
    return sorted(name for name in named if (data / name).is_file())


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_notebook(path: Path, title: str | None = None,
                    frame: dict[str, Markup] | None = None) -> tuple[str, list[str]]:
    """The notebook as one HTML page (with the site's frame, if given), and nbconvert's warnings
    while rendering."""
    nb = read_notebook(path)
    nb.metadata["title"] = title or describe(path).title
    log = logging.getLogger(f"helpers.site.{path.stem}")
    collect = _Collect()
    log.addHandler(collect)
    try:
        exporter = HTMLExporter(template_name="collection", extra_template_basedirs=[
            str(TEMPLATES)], log=log)
        html, _ = exporter.from_notebook_node(nb, resources={
            "metadata": {"name": path.stem, "path": str(path.parent)}, "site": frame or {}})
    finally:
        log.removeHandler(collect)
    return html, collect.messages


def _intro(root: Path) -> str:
    """The index's opening paragraphs, with the number of articles and their years counted."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # `python -m helpers export` reports problems with files
        docs = load_documents(root / "seeds", sources=root / "data" / "sources.csv")
    years = docs["year"].dropna()
    span = f"{years.min()}-{years.max()}" if len(years) else "dates unknown"
    count = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven"}
    return INTRO.format(n_articles=count.get(len(docs), str(len(docs))), years=span)


class _Frame:
    """The frame's parts for each page: top bar, sidebar, pager, file links and footer."""

    def __init__(self, env: jinja2.Environment, order: list[Link], version: str) -> None:
        self.macros: Any = env.get_template("frame.html.j2").module
        self.order, self.version = order, version

    def parts(self, href: str, files: list[Link] | None = None) -> dict[str, Markup]:
        pages = [link for link in self.order if not link.group]
        at = next(i for i, link in enumerate(pages) if link.href == href)
        m = self.macros
        return {"top": Markup(m.top(COLLECTION_TITLE, self.version)),
                "sidebar": Markup(m.sidebar(self.order, href)),
                "pager": Markup(m.pager(pages[at - 1] if at else None,
                                        pages[at + 1] if at + 1 < len(pages) else None)),
                "downloads": Markup(m.downloads(files)) if files else Markup(""),
                "footer": Markup(m.footer(self.version))}


def _copy_files(info: NotebookInfo, root: Path, out: Path) -> list[Link]:
    """Copy the notebook, its student copy and its CSV files into out/files; their links."""
    nb = read_notebook(info.path)
    for folder in ("notebooks", "student", "data"):
        (out / "files" / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(info.path, out / "files" / "notebooks" / info.path.name)
    write_notebook(out / "files" / "student" / info.path.name, student_copy(nb))
    links = [Link(f"files/notebooks/{info.path.name}", "notebook (.ipynb)"),
             Link(f"files/student/{info.path.name}", "student copy, no solutions (.ipynb)")]
    for name in data_files(nb, root / "data"):
        shutil.copyfile(root / "data" / name, out / "files" / "data" / name)
        links.append(Link(f"files/data/{name}", name))
    return links


def _finish(html: str, source: Path, root: Path, pages: dict[Path, str], out: Path,
            where: str | None) -> tuple[str, BeautifulSoup]:
    """Heading ids, table of contents, bounded tables and links kept inside site/."""
    soup = BeautifulSoup(html, "html.parser")
    add_heading_ids(soup)
    fill_toc(soup)
    if where:
        bound_tables(soup, where)
        label_empty_headers(soup)
    keep_links_inside(soup, source, root, pages, out)
    return str(soup), soup


def render_site(notebooks: list[Path], out: Path, root: Path | None = None) -> list[Path]:
    """Write index.html, the guides' pages and one page per notebook into `out`, with site.css,
    site.js, search-index.js and the linked files under out/files/.

    Raises SiteError, naming the notebook, if a figure has no alt text, a guide is missing or a
    page would load anything from the network. Returns the pages written, the index first.
    """
    root = root or repo_root()
    infos = [describe(Path(p)) for p in notebooks]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    order = [Link("index.html", "Index of the collection"), Link("", "Notebooks", group=True)]
    order += [Link(f"{info.slug}.html", info.title) for info in infos]
    order += [Link("", "Guides", group=True)]
    order += [Link(page, label) for page, _, label in GUIDES]
    frame = _Frame(env, order, version(root))
    sources = {root / "index.html": "index.html"}
    sources |= {(root / src).resolve(): page for page, src, _ in GUIDES}
    sources |= {info.path.resolve(): f"{info.slug}.html" for info in infos}
    out.mkdir(parents=True, exist_ok=True)

    rendered: list[tuple[str, str, Path, str | None]] = [(
        "index.html", env.get_template("page.html.j2").render(
            title=COLLECTION_TITLE, notebooks=infos, site=frame.parts("index.html"),
            intro=Markup(markdown2html(_intro(root)))), root / "index.html", None)]
    problems = []
    for page, src, _ in GUIDES:
        path = root / src
        if not path.exists():
            raise SiteError(f"{path}: missing; the site links to it")
        text = path.read_text(encoding="utf-8")
        heading = next((line[2:].strip() for line in text.splitlines()
                        if line.startswith("# ")), path.stem)
        html = env.get_template("page.html.j2").render(
            title=_plain(heading), body=Markup(markdown2html(text)), site=frame.parts(page))
        rendered.append((page, html, path, None))
    for info in infos:
        page = f"{info.slug}.html"
        files = _copy_files(info, root, out)
        html, logged = render_notebook(info.path, info.title, frame.parts(page, files))
        problems += [f"{info.path}: nbconvert: {message}" for message in logged]
        problems += [f"{info.path}: cell {index} shows an image without alt text; display "
                     "figures with helpers.figures.show(fig, alt=...)"
                     for index, output in image_outputs(read_notebook(info.path))
                     if not _alt(output)]
        where = f"the notebook file ({files[0].href}), which holds every row"
        rendered.append((page, html, info.path.resolve(), where))
    for page, html, _, _ in rendered:
        problems += [f"{page}: would load {ref} from the network"
                     for ref in external_references(html)]
    if problems:
        raise SiteError("the site cannot be rendered as it should be:\n  " + "\n  ".join(problems))

    entries, written = [], []
    for page, raw, source, full_table in rendered:
        finished, soup = _finish(raw, source, root, sources, out, full_table)
        entries += search_entries(soup, page)
        (out / page).write_text(finished, encoding="utf-8")
        written.append(out / page)
    (out / "search-index.js").write_text(search_index_script(entries), encoding="utf-8")
    for asset in ("site.css", "site.js"):
        shutil.copyfile(TEMPLATES / "static" / asset, out / asset)
    for name, copy in (("LICENSE", "LICENSE.txt"), ("CITATION.cff", "CITATION.cff")):
        if (root / name).is_file():
            shutil.copyfile(root / name, out / "files" / copy)
    return written
