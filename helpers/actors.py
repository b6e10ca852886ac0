"""Who is speaking: names as printed, normalised and resolved to one actor of data/actors.csv.

Spelling variants of the country and its people ("Kazak", "Kazakstan") are normalised before
the alias lookup, so the aliases need list only one spelling. Matching is case-insensitive and
whole-word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import pandas as pd

from . import lexicon
from .paths import data_dir, data_file
from .validation import read_table

_SPELLINGS = [
    (re.compile(r"\bKazakstan", re.IGNORECASE), "Kazakhstan"),
    (re.compile(r"\bKazak(?!h)", re.IGNORECASE), "Kazakh"),
]
_SPELLING_STEM = "kazak"  # what every pattern of _SPELLINGS needs (in any case)
ACTOR_COLUMNS = ["actor_id", "canonical_name", "aliases", "role", "institution", "actor_type"]


def normalise_name(text: str) -> str:
    """One spelling for names: Kazak -> Kazakh, Kazakstan -> Kazakhstan, spaces collapsed."""
    if _SPELLING_STEM in text.lower():  # both spellings start so; most names need neither
        for pattern, replacement in _SPELLINGS:
            text = pattern.sub(partial(_same_case, replacement=replacement), text)
    return " ".join(text.split())


def _same_case(m: re.Match[str], replacement: str) -> str:
    return replacement if m.group(0)[0].isupper() else replacement.lower()


class ActorsError(ValueError):
    """data/actors.csv does not hold what the other tables rely on; the message names the file."""


def load_actors(path: Path | str | None = None) -> pd.DataFrame:
    """data/actors.csv, checked: actor_id, canonical_name, aliases (";"-separated), role,
    institution, actor_type, notes; every column present, ids and canonical names unique."""
    path = Path(path) if path is not None else data_dir() / "actors.csv"
    table = read_table("actors", path, ActorsError)
    missing = [c for c in ACTOR_COLUMNS if c not in table.columns]
    if missing:
        raise ActorsError(f"{path}: missing column(s) {', '.join(missing)}")
    for column in ("actor_id", "canonical_name"):
        repeated = sorted(set(table.loc[table[column].duplicated(), column]))
        if repeated:
            raise ActorsError(f"{path}: {column} must be unique, repeated: {repeated}")
    return table


@dataclass(frozen=True)
class Actor:
    """One row of actors.csv."""

    actor_id: str
    canonical_name: str
    role: str
    institution: str
    actor_type: str

    @property
    def is_person(self) -> bool:
        """A person or an unnamed source rather than an institution or outlet (a news outlet
        is never a person, even when its row spells the institution differently)."""
        return self.canonical_name != self.institution and self.actor_type != "news outlet"


def _version(path: Path | str | None) -> tuple[str, int, int]:
    """The cache key of an actors file: path, size and modification time (an edited file is
    read again in a running kernel)."""
    return lexicon.file_version(str(path or data_file("actors.csv")))


@lru_cache(maxsize=8)
def _rows(version: tuple[str, int, int]) -> tuple[tuple[Actor, str], ...]:
    """Each actor of one version of an actors file with its aliases, in file order (the file
    is read once per version)."""
    return tuple((Actor(*(str(row[c]) for c in ACTOR_COLUMNS if c != "aliases")),
                  str(row["aliases"])) for row in load_actors(version[0]).to_dict("records"))


@lru_cache(maxsize=8)
def _alias_patterns(version: tuple[str, int, int]) -> tuple[tuple[re.Pattern, Actor], ...]:
    patterns = []
    for actor, aliases in _rows(version):
        names = {actor.canonical_name, *aliases.split(";")}
        for name in names:
            name = normalise_name(name.strip())
            if len(name) > 2:
                patterns.append((re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE),
                                 actor, len(name)))
    patterns.sort(key=lambda p: -p[2])
    return tuple((p, a) for p, a, _ in patterns)


def find_actor(phrase: str, path: Path | str | None = None) -> Actor | None:
    """The actor a phrase names, or None.

    Among all aliases found in the phrase a person beats an institution ("the chairman of the
    National Security Committee Nurtai Abykayev" is Abykayev), then the longest alias wins.
    """
    return _find_written(phrase, _version(path))


@lru_cache(maxsize=4096)
def _find_written(phrase: str, version: tuple[str, int, int]) -> Actor | None:
    """find_actor for a phrase as written (rules ask for the same phrase again and again:
    normalised once)."""
    return _find_actor(normalise_name(phrase), version)


@lru_cache(maxsize=4096)
def _find_actor(phrase: str, version: tuple[str, int, int]) -> Actor | None:
    """find_actor for a normalised phrase, remembered per version of the actors file like its
    alias patterns (extraction asks for the same speaker phrases again and again)."""
    found = [actor for pattern, actor in _alias_patterns(version) if pattern.search(phrase)]
    if not found:
        return None
    people = [a for a in found if a.is_person]
    return (people or found)[0]


def canonical_speaker(phrase: str, path: Path | str | None = None) -> str:
    """The canonical name for a phrase, or the phrase itself (normalised) when no actor fits."""
    actor = find_actor(phrase, path)
    return actor.canonical_name if actor else normalise_name(phrase)


@lru_cache(maxsize=8)
def _person_roles(version: tuple[str, int, int]) -> tuple[tuple[str, str], ...]:
    """(canonical_name, normalised lower-case role) of each person with a role, in file order;
    remembered per version of the actors file like _alias_patterns (roles are looked up per
    sentence). A news outlet's role ("news agency") is no person's."""
    return tuple((actor.canonical_name, normalise_name(actor.role).lower())
                 for actor, _ in _rows(version) if actor.is_person and actor.role)


def actor_by_role(description: str, prefer: str = "", path: Path | str | None = None) -> str:
    """The canonical name of the person whose role a description gives ("chairman of the
    National Security Committee"), or "" when none or several fit; `prefer` wins a tie."""
    description = normalise_name(description).lower()
    fits = [name for name, role in _person_roles(_version(path))
            if role in description or description in role]
    if prefer in fits:
        return prefer
    return fits[0] if len(fits) == 1 else ""


def state_actor_types() -> tuple[str, ...]:
    """The actor types whose speakers speak for the state of Kazakhstan, from the word list
    helpers/lexicon/state_actor_types.csv (re-read when the file changes)."""
    return lexicon.terms("state_actor_types")


def speaks_for_state(actor_types: pd.Series) -> pd.Series:
    """True where an actor_type (of stances, occasions or actors) speaks for the state."""
    return actor_types.isin(state_actor_types())
