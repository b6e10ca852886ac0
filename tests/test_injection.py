"""Script and markup in article titles, bodies and file names never become live on the site.

A temporary copy of the collection gets articles whose titles, bodies and file names carry
script, event-handler, iframe, svg, javascript: and Markdown-link payloads; notebook 00 (which
shows titles, doc_ids and notes) is executed there, the site is built, and every page is loaded
in Chromium (Playwright, the system's /usr/bin/chromium, network off). Each payload calls
alert(); the test records every dialog and every call, and looks for the injected elements and
for any javascript: address. Without Chromium the test is skipped, unless REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

# Each payload carries a marker (pwnN) and calls alert(N) if it ever runs.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x id=pwn2 onerror=alert(2)>",
    "<svg id=pwn3 onload=alert(3)></svg>",
    "<iframe id=pwn4 src=\"javascript:alert(4)\"></iframe>",
    "[click pwn5](javascript:alert(5))",
    "<a id=pwn6 href=\"javascript:alert(6)\">pwn6</a>",
    "<details id=pwn7 open ontoggle=alert(7)>",
    "<body onload=alert(8)>",
    "![pwn9](javascript:alert(9))",
    "&lt;img src=x id=pwn10 onerror=alert(10)&gt;",
    "<math><mi id=pwn11 xlink:href=\"javascript:alert(11)\">x</mi></math>",
    "$$\\href{javascript:alert(12)}{pwn12}$$",
]
# file names cannot hold '/', so they carry the payloads without one
FILE_NAMES = ["<img src=x id=pwn20 onerror=alert(20)>", "<svg id=pwn21 onload=alert(21)>",
              "[pwn22](javascript:alert(22))", "<iframe id=pwn23 srcdoc=x>"]


def _article(title: str, payload: str) -> str:
    return (f"{title}\n\n12 May 2017\n\n"  # (notebook 00 cannot yet show an undated article)
            f"The committee said on Monday that {payload} about 40 citizens had returned from"
            f" Syria. It gave no other figure, {payload} officials said.\n\n"
            f"Officials in Almaty said the courts would hear the cases in spring.\n")


@pytest.fixture(scope="module")
def chromium_path() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {CHROMIUM} is not installed")
    pytest.skip(f"{CHROMIUM} is not installed; set REQUIRE_BROWSER=1 to make this mandatory")


@pytest.fixture(scope="module")
def browser(chromium_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as play:
        launched = play.chromium.launch(executable_path=chromium_path, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The site of a copy of the collection with the payload articles added."""
    from helpers.bench import seed_files
    from helpers.notebooks import execute
    from helpers.site import render_site

    root = tmp_path_factory.mktemp("hostile") / "repo"
    for folder in ("data", "docs"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("derived"))
    # the five original seeds only: what a user added to seeds/ must not push the payload rows
    # out of the tables the page shows in part
    (root / "seeds").mkdir()
    for path in [*seed_files(REPO / "seeds"), REPO / "seeds" / "SHA256SUMS"]:
        shutil.copy(path, root / "seeds" / path.name)
    (root / "helpers").mkdir()  # marks the copy's root (the package is imported as installed)
    (root / "notebooks").mkdir()
    for name in ("README.md", "pyproject.toml", "CHANGELOG.md", "LICENSE", "CITATION.cff"):
        shutil.copy(REPO / name, root / name)
    notebook = root / "notebooks" / "00_corpus.ipynb"
    shutil.copy(REPO / "notebooks" / "00_corpus.ipynb", notebook)
    for i, payload in enumerate(PAYLOADS):
        title = f"Returnees {payload} face trial in Kazakhstan"
        (root / "seeds" / f"9{i:02d}_payload.txt").write_text(_article(title, payload),
                                                               encoding="utf-8")
    for i, name in enumerate(FILE_NAMES):
        (root / "seeds" / f"{name}.txt").write_text(
            _article(f"Officials meet families of returnees {i}", "x"), encoding="utf-8")
    execute(notebook, timeout=300)
    out = root / "site"
    render_site([notebook], out, root=root)
    return out


def _live(browser, page_path: Path) -> dict:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script("window.__calls = []; for (const f of ['alert', 'confirm', 'prompt'])"
                         " { window[f] = (m) => { window.__calls.push(String(m)); }; }")
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_timeout(500)
    found = page.evaluate("""() => ({
        calls: window.__calls,
        injected: [...document.querySelectorAll('[id^="pwn"]')].map(e => e.outerHTML),
        handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on') && /alert/.test(a.value))
            .map(a => e.tagName + ' ' + a.name)),
        js_links: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
            .map(e => e.getAttribute('href') || e.getAttribute('src') || '')
            .filter(v => /^\\s*(javascript|vbscript|data:text\\/html)/i.test(v)),
        frames: document.querySelectorAll('iframe, frame, object, embed').length,
        text: document.body.innerText,
    })""")
    page.close()
    found["dialogs"] = dialogs
    return found


def test_no_payload_becomes_live_on_the_site(hostile_site, browser):
    pages = sorted(hostile_site.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "00_corpus.html"}
    tried = len(PAYLOADS) * 2 + len(FILE_NAMES)  # in titles and bodies; in file names
    live = []
    for page in pages:
        found = _live(browser, page)
        for key in ("dialogs", "calls", "injected", "handlers", "js_links"):
            live += [f"{page.name}: {key}: {item}" for item in found[key]]
        if found["frames"]:
            live.append(f"{page.name}: {found['frames']} frame(s)")
        if page.name == "00_corpus.html":
            corpus_text = found["text"]
    assert not live, f"{len(live)} of {tried} payloads live:\n" + "\n".join(live)
    # the payloads did reach the page, as text: doc_ids from the file names are shown (tables
    # meant for reading show their first rows only, so not every doc_id is on the page)
    assert "onerror=alert(20)" in corpus_text
    shown = [name for name in FILE_NAMES if name in corpus_text]
    assert len(shown) >= 2, shown
