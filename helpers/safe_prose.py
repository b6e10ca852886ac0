"""Prose built from data, safe to show: values from articles, file names and tables are escaped.

A title such as ``<img src=x onerror=alert(1)>`` or ``[click](javascript:alert(1))`` is text, and
must reach the reader as text: in the notebook, in nbconvert's HTML and on the site. Notebooks
build every Markdown sentence that holds data with `prose`:

    display(prose("**{doc}** ({basis}): {note}", doc=row.doc_id, basis=row.date_basis,
                  note=row.date_note))

or, for text assembled with an f-string, ``display(md(f"**{esc(row.doc_id)}**: ..."))`` with
every data value passed through `escape` (imported as ``esc``).
The template is the notebook author's Markdown; each value is formatted (format specs such as
``{n:,}`` or ``{share:.0%}`` work as in str.format) and then escaped with `escape`, unless it is
`Safe` Markdown made by this module already. `link` makes a Markdown link only of an http(s)
address; `join` joins escaped pieces. As a last guard, `prose` also turns every ``<`` of the
finished text into ``&lt;`` and breaks any ``javascript:``-like scheme, so raw HTML never passes.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Iterable
from typing import Any

from IPython.display import Markdown

# ASCII characters that Markdown (CommonMark, GFM, and MathJax's $) gives a meaning anywhere in
# a line; each is backslash-escaped. (& < > " ' are HTML-escaped instead: a backslash before an
# entity would show the entity.) + - = . and a number's dot open a list or heading only at the
# start of a line, so only a value's first character is escaped for them.
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_{}\[\]()#!|~$])")
_LINE_START = re.compile(r"^(\d*)([+\-=.])")
_SCHEME = re.compile(r"\b(javascript|vbscript|livescript|data|file)(\s*):", re.IGNORECASE)
# a link or image whose address is not a web address or an anchor on the page, and a reference
# definition ("[x]: address") of any address: their bracket is escaped, so no link forms
_OTHER_LINK = re.compile(r"\]\((?!\s*(?:https?://|#))|^(\s{0,3}\[[^\]\n]*)\]:",
                         re.MULTILINE | re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"'()\[\]\\`]+$", re.IGNORECASE)


class Safe(str):
    """Markdown whose data values are escaped already (from `escape`, `link`, `prose_text` or
    `join`): `prose` inserts it as it is."""


def escape(value: object) -> Safe:
    """value as Markdown that shows exactly its text, on one line, and can hold no markup: no
    emphasis, heading, list, link, image, HTML tag or entity of its own."""
    text = " ".join(str(value).split())
    text = _LINE_START.sub(r"\1\\\2", _MARKDOWN_ACTIVE.sub(r"\\\1", text))
    return Safe(_SCHEME.sub(r"\1\2&#58;", html.escape(text, quote=True)))


def escape_html(value: object) -> str:
    """value as HTML text (for an HTML template or attribute): & < > " ' escaped."""
    return html.escape(str(value), quote=True)


def link(text: object, url: object) -> Safe:
    """A Markdown link to url when it is a plain http(s) address; otherwise the text with the
    address shown (escaped) beside it, never a link."""
    address = str(url).strip()
    if _WEB_ADDRESS.match(address):
        return Safe(f"[{escape(text)}]({address})")
    return Safe(f"{escape(text)} ({escape(address)})" if address else escape(text))


def join(separator: str, pieces: Iterable[object]) -> Safe:
    """The pieces joined by separator (the author's Markdown); pieces not Safe are escaped."""
    return Safe(separator.join(p if isinstance(p, Safe) else escape(p) for p in pieces))


class _Escaping(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Safe) and not format_spec:
            return value
        return escape(format(value, format_spec))


def _guard(markdown: str) -> str:
    """No raw HTML tag and no script scheme, even where a template forgot to escape a value."""
    markdown = _OTHER_LINK.sub(lambda m: f"{m.group(1)}\\]:" if m.group(1) is not None
                               else "]\\(", markdown.replace("<", "&lt;"))
    return _SCHEME.sub(r"\1\2&#58;", markdown)


def prose_text(template: str, /, *args: Any, **values: Any) -> Safe:
    """The Markdown text of `prose` (to join several pieces, or to test)."""
    return Safe(_guard(_Escaping().format(template, *args, **values)))


def md(markdown: str) -> Markdown:
    """Markdown that a notebook built itself, every data value in it passed through `escape`
    (or `link`, `join`), as a displayable object; the last guard is applied to it too."""
    return Markdown(_guard(markdown))


def prose(template: str, /, *args: Any, **values: Any) -> Markdown:
    """The template's Markdown with every value escaped, as an object that `display` shows."""
    return Markdown(prose_text(template, *args, **values))
