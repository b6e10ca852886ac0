"""The raw seeds are immutable, and each seed parses to what a careful reader finds in it.

The five seeds are the files listed in seeds/SHA256SUMS; an article a seminar adds to seeds/ is
a further .txt file under another name, which these tests allow.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEED_IDS, SEEDS
from conftest import seed_checksums as _checksums

SHARED_SEEDS = Path("/work/shared/seeds")


def test_seed_folder_holds_five_articles_and_their_checksums():
    listed = {*_checksums(), "SHA256SUMS"}
    names = {p.name for p in SEEDS.iterdir()}
    assert len(_checksums()) == 5
    assert sorted(listed - names) == [], "a seed or SHA256SUMS is missing"
    added = sorted(names - listed)
    assert all(name.endswith(".txt") for name in added), f"not an article: {added}"


@pytest.mark.parametrize("name", sorted(_checksums()))
def test_seed_bytes_match_sha256sums(name):
    digest = hashlib.sha256((SEEDS / name).read_bytes()).hexdigest()
    assert digest == _checksums()[name], f"seeds/{name} changed"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared copy of the seeds here")
@pytest.mark.parametrize("name", sorted(_checksums()))
def test_seed_bytes_match_shared_copy(name):
    assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes()


def test_documents_sha256_column_is_the_file_hash(seed_corpus):
    assert dict(zip(seed_corpus.documents["file"], seed_corpus.documents["sha256"],
                    strict=True)) == _checksums()


# What a careful reader finds: title, author, and the date with its basis.
# (doc_id, title, author, published or None, earliest, latest, basis)
READER = [
    ("000_5aa293250e0fc64e", "Syrian militants may come to Kazakhstan", "Dmitriy Khegai",
     "2013-09-25", "2013-09-25", "2013-09-25", "stated"),
    ("001_f296294bf3f9221a", "300 Kazakhstanis joined Islamic State, half of them - women",
     "Dinara Urazova", "2014-11-20", "2014-11-20", "2014-11-20", "stated"),
    ("002_470278bf6f952a16", "Kazak Authorities Seek Return of Syria Fighters", "Gaziza Baituova",
     "2013-11-25", "2013-11-25", "2013-11-25", "cited"),
    ("003_609f6d418b59efb3", "Kazakhstanis returning from Syria and Iraq face difficult road home",
     "Arman Kaliyev", "2017-11-24", "2017-11-24", "2017-11-24", "cited"),
    ("004_a8144fba6b505cff", "Concern in Kazakhstan over Returning Foreign Fighters from Syria",
     "Zenn", None, "2018-03-06", "2018-12-31", "cited"),
]


def test_reader_table_covers_every_seed():
    assert sorted(row[0] for row in READER) == SEED_IDS


@pytest.mark.parametrize(("doc_id", "title", "author", "published", "earliest", "latest", "basis"),
                         READER)
def test_seed_fields_with_curated_values(seed_corpus, doc_id, title, author, published, earliest,
                                         latest, basis):
    doc = seed_corpus.documents.set_index("doc_id").loc[doc_id]
    assert doc["title"] == title
    assert doc["author"] == author
    assert doc["date_basis"] == basis
    if published is None:
        assert pd.isna(doc["published"])
    else:
        assert doc["published"] == pd.Timestamp(published)
    assert doc["published_earliest"] == pd.Timestamp(earliest)
    assert doc["published_latest"] == pd.Timestamp(latest)
    assert doc["year"] == int(earliest[:4])
    assert doc["outlet"] and doc["url"].startswith("https://")


# What the parser alone finds (no curated table): printed dates are stated, a date known only
# from a dated source that the article cites is cited, and nothing else is guessed.
PARSED = [
    ("000_5aa293250e0fc64e", "2013-09-25", "25 сентября 2013, 14:51", "stated"),
    ("001_f296294bf3f9221a", "2014-11-20", "20 November 2014 | 17:41", "stated"),
    ("002_470278bf6f952a16", None, None, "unknown"),
    ("003_609f6d418b59efb3", None, None, "unknown"),
    ("004_a8144fba6b505cff", None, "6 March 2018", "cited"),
]


@pytest.mark.parametrize(("doc_id", "published", "date_text", "basis"), PARSED)
def test_seed_dates_as_parsed(parsed_seed_corpus, doc_id, published, date_text, basis):
    doc = parsed_seed_corpus.documents.set_index("doc_id").loc[doc_id]
    assert doc["date_basis"] == basis
    assert (None if pd.isna(doc["date_text"]) else doc["date_text"]) == date_text
    if published is None:
        assert pd.isna(doc["published"])
    else:
        assert doc["published"] == pd.Timestamp(published)


def test_cited_date_is_a_lower_bound_only(parsed_seed_corpus):
    doc = parsed_seed_corpus.documents.set_index("doc_id").loc["004_a8144fba6b505cff"]
    assert doc["published_earliest"] == pd.Timestamp("2018-03-06")
    assert pd.isna(doc["published_latest"]) and pd.isna(doc["year"])


@pytest.mark.parametrize(("doc_id", "title", "author"), [row[:3] for row in READER])
def test_seed_title_and_author_as_parsed(parsed_seed_corpus, doc_id, title, author):
    doc = parsed_seed_corpus.documents.set_index("doc_id").loc[doc_id]
    assert (doc["title"], doc["author"]) == (title, author)


def test_parsed_url_only_where_the_seed_prints_one(parsed_seed_corpus):
    urls = parsed_seed_corpus.documents.set_index("doc_id")["url"].dropna().to_dict()
    assert urls == {"002_470278bf6f952a16":
                    "https://iwpr.net/global-voices/kazak-authorities-seek-return-syria-fighters"}


def test_seeds_load_without_problems_or_disagreements(seed_corpus):
    assert seed_corpus.problems.empty
    assert seed_corpus.disagreements.empty
    assert list(seed_corpus.documents["doc_id"]) == SEED_IDS
    assert set(seed_corpus.documents["language"]) == {"en"}
    assert set(seed_corpus.documents["encoding"]) == {"utf-8"}
