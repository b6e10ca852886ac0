"""The static site: rendered into site/, checked as HTML, then loaded in a real browser.

The browser check runs Debian's `chromium` headless with the network off (see CHROMIUM_FLAGS)
and asserts, for every page, that it loads, shows its title, shows its figures with alt text and
shows no error output; it saves a screenshot of the index page to site/index.png. Without
Chromium the browser tests are skipped with the reason, unless REQUIRE_BROWSER=1 (set by
.ci/run), which turns a missing browser into a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess

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
)

SITE = REPO / "site"
NOTEBOOKS = notebook_paths(REPO / "notebooks")
INFOS = {p.stem: describe(p) for p in NOTEBOOKS}
PAGES = ["index", "seminar", "readme", *INFOS]

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
def site() -> dict[str, str]:
    """Render the site into site/ (as `make` does) and return each page's HTML by name."""
    pages = render_site(NOTEBOOKS, SITE, root=REPO)
    return {page.stem: page.read_text(encoding="utf-8") for page in pages}


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
    sources = {"README.md", "seminar.md", *(p.name for p in NOTEBOOKS)}
    for name, html in site.items():
        for anchor in _soup(html).find_all("a", href=True):
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


@pytest.fixture(scope="module")
def chromium() -> str:
    return find_chromium(dict(os.environ))


def test_without_chromium_the_check_is_skipped_with_its_reason_unless_required(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed.*REQUIRE_BROWSER"):
        find_chromium({})
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER=1 but Chromium is not"):
        find_chromium({"REQUIRE_BROWSER": "1"})


def _browse(chromium: str, tmp_path, url: str, *action: str) -> str:
    profile = tmp_path / "profile"
    done = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *action, url],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"chromium failed on {url}:\n{done.stderr[-2000:]}"
    return done.stdout


def test_the_browser_really_has_no_network(chromium, tmp_path):
    """A page that asks for an image on the web: with these flags the request must fail."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<html><body><p id="net">waiting</p><img src="https://example.org/favicon.ico"'
        ' onload="document.getElementById(\'net\').textContent=\'online\'"'
        ' onerror="document.getElementById(\'net\').textContent=\'offline\'"></body></html>')
    dom = _browse(chromium, tmp_path, probe.as_uri(), "--virtual-time-budget=10000",
                  "--dump-dom")
    assert _soup(dom).find(id="net").get_text() == "offline"


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_offline_with_title_figures_and_no_error(site, chromium, tmp_path, page):
    dom = _soup(_browse(chromium, tmp_path, (SITE / f"{page}.html").as_uri(), "--dump-dom"))
    expected = INFOS[page].title if page in INFOS else _soup(site[page]).title.get_text()
    assert dom.title is not None and dom.title.get_text(strip=True) == expected
    assert _h1(dom) == expected
    body = dom.find("main") or dom.body
    assert len(body.get_text(" ", strip=True)) > 200, "the page shows almost no text"
    if page in INFOS:
        figures = [img for img in dom.find_all("img") if img.get("alt", "").strip()]
        assert len(figures) == INFOS[page].n_figures
        assert dom.select('[data-mime-type="application/vnd.jupyter.stderr"]') == []
        assert "Traceback" not in dom.get_text()
        outputs = dom.select(".jp-OutputArea-output")
        assert outputs, "a notebook page shows no outputs"


def _png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_screenshot_of_the_index_page(site, chromium, tmp_path):
    shot = SITE / "index.png"
    shot.unlink(missing_ok=True)
    _browse(chromium, tmp_path, (SITE / "index.html").as_uri(), f"--screenshot={shot}",
            "--window-size=1280,1600", "--hide-scrollbars")
    assert _png_size(shot) == (1280, 1600)
    assert shot.stat().st_size > 20_000, "the screenshot looks blank"
