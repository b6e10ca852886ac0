"""Render the collection as a static HTML site that reads offline.

`render_site(notebooks, out)` writes one page per notebook (nbconvert's lab template, extended by
helpers/templates/collection: no scripts from a CDN, alt text from the output metadata on every
figure, images embedded as data URIs), an index page built from each notebook's first markdown
cell, and the seminar guide and README as HTML. Links between the files (``docs/seminar.md``,
``../notebooks/01_x.ipynb``) are rewritten to the pages that render them.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import nbformat
from bs4 import BeautifulSoup
from markupsafe import Markup
from nbconvert import HTMLExporter
from nbconvert.filters.markdown import markdown2html

from .notebooks import notebook_paths as notebook_paths  # re-exported: the site lists them
from .notebooks import read_notebook
from .paths import repo_root
from .sources import load_documents

TEMPLATES = Path(__file__).resolve().parent / "templates"
COLLECTION_TITLE = "Kazakhstani fighters and returnees: a source-critical notebook collection"
INTRO = """\
{n_articles} news articles ({years}) about citizens of Kazakhstan who joined armed groups in
Syria and Iraq, and about what the state should do when they come back, read closely: who says
what, on what evidence, and how far the numbers agree. Every figure and quote in the notebooks
traces to a sentence of an article or to a cited outside source.

Read the notebooks below in order, or teach with them: the [seminar guide](seminar.html) plans
two 90-minute sessions, and the [README](readme.html) explains how to re-run, extend and check
the collection.
"""
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
        found += [el[attr] for el in soup.find_all(tag) if _EXTERNAL.match(el.get(attr, ""))]
    for style in soup.find_all("style"):
        found += re.findall(r"""(?:url\(|@import\s+)["']?((?:https?:)?//[^"')\s]+)""",
                            style.get_text())
    return sorted(found)


def _rewrite_links(html: str, pages: dict[str, str], prefix: str = "") -> str:
    """Point links at repository files (README.md, docs/seminar.md, notebooks) to their pages;
    other relative links get `prefix`, so that a link of the README (at the top of the
    repository) still finds its file from site/."""
    soup = BeautifulSoup(html, "html.parser")
    for anchor in soup.find_all("a", href=True):
        href = anchor["href"]
        if _EXTERNAL.match(href) or href.startswith(("#", "mailto:", "data:")):
            continue
        target, _, fragment = href.partition("#")
        page = pages.get(Path(target).name)
        if page:
            anchor["href"] = page + (f"#{fragment}" if fragment else "")
        elif target and prefix:
            anchor["href"] = prefix + href
    return str(soup)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_notebook(path: Path, title: str | None = None) -> tuple[str, list[str]]:
    """The notebook as one self-contained HTML page, and nbconvert's warnings while rendering."""
    nb = read_notebook(path)
    nb.metadata["title"] = title or describe(path).title
    log = logging.getLogger(f"helpers.site.{path.stem}")
    collect = _Collect()
    log.addHandler(collect)
    try:
        exporter = HTMLExporter(template_name="collection", extra_template_basedirs=[
            str(TEMPLATES)], log=log)
        html, _ = exporter.from_notebook_node(
            nb, resources={"metadata": {"name": path.stem, "path": str(path.parent)}})
    finally:
        log.removeHandler(collect)
    return html, collect.messages


def _page(env: jinja2.Environment, **context) -> str:
    return env.get_template("page.html.j2").render(**context)


def _markdown_page(env: jinja2.Environment, path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    heading = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")),
                   path.stem)
    return _page(env, title=_plain(heading), body=Markup(markdown2html(text)))


def _intro(root: Path) -> str:
    """The index's opening paragraphs, with the number of articles and their years counted."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # `python -m helpers export` reports problems with files
        docs = load_documents(root / "seeds", sources=root / "data" / "sources.csv")
    years = docs["year"].dropna()
    span = f"{years.min()}-{years.max()}" if len(years) else "dates unknown"
    count = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven"}
    return INTRO.format(n_articles=count.get(len(docs), str(len(docs))), years=span)


def render_site(notebooks: list[Path], out: Path, root: Path | None = None) -> list[Path]:
    """Write index.html, seminar.html, readme.html and one page per notebook into `out`.

    Raises SiteError, naming the notebook, if a figure has no alt text or a page would load
    anything from the network. Returns the pages written, the index first.
    """
    root = root or repo_root()
    infos = [describe(Path(p)) for p in notebooks]
    pages = {"README.md": "readme.html", "seminar.md": "seminar.html", "index.html": "index.html"}
    pages |= {info.path.name: f"{info.slug}.html" for info in infos}
    pages |= {page: page for page in pages.values()}  # links between pages stay as they are
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    written: dict[Path, str] = {
        out / "index.html": _page(env, title=COLLECTION_TITLE, notebooks=infos,
                                  intro=Markup(markdown2html(_intro(root)))),
    }
    for name, source in (("seminar.html", root / "docs" / "seminar.md"),
                         ("readme.html", root / "README.md")):
        if not source.exists():
            raise SiteError(f"{source}: missing; the site links to it")
        written[out / name] = _markdown_page(env, source)
    problems = []
    for info in infos:
        html, logged = render_notebook(info.path, info.title)
        problems += [f"{info.path}: nbconvert: {message}" for message in logged]
        nb = read_notebook(info.path)
        problems += [f"{info.path}: cell {index} shows an image without alt text; display "
                     "figures with helpers.figures.show(fig, alt=...)"
                     for index, output in image_outputs(nb) if not _alt(output)]
        written[out / f"{info.slug}.html"] = html
    for page, html in written.items():
        problems += [f"{page.name}: would load {ref} from the network"
                     for ref in external_references(html)]
    if problems:
        raise SiteError("the site cannot be rendered as it should be:\n  " + "\n  ".join(problems))
    out.mkdir(parents=True, exist_ok=True)
    for page, html in written.items():
        prefix = "../" if page.name == "readme.html" else ""
        page.write_text(_rewrite_links(html, pages, prefix), encoding="utf-8")
    return list(written)
