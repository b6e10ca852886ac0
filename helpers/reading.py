"""Turn a file's bytes into text, saying plainly what was wrong with them and what was done.

A scraped article can arrive empty, binary, in a legacy code page, with a byte-order mark, with
Windows line ends or as HTML. Each case is decoded where that can be done sensibly, and every step
taken is reported as a note so that the caller can warn about it, naming the file.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 2_000_000  # a news article is a few kilobytes; a larger file is a dump, not an article

_HTML_TAG = re.compile(
    r"<\s*(?:p|div|br|span|a|html|body|head|h[1-6]|li|ul|ol|table|script|style)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "header", "footer", "nav", "title", "blockquote"}


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


class SourceProblem(Exception):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class Decoded:
    """A file's text and the notes on how it was obtained."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes, as `sha256sum` prints it


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one block element per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Visible text of an HTML document, block elements separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return html.unescape(re.sub(r"\n{3,}", "\n\n", "\n".join(lines))).strip() + "\n"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > 0.05 * len(sample)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Choose between Cyrillic cp1251 and Western cp1252/latin-1 for bytes that are not UTF-8.

    In cp1251 text the high bytes are letters that stand together in words; in Western text an
    accented letter usually stands alone among ASCII letters. Count which pattern dominates.
    The one byte cp1251 leaves undefined (0x98) becomes U+FFFD; latin-1 defines every byte.
    """
    high = re.findall(rb"[\xc0-\xff]+", data)
    runs = sum(len(run) for run in high if len(run) >= 2)
    singles = sum(1 for run in high if len(run) == 1)
    if high and runs >= singles:
        return data.decode("cp1251", errors="replace"), "cp1251"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes, or raise SourceProblem when they are not text."""
    notes: list[str] = []
    if not data:
        raise SourceProblem("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise SourceProblem(f"the file starts with a UTF-16 byte-order mark but is not valid"
                                f" UTF-16 ({exc.reason} at byte {exc.start}; a truncated or"
                                f" damaged file?)") from None
        notes.append("decoded as UTF-16 (byte-order mark found)")
    elif _looks_binary(data):
        raise SourceProblem("the file is binary, not text (it contains NUL or control bytes)")
    elif data.startswith(b"\xef\xbb\xbf"):
        try:
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
            notes.append("a UTF-8 byte-order mark was removed")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data[3:])
            notes.append(f"a UTF-8 byte-order mark was removed, but the rest is not valid UTF-8;"
                         f" decoded as {encoding}")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
            notes.append(f"not valid UTF-8; decoded as {encoding}")
    # U+FFFD a strict decode found was in the file; any more were put in by a lenient step
    found_replacements = text.count("\ufffd") if encoding in {"utf-8", "utf-8-sig", "utf-16"} else 0
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("Windows (CRLF) line ends converted to LF")
    if not text or text.isspace():  # (text.strip() would copy the whole text)
        raise SourceProblem("the file holds only white space")
    if _HTML_TAG.search(text):
        text = strip_html(text)
        notes.append("HTML markup found; tags were removed and entities decoded")
    if text.count("\ufffd") > found_replacements:
        notes.append("some characters could not be decoded; each was replaced by U+FFFD")
    return Decoded(text=text, encoding=encoding, notes=notes,
                   sha256=hashlib.sha256(data).hexdigest())


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read one article file; SourceProblem says why it cannot be used.

    The size is asked of the open file, which is then read whole without a buffer: one path
    lookup instead of two, and no copy through a buffer.
    """
    with open(path, "rb", buffering=0) as file:
        size = os.fstat(file.fileno()).st_size
        if size > max_bytes:
            raise SourceProblem(
                f"the file is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.1f} MB an"
                " article can plausibly be; it was not read"
            )
        data = file.readall()
    return decode_bytes(data)
