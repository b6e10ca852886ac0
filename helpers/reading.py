"""Turn a file's bytes into text, saying plainly what was wrong with them and what was done.

A scraped article can arrive empty, binary, in a legacy code page, with a byte-order mark, with
Windows line ends or as HTML. Each case is decoded where that can be done sensibly, and every step
taken is reported as a note so that the caller can warn about it, naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from . import lexicon

MAX_BYTES = 2_000_000  # a news article is a few kilobytes; a larger file is a dump, not an article

_HTML_TAG = re.compile(
    r"<\s*(?:p|div|br|span|a|html|body|head|h[1-6]|li|ul|ol|table|script|style)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "header", "footer", "nav", "title", "blockquote"}


_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]++")  # a run of letters, read once from its start
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
    # the parser decodes each entity once (convert_charrefs); decoding again would turn an
    # escaped "&amp;lt;script&amp;gt;" into markup
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _looks_binary(data: bytes) -> bool:
    """More than 5% control bytes (NUL counted) in the first 8 KB: not text. A stray NUL in a
    text is taken out with a note instead (see decode_bytes)."""
    sample = data[:8192]
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > 0.05 * len(sample)


def _utf16_without_mark(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text in UTF-16 without a byte-order mark: its high bytes
    (every second byte) are nearly all one or two values, zero among them (one alphabet's block
    and the block of spaces and digits: Latin, Cyrillic), and it decodes cleanly to printable
    text."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 4:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0) < 0.1 * len(high):
            continue
        if sum(n for _, n in Counter(high).most_common(2)) < 0.8 * len(high):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and sum(ch.isprintable() or ch.isspace() for ch in text[:4096]) \
                >= 0.95 * len(text[:4096]):
            return encoding
    return None


def _plausible_words(text: str, script: str) -> int:
    """Words with a letter outside ASCII that read as real words of the script's languages:
    a known frequent word, or (cyrillic) a word of Cyrillic letters only, or (western) a word
    whose letters are mostly ASCII. A wrong code page makes mixed or all-accented words."""
    known = {t for t, lang in zip(lexicon.terms("common_words"),
                                  lexicon.table("common_words")["language"], strict=True)
             if lang == ("ru" if script == "cyrillic" else "western")}
    score = 0
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        low = word.lower()
        if low in known:
            score += 2
        elif script == "cyrillic" and all("\u0400" <= ch <= "\u04ff" for ch in word):
            score += 1
        elif script == "western" and sum(not ch.isascii() for ch in word) * 2 < len(word):
            score += 1
    return score


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Choose between Cyrillic cp1251 and Western cp1252/latin-1 for bytes that are not UTF-8:
    the reading that yields more real words (see _plausible_words) wins; on a tie, Western.
    The one byte cp1251 leaves undefined (0x98) becomes U+FFFD; latin-1 defines every byte."""
    try:
        western, western_name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        western, western_name = data.decode("latin-1"), "latin-1"
    cyrillic = data.decode("cp1251", errors="replace")
    if _plausible_words(cyrillic, "cyrillic") > _plausible_words(western, "western"):
        return cyrillic, "cp1251"
    return western, western_name


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
    elif (wide := _utf16_without_mark(data)) is not None:
        text, encoding = data.decode(wide), wide
        notes.append(f"decoded as {wide.upper()} (no byte-order mark; recognised by its zero"
                     " bytes)")
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
            notes.append(f"not valid UTF-8; decoded as {encoding}, the reading with more real"
                         f" {'Cyrillic' if encoding == 'cp1251' else 'Western'} words")
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL byte(s) removed")
        text = text.replace("\x00", "")
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


def article_paths(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files of folder: entries named *.txt in any case ('x.TXT' too), sorted by
    name; and (name, why) for each such entry that is skipped without being opened: a
    directory, a dangling link, a link that leads outside the folder, a FIFO, socket or device
    (opening one could block or read forever)."""
    base = folder.resolve()
    paths, skipped = [], []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if not entry.name.lower().endswith(".txt"):
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            target = path.resolve()
            if not target.exists():
                skipped.append((entry.name, f"a link to {target}, which does not exist"))
                continue
            if base not in target.parents:
                skipped.append((entry.name, f"a link to {target}, outside the folder of "
                                "articles; links out of it are refused"))
                continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            skipped.append((entry.name, f"cannot be read ({exc.strerror})"))
            continue
        if stat.S_ISDIR(mode):
            skipped.append((entry.name, "a directory, not an article file"))
        elif not stat.S_ISREG(mode):
            skipped.append((entry.name, "a special file (FIFO, socket or device), not an article"
                            " file; it was not opened"))
        else:
            paths.append(path)
    return paths, skipped


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read one article file; SourceProblem says why it cannot be used.

    The file is opened without blocking (a FIFO put in its place cannot stall the run) and must
    be a regular file; its size is asked of the open file, which is then read whole.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceProblem(f"cannot be opened ({exc.strerror})") from None
    with open(handle, "rb", buffering=0) as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SourceProblem("not a regular file (a directory, FIFO, socket or device)")
        size = info.st_size
        if size > max_bytes:
            raise SourceProblem(
                f"the file is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.1f} MB an"
                " article can plausibly be; it was not read"
            )
        data = file.readall()
    return decode_bytes(data)
