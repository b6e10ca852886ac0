"""Word lists that were patterns in code (round 7): the rules read them from helpers/lexicon,
so a word added to a file changes what the rules find, in every module that uses the list."""

from __future__ import annotations

from helpers.captions import source_credit
from helpers.furniture import _is_cookie_notice
from helpers.furniture_zones import _caption_line
from helpers.menus import is_tail_label
from helpers.numbers import not_a_count


def _add(folder, name: str, term: str) -> None:
    with (folder / f"{name}.csv").open("a", encoding="utf-8") as f:
        f.write(f"{term},added by a test\n")


def _year(text: str) -> bool | None:
    at = text.index("2016")
    return not_a_count(text, at, at + 4, 2016.0, False)


def test_source_labels_are_read_by_both_rules_that_use_them(word_lists):
    credit = "Heimild: RÚV"  # Icelandic 'source', a label the list does not hold
    tail = ("Heimild: haftalık bülten, sayı 779, otuz mayıs günü yayımlanan ve çevrimiçi"
            " paylaşılan son sayı")
    assert source_credit("Source: N1") and source_credit("Quelle: AFP")
    assert is_tail_label("Source : weekly letter, no. 779, published on the thirtieth of May and"
                         " shared online as the last issue")
    assert not source_credit(credit) and not is_tail_label(tail)
    _add(word_lists, "source_labels", "heimild")
    assert source_credit(credit) and is_tail_label(tail)


def test_reporting_words_keep_a_line_in_both_rules_that_use_them(word_lists):
    cookie = "We use cookies, the minister stated, and you may accept them."
    caption = "Police stated on Monday"
    assert _is_cookie_notice("We use cookies. By continuing you accept our cookie policy.")
    assert not _is_cookie_notice("We use cookies, the minister said, and you accept them.")
    assert _is_cookie_notice(cookie) and _caption_line(caption)
    _add(word_lists, "reporting_words", "stated")
    assert not _is_cookie_notice(cookie) and not _caption_line(caption)


def test_year_context_words_are_read(word_lists):
    assert _year("They returned in 2016 to the city.") is True
    assert _year("Les 2016 rapatriés") is None  # no word of a year before it: may be a count
    _add(word_lists, "year_context_words", "les")
    assert _year("Les 2016 rapatriés") is True


def test_every_english_month_name_of_the_date_reader_makes_a_number_a_date():
    """numbers reads its month names from helpers.dates (dateparser's locale data), the one
    place month names come from: each full or abbreviated name beside a number is a date."""
    from helpers.dates import month_names
    names = sorted(month_names("en"))
    assert {"january", "sept", "dec"} <= set(names)
    for name in names:
        for text in (f"On 6 {name.title()} the camp was closed.",
                     f"On {name.title()}. 6 the camp was closed."):
            at = text.index("6")
            assert not_a_count(text, at, at + 1, 6.0, False) is True, text
