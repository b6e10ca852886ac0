"""The static site: rendered into site/, checked as HTML, then driven in a real browser.

The browser checks drive Debian's `chromium` through Playwright from PyPI (executable_path; no
browser is downloaded), with the network off twice over: the flags (CHROMIUM_FLAGS) send every
host name nowhere, and a route aborts every request that is not file: or data:. For every page
they assert that it loads offline with its title, figures and no console error, and that axe-core
finds no serious or critical violation; they type a name into the search box, open and close
code and solutions, and save screenshots to site/index.png and site/notebook.png. Without
Chromium the browser tests are skipped with the reason, unless REQUIRE_BROWSER=1 (set by
.ci/run), which turns a missing browser into a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from conftest import REPO

from helpers.site import (
    COLLECTION_TITLE,
    MISSING_ALT,
    SiteError,
    describe,
    external_references,
    image_outputs,
    notebook_paths,
    render_notebook,
    render_site,
    version,
)
from helpers.site_pages import bound_tables

SITE = REPO / "site"
NOTEBOOKS = notebook_paths(REPO / "notebooks")
INFOS = {p.stem: describe(p) for p in NOTEBOOKS}
GUIDE_PAGES = ["seminar", "codebook", "readme", "changelog"]
PAGES = ["index", *INFOS, *GUIDE_PAGES]

# "Network off" for real, not only "no network needed": every host name resolves to nothing
# (--host-resolver-rules), every request that gets past that is sent to a proxy on the discard
# port 9 of the local machine, where nothing listens (--proxy-server), QUIC is off, and Chromium's
# own background traffic (updates, sync, field trials) is switched off too.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]


@pytest.fixture(scope="module")
def site(rendered_site) -> dict[str, str]:
    """Each page's HTML by name, as rendered into site/ (conftest's rendered_site)."""
    assert {page.parent for page in rendered_site} == {SITE}
    return {page.stem: page.read_text(encoding="utf-8") for page in rendered_site}


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def _h1(soup: BeautifulSoup) -> str:
    h1 = soup.find("h1")
    assert h1 is not None, "page has no <h1>"
    for anchor in h1.select("a.anchor-link"):
        anchor.decompose()
    return h1.get_text(" ", strip=True)


# --- the rendered HTML ---------------------------------------------------------------------

def test_site_has_a_page_for_every_notebook_and_the_guides(site):
    assert sorted(site) == sorted(PAGES)
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb found"


def test_index_lists_every_notebook_in_order_with_summary_goals_and_link(site):
    soup = _soup(site["index"])
    assert soup.title.get_text(strip=True) == COLLECTION_TITLE
    sections = soup.select("section.notebook")
    assert [s["id"] for s in sections] == [p.stem for p in NOTEBOOKS]
    for section in sections:
        info = INFOS[section["id"]]
        assert section.find("h2").get_text(" ", strip=True) == info.title
        text = section.get_text(" ", strip=True)
        first_words = " ".join(_soup(info.summary_html).get_text(" ").split()[:8])
        assert first_words and first_words in " ".join(text.split())
        assert len(section.find("ul").find_all("li")) == len(info.goals) > 0
        assert {a["href"] for a in section.find_all("a")} == {f"{info.slug}.html"}
        assert (SITE / f"{info.slug}.html").exists()


def test_index_and_readme_link_to_the_seminar_guide(site):
    for page in ("index", "readme"):
        hrefs = {a["href"] for a in _soup(site[page]).find_all("a", href=True)}
        assert "seminar.html" in hrefs, page


def test_links_between_files_point_to_their_pages(site):
    sources = {"README.md", "seminar.md", "codebook.md", "CHANGELOG.md",
               *(p.name for p in NOTEBOOKS)}
    for name, html in site.items():
        for anchor in _soup(html).find_all("a", href=True):
            if anchor.find_parent("nav", class_="downloads"):
                continue  # the notebook's own files, offered for download
            target = anchor["href"].partition("#")[0].rsplit("/", 1)[-1]
            assert target not in sources, f"{name}.html links to {anchor['href']}"


def test_no_page_loads_anything_from_the_network(site):
    for name, html in site.items():
        assert external_references(html) == [], name


def test_external_references_finds_cdn_scripts_styles_and_images():
    html = """<html><head><script src="https://cdn.example/require.js"></script>
    <link rel="stylesheet" href="//fonts.example/a.css"><style>@import url("https://x.example/b.css");
    body { background: url(http://x.example/c.png) }</style></head>
    <body><a href="https://example.org/">a link is not fetched</a>
    <img src="data:image/png;base64,AAAA" alt="embedded"></body></html>"""
    assert external_references(html) == [
        "//fonts.example/a.css", "http://x.example/c.png", "https://cdn.example/require.js",
        "https://x.example/b.css"]


def test_every_figure_carries_its_alt_text_and_is_embedded(site):
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        stored = [" ".join(out["metadata"]["image/png"]["alt"].split())
                  for _, out in image_outputs(nb)]
        imgs = _soup(site[path.stem]).find_all("img")
        assert [" ".join(img.get("alt", "").split()) for img in imgs] == stored, path.name
        assert all(img["src"].startswith("data:image/png;base64,") for img in imgs)
        assert MISSING_ALT not in site[path.stem]
        assert all(len(alt.split()) >= 5 for alt in stored), f"{path.name}: alt text too thin"


def test_nbconvert_warns_about_no_missing_alt_text():
    for path in NOTEBOOKS:
        _, logged = render_notebook(path)
        assert logged == [], path.name


def _notebook(tmp_path, cells, name="07_probe.ipynb"):
    nb = nbformat.v4.new_notebook(cells=cells)
    path = tmp_path / name
    nbformat.write(nb, path)
    return path


FIRST_CELL = ("# 07 · A probe\n\n**What this notebook answers.** Whether the site checks work.\n\n"
              "**Learning goals.** After this notebook you can\n- check a page;\n- read it.\n")


def test_a_figure_without_alt_text_stops_the_render(tmp_path):
    image = nbformat.v4.new_output("display_data", data={
        "image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"})
    code = nbformat.v4.new_code_cell("fig", outputs=[image], execution_count=1)
    path = _notebook(tmp_path, [nbformat.v4.new_markdown_cell(FIRST_CELL), code])
    _, logged = render_notebook(path)
    assert logged == ["Alternative text is missing on 1 image(s)."]
    with pytest.raises(SiteError, match=r"07_probe.ipynb: cell 1 shows an image without alt"):
        render_site([path], tmp_path / "site", root=REPO)


def test_describe_reads_title_summary_goals_and_names_a_bad_file(tmp_path):
    info = describe(_notebook(tmp_path, [nbformat.v4.new_markdown_cell(FIRST_CELL)]))
    assert (info.title, info.summary, info.goals) == (
        "07 · A probe", "Whether the site checks work.", ["check a page;", "read it."])
    bad = _notebook(tmp_path, [nbformat.v4.new_markdown_cell("# 08 · No goals\n\ntext")],
                    "08_bad.ipynb")
    with pytest.raises(SiteError, match=r"08_bad.ipynb: no paragraph starting"):
        describe(bad)


def test_every_page_has_the_frame_and_links_every_page(site):
    hrefs = {f"{page}.html" for page in PAGES}
    for name, html in site.items():
        soup = _soup(html)
        nav = soup.select_one("nav.site-nav")
        assert nav is not None, name
        assert {a["href"] for a in nav.find_all("a")} == hrefs, name
        assert nav.select_one('a[aria-current="page"]')["href"] == f"{name}.html"
        assert soup.select_one("input#site-search") is not None, name
        assert soup.select_one("nav.pager a") is not None, name
        assert f"version {version(REPO)}" in soup.get_text(" "), name
        assert [s["src"] for s in soup.find_all("script")] == ["search-index.js", "site.js"]


def test_previous_and_next_follow_the_reading_order(site):
    order = [f"{page}.html" for page in PAGES]
    for n, page in enumerate(PAGES):
        pager = _soup(site[page]).select_one("nav.pager")
        prev, nxt = pager.select_one("a.prev"), pager.select_one("a.next")
        assert (prev["href"] if prev else None) == (order[n - 1] if n else None), page
        assert (nxt["href"] if nxt else None) == (order[n + 1] if n + 1 < len(order) else None)


def test_each_page_has_a_table_of_contents_of_its_own_sections(site):
    for name in ("02_conflicting_estimates", "codebook", "readme"):
        soup = _soup(site[name])
        toc = [a["href"] for a in soup.select("nav.toc a")]
        heads = [f"#{h['id']}" for h in soup.find("main").find_all(["h2", "h3"])]
        assert toc == heads and len(toc) > 3, name
        assert all(soup.find(id=h[1:]) for h in toc)


def test_every_link_stays_inside_the_site(site):
    """A teacher may copy site/ alone: every relative link and file must be found inside it."""
    for name, html in site.items():
        for anchor in _soup(html).find_all("a", href=True):
            href = anchor["href"]
            if re.match(r"^([a-z]+:|//|#)", href):
                continue
            target = (SITE / href.partition("#")[0]).resolve()
            assert SITE.resolve() in target.parents and target.is_file(), f"{name}: {href}"


def test_notebook_pages_link_their_notebook_student_copy_and_csv_files(site):
    for path in NOTEBOOKS:
        links = [a["href"] for a in _soup(site[path.stem]).select("nav.downloads a")]
        assert f"files/notebooks/{path.name}" in links
        assert f"files/student/{path.name}" in links
        assert any(link.startswith("files/data/") and link.endswith(".csv") for link in links)
        student = nbformat.read(SITE / "files" / "student" / path.name, as_version=4)
        assert not [c for c in student.cells if "solution" in c.metadata.get("tags", [])]
        for link in links:
            assert (SITE / link).is_file(), link
    assert "files/data/claims.csv" in [
        a["href"] for a in _soup(site["02_conflicting_estimates"]).select("nav.downloads a")]


def test_code_is_folded_and_solutions_are_folded_together(site):
    for path in NOTEBOOKS:
        soup = _soup(site[path.stem])
        nb = nbformat.read(path, as_version=4)
        tagged = [set(c.metadata.get("tags", [])) for c in nb.cells]
        plain_code = sum(1 for c, t in zip(nb.cells, tagged, strict=True)
                         if c.cell_type == "code" and not t & {"solution", "exercise"})
        runs = sum(1 for n, t in enumerate(tagged)
                   if "solution" in t and (n == 0 or "solution" not in tagged[n - 1]))
        assert len(soup.select("details.code")) == plain_code, path.name
        assert len(soup.select("details.solution")) == runs > 0, path.name
        assert all(not d.has_attr("open") for d in soup.select("details"))
        assert soup.select("details.solution summary")[0].get_text(" ", strip=True).startswith(
            "Show solution")


def test_no_table_cell_is_cut_off(site):
    for path in NOTEBOOKS:
        cells = _soup(site[path.stem]).select(".jp-OutputArea-output td")
        cut = [td.get_text() for td in cells if td.get_text().rstrip().endswith("...")]
        assert cut == [], f"{path.name}: cells cut off: {cut[:3]}"


def _long_table(rows: int) -> BeautifulSoup:
    return _soup(f"""<main><div class="jp-OutputArea-output"><table><thead><tr><th>a</th></tr>
    </thead><tbody>{"".join(f"<tr><td>{n}</td></tr>" for n in range(rows))}</tbody></table>
    </div></main>""")


def test_long_tables_show_their_first_rows_and_say_where_the_whole_table_is():
    soup = _long_table(40)
    assert bound_tables(soup, "the notebook file", shown=15, whole=20) == 1
    table = soup.find("table")
    assert (table["data-rows"], table["data-rows-shown"]) == ("40", "15")
    assert len(table.select("tr.extra-row")) == 25
    note = soup.select_one(".table-note").get_text()
    assert "first 15 of 40 rows" in note and "the notebook file" in note
    short = _long_table(20)
    assert bound_tables(short, "the notebook file", shown=15, whole=20) == 0
    assert short.select("tr.extra-row, .table-note") == []


def test_search_index_is_a_script_and_covers_every_page(site):
    text = (SITE / "search-index.js").read_text(encoding="utf-8")
    assert text.splitlines()[1].startswith("window.SEARCH_INDEX = ")
    entries = json.loads(text.split("window.SEARCH_INDEX = ", 1)[1].rstrip().rstrip(";"))
    assert {e["href"].partition("#")[0] for e in entries} == {f"{p}.html" for p in PAGES}
    assert all(set(e) == {"href", "page_title", "section", "text"} for e in entries)


def test_version_comes_from_pyproject_and_citation_agrees():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{version(REPO)}"' in pyproject
    assert f'version: "{version(REPO)}"' in (REPO / "CITATION.cff").read_text(encoding="utf-8")


# --- the browser ---------------------------------------------------------------------------

def find_chromium(environ: dict[str, str]) -> str:
    """Path of the Chromium binary; else a skip that says why, or a failure when
    REQUIRE_BROWSER=1 (as in CI)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = ("Chromium is not installed (Debian: apt-get install chromium), so the site was not"
              " loaded in a browser")
    if environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(f"{reason}; set REQUIRE_BROWSER=1 to make this check mandatory")


def test_without_chromium_the_check_is_skipped_with_its_reason_unless_required(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed.*REQUIRE_BROWSER"):
        find_chromium({})
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER=1 but Chromium is not"):
        find_chromium({"REQUIRE_BROWSER": "1"})


@pytest.fixture(scope="module")
def browser():
    """Playwright driving the system Chromium (never a downloaded browser)."""
    executable = find_chromium(dict(os.environ))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Visit:
    """One page in the browser, with every console error, page error and request for the
    network that it made (network requests are aborted)."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.network: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 1000})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error"
                     else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri(), wait_until="load")

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.network.append(url)
            route.abort()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def _open(path: Path) -> Visit:
        opened.append(Visit(browser, path))
        return opened[-1]

    yield _open
    for v in opened:
        v.page.close()


def test_the_browser_really_has_no_network(browser, tmp_path):
    """A page that asks for an image on the web, with the route switched off: the flags alone
    must make the request fail."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<html><body><p id="net">waiting</p><img src="https://example.org/favicon.ico"'
        ' onload="document.getElementById(\'net\').textContent=\'online\'"'
        ' onerror="document.getElementById(\'net\').textContent=\'offline\'"></body></html>')
    page = browser.new_page()
    page.goto(probe.as_uri())
    page.wait_for_function("document.getElementById('net').textContent !== 'waiting'",
                           timeout=20_000)
    assert page.inner_text("#net") == "offline"
    page.close()


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_offline_with_title_figures_and_no_error(site, visit, page):
    v = visit(SITE / f"{page}.html")
    expected = INFOS[page].title if page in INFOS else _soup(site[page]).title.get_text()
    assert v.page.title() == expected
    h1 = v.page.locator("main h1").first.inner_text()
    assert " ".join(h1.replace("¶", "").split()) == expected
    assert len(v.page.locator("main").inner_text()) > 200, "the page shows almost no text"
    if page in INFOS:
        alts = v.page.eval_on_selector_all("img", "els => els.map(e => e.alt.trim())")
        assert len([a for a in alts if a]) == len(alts) == INFOS[page].n_figures
        assert v.page.locator('[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
        assert "Traceback" not in v.page.locator("main").inner_text()
    assert v.page.evaluate("Array.isArray(window.SEARCH_INDEX)"), "search-index.js not loaded"
    assert v.errors == [], v.errors
    assert v.network == [], f"{page} asked the network for {v.network}"


@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_violation(site, visit, page):
    from axe_playwright_python.sync_playwright import Axe

    v = visit(SITE / f"{page}.html")
    if page in INFOS:  # also check what folded code and solutions show when opened
        v.page.eval_on_selector_all("details", "els => els.forEach(d => d.open = true)")
    violations = Axe().run(v.page).response["violations"]
    serious = [(x["id"], x["impact"], len(x["nodes"]), x["nodes"][0]["target"])
               for x in violations if x["impact"] in ("serious", "critical")]
    assert serious == [], f"{page}: {serious}"


def _hidden_name() -> tuple[str, str]:
    """A speaker's surname from the ledger that a notebook page shows and the index does not."""
    from helpers.claims import load_claims

    index = (SITE / "index.html").read_text(encoding="utf-8")
    for speaker in load_claims()["speaker"]:
        surname = str(speaker).split()[-1].strip("().,")
        if len(surname) < 5 or not surname[0].isupper() or surname in index:
            continue
        for path in NOTEBOOKS:
            if surname in (SITE / f"{path.stem}.html").read_text(encoding="utf-8"):
                return surname, f"{path.stem}.html"
    pytest.fail("no speaker's name is on a notebook page and not on the index")


def test_search_finds_a_name_the_index_page_does_not_show(site, visit):
    name, page = _hidden_name()
    v = visit(SITE / "index.html")
    assert name not in v.page.locator("body").inner_text()
    v.page.fill("#site-search", name.lower())
    results = v.page.locator("#search-results li a")
    results.first.wait_for()
    hrefs = [results.nth(n).get_attribute("href") for n in range(results.count())]
    assert any(h.partition("#")[0] == page for h in hrefs), (name, hrefs)
    results.nth([h.partition("#")[0] for h in hrefs].index(page)).click()
    v.page.wait_for_load_state("load")
    assert v.page.url.partition("#")[0].endswith(page)
    assert name in v.page.locator("main").inner_text()
    v.page.fill("#site-search", "zzqx-nothing")
    assert "No section contains" in v.page.inner_text("#search-results")


def test_code_and_solutions_open_and_close(site, visit):
    v = visit(SITE / "02_conflicting_estimates.html")
    for kind, label in (("code", "code"), ("solution", "solution")):
        details = v.page.locator(f"details.{kind}").first
        body = details.locator(".jp-Cell-inputWrapper, .jp-MarkdownCell").first
        summary = details.locator("summary")
        assert not body.is_visible() and summary.inner_text() == f"Show {label}"
        summary.click()
        assert body.is_visible() and summary.inner_text() == f"Hide {label}"
        summary.click()
        assert not body.is_visible()


def test_long_tables_open_in_the_browser(site, visit):
    pages = [p.stem for p in NOTEBOOKS if "table-note" in site[p.stem]]
    if not pages:
        pytest.skip("no table of the notebooks is longer than the rows shown")
    v = visit(SITE / f"{pages[0]}.html")
    table = v.page.locator("table[data-rows-shown]").first
    rows, shown = int(table.get_attribute("data-rows")), int(table.get_attribute("data-rows-shown"))
    visible = "t => [...t.querySelectorAll('tbody tr')].filter(r => r.offsetParent).length"
    table.scroll_into_view_if_needed()
    assert table.evaluate(visible) == shown
    v.page.locator(".table-note button").first.click()
    assert table.evaluate(visible) == rows


def _png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("page, shot", [("index", "index.png"),
                                        ("02_conflicting_estimates", "notebook.png")])
def test_screenshots(site, visit, page, shot):
    target = SITE / shot
    target.unlink(missing_ok=True)
    v = visit(SITE / f"{page}.html")
    v.page.screenshot(path=str(target))
    assert _png_size(target) == (1280, 1000)
    assert target.stat().st_size > 20_000, "the screenshot looks blank"
