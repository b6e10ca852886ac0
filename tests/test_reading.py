"""Bad input: each case gets a warning naming the file and the problem; good files still load."""

from __future__ import annotations

import time
import warnings

import pandas as pd
import pytest
from conftest import SEEDS

from helpers import SourceError, SourceProblem, SourceWarning, load_corpus
from helpers.audit import line_fates
from helpers.reading import MAX_BYTES, decode_bytes, read_source, strip_html

GOOD = (SEEDS / "003_609f6d418b59efb3.txt").read_bytes()
RU_ARTICLE = ("Суд вынес приговор вербовщику\n\nАвтор: Иван Петров\n\n12 марта 2015\n\n"
              "Суд в Алматы приговорил вербовщика к семи годам. Он отправил в Сирию пять"
              " человек.\n")
EN_ARTICLE = ("Café owners protest in Almaty\n\nBy José García\n\n"
              "The owners of the café said they would not pay the new tax. Protests lasted two"
              " days.\n")

# file name -> (bytes, words the warning must contain, loaded?)
BAD = {
    "empty.txt": (b"", "empty", False),
    "blank.txt": (b"  \n\t\n   \n", "white space", False),
    "binary.txt": (bytes(range(256)) * 20, "binary", False),
    "cp1251.txt": (RU_ARTICLE.encode("cp1251"), "decoded as cp1251", True),
    "latin1.txt": (EN_ARTICLE.encode("latin-1"), "not valid UTF-8", True),
    "bom.txt": (b"\xef\xbb\xbf" + EN_ARTICLE.encode("utf-8"), "byte-order mark", True),
    "bom_cp1252.txt": (b"\xef\xbb\xbf" + EN_ARTICLE.encode("cp1252"),
                       "byte-order mark was removed, but the rest is not valid UTF-8", True),
    "utf16_cut.txt": (EN_ARTICLE.encode("utf-16")[:-1], "not valid UTF-16", False),
    "cp1251_gap.txt": (RU_ARTICLE.encode("cp1251").replace(b"\n\n", b"\x98\n\n", 1),
                       "could not be decoded", True),
    "crlf.txt": (EN_ARTICLE.replace("\n", "\r\n").encode("utf-8"), "CRLF", True),
    "markup.txt": (b"<html><head><script>var x = 1;</script></head><body><h1>Officials meet"
                   b" in Astana</h1><p>By John Doe</p><p>The officials met on Monday &amp;"
                   b" discussed returnees. They agreed on a plan.</p></body></html>",
                   "HTML markup", True),
    "untitled.txt": (b"the officials met on monday and discussed the plan for the returnees, which"
                     b" was long and had many parts and took the whole day to go through.\n\n"
                     b"Another paragraph of the body follows here.\n", "no recognisable title",
                     True),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("bad")
    (path / "good.txt").write_bytes(GOOD)
    for name, (data, _, _) in BAD.items():
        (path / name).write_bytes(data)
    return path


@pytest.fixture(scope="module")
def loaded(folder):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(folder, sources=folder / "none.csv")
    return corpus, [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_gets_a_warning_naming_it(loaded, name):
    _, messages = loaded
    words = BAD[name][1]
    assert any(m.startswith(f"{name}: ") and words in m for m in messages), messages


@pytest.mark.parametrize("name", sorted(BAD))
def test_decodable_files_load_and_undecodable_are_skipped(loaded, name):
    corpus, _ = loaded
    assert (name[:-4] in set(corpus.documents["doc_id"])) == BAD[name][2]
    actions = set(corpus.problems.loc[corpus.problems["file"] == name, "action"])
    if BAD[name][2]:
        assert actions and "skipped" not in actions
    else:
        assert actions == {"skipped"}


def test_good_article_still_loads(loaded):
    corpus, messages = loaded
    doc = corpus.documents.set_index("doc_id").loc["good"]
    assert doc["title"].startswith("Kazakhstanis returning from Syria")
    assert not any(m.startswith("good.txt") for m in messages)


def test_decoded_text_is_right(loaded):
    docs = loaded[0].documents.set_index("doc_id")
    assert docs.loc["cp1251", "title"] == "Суд вынес приговор вербовщику"
    assert docs.loc["cp1251", "author"] == "Иван Петров"
    assert docs.loc["cp1251", "encoding"] == "cp1251"
    assert docs.loc["latin1", "author"] == "José García"
    assert "the café said" in docs.loc["latin1", "text"]
    for name in ("bom", "crlf"):
        assert docs.loc[name, "title"] == "Café owners protest in Almaty"
        assert "\r" not in docs.loc[name, "text"] and "\ufeff" not in docs.loc[name, "text"]
    assert docs.loc["bom_cp1252", "author"] == "José García"
    assert docs.loc["bom_cp1252", "encoding"] == "cp1252"
    assert docs.loc["cp1251_gap", "title"] == "Суд вынес приговор вербовщику\ufffd"
    assert docs.loc["markup", "author"] == "John Doe"
    assert "Monday & discussed" in docs.loc["markup", "text"]
    assert "var x" not in docs.loc["markup", "text"]
    assert pd.isna(docs.loc["untitled", "title"])
    assert docs.loc["untitled", "text"].startswith("the officials met on monday")


def test_strict_turns_warnings_into_one_error(folder):
    with pytest.raises(SourceError) as err:
        load_corpus(folder, sources=folder / "none.csv", strict=True)
    for name in BAD:
        assert name in str(err.value)


def test_huge_file_is_rejected_without_being_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # a sparse 50 MB file
        f.truncate(50 * 1024 * 1024)
    (tmp_path / "good.txt").write_bytes(GOOD)
    start = time.process_time()  # CPU time: another test worker's load does not count
    with pytest.warns(SourceWarning, match=r"huge\.txt: the file is 52\.4 MB.*not read"):
        corpus = load_corpus(tmp_path, sources=tmp_path / "none.csv")
    assert time.process_time() - start < 2
    assert list(corpus.documents["doc_id"]) == ["good"]
    with pytest.raises(SourceProblem, match="MB"):
        read_source(big)
    assert MAX_BYTES < 50 * 1024 * 1024


def test_decode_bytes_cases():
    with pytest.raises(SourceProblem, match="empty"):
        decode_bytes(b"")
    assert decode_bytes("Привет, мир".encode("utf-16")).encoding == "utf-16"
    assert decode_bytes("наш текст".encode("cp1251")).text == "наш текст"
    assert decode_bytes("déjà vu".encode("cp1252")).text == "déjà vu"
    assert decode_bytes(b"plain").notes == []


def test_only_replacements_made_while_decoding_are_reported():
    kept = decode_bytes("A sign \ufffd printed in the article.\n".encode())
    assert kept.notes == [] and "\ufffd" in kept.text
    made = decode_bytes(b"<p>Null &#0; entity in the page.</p>")
    assert made.notes[-1] == "some characters could not be decoded; each was replaced by U+FFFD"


def test_damaged_utf16_is_a_source_problem_not_a_crash():
    for data in (b"\xff\xfe" + "Hello".encode("utf-16-le") + b"!",
                 b"\xfe\xff" + "\ud800".encode("utf-16-be", "surrogatepass") + b"\x00A"):
        with pytest.raises(SourceProblem, match="byte-order mark but is not valid UTF-16"):
            decode_bytes(data)


def test_strip_html_keeps_blocks_apart():
    text = strip_html("<div>One</div><p>Two &lt;b&gt;</p><style>p {}</style><br>Three")
    assert text.split("\n\n") == ["One", "Two <b>", "Three\n"]


# --- odd folder entries, and encodings chosen by real words ----------------------------------

def test_odd_entries_are_skipped_by_name_and_nothing_blocks(tmp_path):
    import os
    import threading

    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD)
    (folder / "UPPER.TXT").write_bytes(GOOD.replace(b"Kazakhstanis", b"Kazakh people"))
    (folder / "dir.txt").mkdir()
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "outside.txt").write_bytes(GOOD)
    (folder / "outside.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "inside.txt").symlink_to(folder / "good.txt")
    os.mkfifo(folder / "fifo.txt")
    result: dict = {}

    def load():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result["corpus"] = load_corpus(folder, sources=tmp_path / "none.csv")
        result["warnings"] = [str(w.message) for w in caught]

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(60)
    if thread.is_alive():  # unblock the FIFO so the thread can end, then fail
        with open(folder / "fifo.txt", "wb"):
            pass
        pytest.fail("loading the folder blocked on a FIFO")
    docs = result["corpus"].documents
    assert sorted(docs["doc_id"]) == ["UPPER", "good", "inside"]
    named = {w.split(":")[0] for w in result["warnings"]}
    assert {"dir.txt", "dangling.txt", "passwd.txt", "outside.txt", "fifo.txt"} <= named
    assert not any("root:" in text for text in docs["text"])


def test_utf16_without_a_byte_order_mark_is_text():
    for text in (EN_ARTICLE, RU_ARTICLE):
        for encoding in ("utf-16-le", "utf-16-be"):
            decoded = decode_bytes(text.encode(encoding))
            assert decoded.text == text and decoded.encoding == encoding
            assert "no byte-order mark" in decoded.notes[0]


@pytest.mark.parametrize("text", [
    "Müller und Söhne: Café in Zürich schließt\n\nDie Inhaber sagten, sie würden die Steuer"
    " nicht zahlen. Die Proteste dauerten zwei Tage.\n",
    "Des réfugiés à Almaty\n\nLes propriétaires du café ont déjà dit qu'ils ne paieraient pas"
    " la taxe. Les manifestations ont duré deux jours à côté de la gare.\n",
    EN_ARTICLE,
])
def test_western_legacy_text_is_not_read_as_cyrillic(text):
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text and decoded.encoding in {"cp1252", "latin-1"}
    assert "Western" in decoded.notes[0]


def test_cyrillic_legacy_text_is_still_cyrillic():
    decoded = decode_bytes(RU_ARTICLE.encode("cp1251"))
    assert decoded.text == RU_ARTICLE and "Cyrillic" in decoded.notes[0]


def test_a_nul_byte_is_a_note_not_the_loss_of_the_article():
    data = EN_ARTICLE.encode("utf-8").replace(b"The owners", b"The\x00 owners")
    decoded = decode_bytes(data)
    assert decoded.text == EN_ARTICLE and decoded.notes == ["1 NUL byte(s) removed"]


def test_strip_html_decodes_an_entity_once_so_escaped_markup_stays_text():
    text = strip_html("<p>Title &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</p>")
    assert text == "Title &lt;script&gt;alert(1)&lt;/script&gt;\n"


def test_names_differing_only_in_the_case_of_the_extension_keep_both_articles(tmp_path):
    """'a.txt' and 'a.TXT' share the stem 'a': both load, under distinct ids, with one line
    naming both files; nothing is shadowed."""
    (tmp_path / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (tmp_path / "a.TXT").write_text(RU_ARTICLE, encoding="utf-8")
    (tmp_path / "b.Txt").write_bytes(GOOD)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path, sources=tmp_path / "none.csv")
    docs = corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == ["a", "a.TXT", "b"]
    assert docs.loc["a", "file"] == "a.txt" and docs.loc["a.TXT", "file"] == "a.TXT"
    assert docs.loc["a", "title"] == "Café owners protest in Almaty"
    assert docs.loc["a.TXT", "title"] == "Суд вынес приговор вербовщику"
    messages = [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]
    assert len(messages) == 1 and messages[0].startswith("a.TXT: ") and "a.txt" in messages[0]
    assert list(corpus.problems["action"]) == ["loaded"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = load_corpus(tmp_path, sources=tmp_path / "none.csv")  # the same ids every run
    assert list(again.documents["doc_id"]) == list(corpus.documents["doc_id"])


def test_doc_ids_stay_distinct_when_a_whole_name_is_another_files_stem():
    from pathlib import Path

    from helpers.doc_ids import doc_ids

    paths = [Path(n) for n in ("a.TXT.txt", "a.txt", "a.TXT", "c.TXT", "c.Txt", "seed_1.txt")]
    ids, notes = doc_ids(paths)
    assert ids == {Path("a.TXT.txt"): "a.TXT", Path("a.txt"): "a", Path("a.TXT"): "a.TXT~2",
                   Path("c.TXT"): "c", Path("c.Txt"): "c.Txt", Path("seed_1.txt"): "seed_1"}
    assert [name for name, _ in notes] == ["a.TXT", "c.Txt"]
    assert "c.TXT keeps 'c'" in notes[1][1] and "'a.TXT~2'" in notes[0][1]


def test_line_fates_reads_the_file_of_an_id_whose_extension_is_not_lower_case(tmp_path):
    """line_fates finds 'b.Txt' under its doc_id 'b', and 'a.TXT' under 'a.TXT' (not a.txt)."""
    (tmp_path / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (tmp_path / "a.TXT").write_text(RU_ARTICLE, encoding="utf-8")
    (tmp_path / "b.Txt").write_bytes(GOOD)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(tmp_path, sources=tmp_path / "none.csv")
    for doc_id, text in (("a.TXT", RU_ARTICLE), ("b", GOOD.decode("utf-8"))):
        fates = line_fates(doc_id, tmp_path, corpus.removed)
        assert list(fates["line"]) == text.rstrip("\n").split("\n")  # that file, every line
    with pytest.raises(FileNotFoundError, match="'c'"):
        line_fates("c", tmp_path, corpus.removed)
