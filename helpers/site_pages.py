"""What the site adds to a rendered page: heading ids, its table of contents, long tables shown
by their first rows, links kept inside site/, and the search index of all pages.

All functions take and return HTML strings (or plain data), so they are tested without a browser.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

TABLE_ROWS_SHOWN = 15  # rows a long output table shows before "Show all N rows"
TABLE_ROWS_WHOLE = 20  # a table up to this long is shown whole (hiding a few rows helps nobody)
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_NOT_COPIED = ("seeds", ".venv", ".git", "site", "student")  # never copied into site/files


@dataclass(frozen=True)
class Link:
    """One entry of the sidebar or the pager (``group`` marks a heading of the list)."""

    href: str
    label: str
    group: bool = False


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-") or "section"


def _heading_text(heading: Tag) -> str:
    copy = BeautifulSoup(str(heading), "html.parser")
    for anchor in copy.select("a.anchor-link"):
        anchor.decompose()
    return copy.get_text(" ", strip=True)


def add_heading_ids(soup: BeautifulSoup) -> None:
    """Give every h1-h4 in <main> a unique id (kept where nbconvert already set one)."""
    main = soup.find("main") or soup
    seen = {tag["id"] for tag in soup.find_all(id=True)}
    for heading in main.find_all(["h1", "h2", "h3", "h4"]):
        if heading.get("id"):
            continue
        base = _slug(_heading_text(heading))
        name, n = base, 1
        while name in seen:
            n += 1
            name = f"{base}-{n}"
        heading["id"] = name
        seen.add(name)


def fill_toc(soup: BeautifulSoup) -> list[tuple[int, str, str]]:
    """Write the page's h2/h3 headings into its <nav class="toc">; return (level, id, text)."""
    main = soup.find("main") or soup
    entries = [(int(h.name[1]), str(h["id"]), _heading_text(h))
               for h in main.find_all(["h2", "h3"]) if h.get("id")]
    toc = soup.select_one("nav.toc")
    if toc is not None:
        toc.clear()
        ul = soup.new_tag("ul")
        for level, anchor, text in entries:
            li = soup.new_tag("li", attrs={"class": f"level-{level}"})
            link = soup.new_tag("a", href=f"#{anchor}")
            link.string = text
            li.append(link)
            ul.append(li)
        toc.append(ul)
    return entries


def bound_tables(soup: BeautifulSoup, where: str, shown: int = TABLE_ROWS_SHOWN,
                 whole: int = TABLE_ROWS_WHOLE) -> int:
    """Output tables longer than `whole` rows show their first `shown` rows and a note saying
    how many there are and where the whole table is (`where`); print shows every row. Returns
    how many tables were bounded."""
    count = 0
    for n, table in enumerate(soup.select(".jp-OutputArea-output table")):
        rows = table.select("tbody > tr") or table.find_all("tr")[1:]
        if len(rows) <= max(shown, whole):
            continue
        count += 1
        table_id = str(table.get("id") or f"table-{n + 1}")
        table["id"] = table_id
        table["data-rows"] = str(len(rows))
        table["data-rows-shown"] = str(shown)
        for row in rows[shown:]:
            row["class"] = " ".join([*row.get_attribute_list("class"), "extra-row"]).strip()
        note = soup.new_tag("p", attrs={"class": "table-note", "data-for": table_id})
        note.string = (f"Showing the first {shown} of {len(rows)} rows. The whole table is in "
                       f"{where}; the printed handout shows every row.")
        table.insert_after(note)
    return count


def label_empty_headers(soup: BeautifulSoup) -> None:
    """An empty header cell of an output table (pandas leaves the index's empty) gets a label
    that screen readers read and the eye does not see."""
    for th in soup.select(".jp-OutputArea-output th"):
        if not th.get_text(strip=True):
            label = soup.new_tag("span", attrs={"class": "visually-hidden"})
            label.string = "row label"
            th.append(label)


def keep_links_inside(soup: BeautifulSoup, source: Path, root: Path, pages: dict[Path, str],
                      out: Path) -> list[str]:
    """Point each relative link of a page rendered from `source` at a page of the site (for the
    files in `pages`) or at a copy of the linked file under out/files/; a link to a folder, a
    missing file or a raw article becomes plain text. Returns the links so unlinked."""
    unlinked = []
    for anchor in soup.find_all("a", href=True):
        href = str(anchor["href"])
        if _EXTERNAL.match(href) or href.startswith("#"):
            continue
        target, _, fragment = href.partition("#")
        target_path = (source.parent / target).resolve()
        page = pages.get(target_path) if target else None
        if page:
            anchor["href"] = page + (f"#{fragment}" if fragment else "")
            continue
        if not target or target in pages.values() or (out / target).is_file():
            continue  # a page of the site, or a file already copied into it
        try:
            relative = target_path.relative_to(root.resolve())
        except ValueError:
            relative = None
        if relative is None or not target_path.is_file() or relative.parts[0] in _NOT_COPIED:
            unlinked.append(href)
            anchor.unwrap()
            continue
        copy = out / "files" / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target_path, copy)
        anchor["href"] = "files/" + relative.as_posix()
    return unlinked


def search_entries(soup: BeautifulSoup, href: str) -> list[dict[str, str]]:
    """One search entry per section of the page (text under each h1-h3 until the next one);
    folded code and solutions are left out, outputs and prose are in."""
    main = BeautifulSoup(str(soup.find("main") or soup), "html.parser")
    for hidden in main.select("details.code, details.solution, nav, .table-note, .visually-hidden, "
                              "script, style"):
        hidden.decompose()
    title = soup.title.get_text(strip=True) if soup.title else href
    sections: list[tuple[str, str, list[str]]] = [(href, "", [])]  # (href, heading, texts)
    for node in main.find_all(["h1", "h2", "h3", "p", "li", "td", "th", "pre", "dd"]):
        if node.name in ("h1", "h2", "h3"):
            anchor = f"#{node['id']}" if node.get("id") else ""
            sections.append((href + anchor, _heading_text(node), []))
        elif not node.find_parent(["li", "td", "th", "pre"]) or node.name in ("td", "th"):
            sections[-1][2].append(node.get_text(" ", strip=True))
    return [{"href": link, "page_title": title, "section": heading,
             "text": " ".join(" ".join(texts).split())}
            for link, heading, texts in sections if texts or heading]


def search_index_script(entries: list[dict[str, str]]) -> str:
    """The index as a script that sets window.SEARCH_INDEX (a fetched JSON file would not load
    from file://)."""
    return ("// Search index of the site, written by helpers.site; read by site.js.\n"
            "window.SEARCH_INDEX = " + json.dumps(entries, ensure_ascii=False, indent=0) + ";\n")
