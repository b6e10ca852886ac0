"""Printable handouts: each notebook page of the site printed to PDF by the system Chromium.

`make handout` (``python -m helpers.handout``) renders nothing itself: it prints the pages that
`make site` wrote, with the site's print style sheet (helpers/templates/static/site.css, `@media
print`): no frame, code and solutions left out, every table row, figures numbered with their
alt text as caption, and a footer with the notebook's title and "page N of M". Chromium is driven
by Playwright from PyPI; no browser is downloaded (executable_path, default /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--headless", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]
FOOTER = ('<div style="font-size:8pt;width:100%;margin:0 14mm;color:#1a1a1a;'
          'font-family:sans-serif;display:flex;justify-content:space-between">'
          '<span class="title"></span>'
          '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span>'
          '</span></div>')


class HandoutError(RuntimeError):
    """The handout cannot be printed; the message says what is missing."""


def handout_pages(site: Path) -> list[Path]:
    """The notebook pages of a rendered site (NN_name.html), in order."""
    pages = sorted(p for p in site.glob("[0-9][0-9]_*.html"))
    if not pages:
        raise HandoutError(f"{site}: no notebook pages (NN_name.html); run `make site` first")
    return pages


def print_pdfs(pages: list[Path], out: Path, chromium: str = CHROMIUM) -> list[Path]:
    """Print each page to out/<page>.pdf (A4) and return the PDFs written."""
    from playwright.sync_api import sync_playwright

    if not Path(chromium).exists():
        raise HandoutError(f"{chromium}: no Chromium there (Debian: apt-get install chromium)")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:")) else route.abort())
            for source in pages:
                page.goto(source.resolve().as_uri(), wait_until="load")
                page.emulate_media(media="print")
                target = out / f"{source.stem}.pdf"
                page.pdf(path=str(target), format="A4", print_background=True,
                         display_header_footer=True, header_template="<span></span>",
                         footer_template=FOOTER,
                         margin={"top": "14mm", "bottom": "18mm", "left": "12mm",
                                 "right": "12mm"})
                written.append(target)
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m helpers.handout",
        description="Print each notebook page of the site to a PDF handout.")
    parser.add_argument("--site", default="site", help="the rendered site (make site)")
    parser.add_argument("--out", default="handout", help="folder for the PDF files")
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium binary")
    args = parser.parse_args(argv)
    try:
        written = print_pdfs(handout_pages(Path(args.site)), Path(args.out), args.chromium)
    except HandoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
