"""CITATION.cff is valid Citation File Format 1.2.0, and LICENSE says what is under which terms.

cffconvert itself cannot be pinned beside the jupyter stack (its pins conflict), so the check is
the one cffconvert makes: validation against the CFF 1.2.0 JSON schema, with the `jsonschema`
package of the environment. The schema is vendored in tests/cff_schema_1.2.0.json, copied
unchanged from the cffconvert 2.0.0 package on PyPI (cffconvert/schemas/1.2.0/schema.json), which
ships the schema published at https://citation-file-format.github.io/1.2.0/schema.json (source:
https://github.com/citation-file-format/citation-file-format/blob/1.2.0/schema.json, CC BY 4.0).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import REPO

from helpers.site import version

SCHEMA = Path(__file__).resolve().parent / "cff_schema_1.2.0.json"


def _citation() -> dict:
    data = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    # YAML reads an unquoted date as a date; the schema (like cffconvert) expects its text.
    return json.loads(json.dumps(data, default=lambda v: v.isoformat()
                                 if isinstance(v, datetime.date) else str(v)))


def _validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_citation_file_is_valid_cff_1_2_0():
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}"
              for e in _validator().iter_errors(_citation())]
    assert errors == []


@pytest.mark.parametrize("broken", [{"authors": []}, {"cff-version": "1.1.0"},
                                    {"license": "not-a-licence"}, {"title": None}])
def test_the_schema_check_can_fail(broken):
    citation = _citation() | broken
    assert list(_validator().iter_errors(citation)), broken


def test_citation_names_the_version_and_both_licences():
    citation = _citation()
    assert citation["version"] == version(REPO)
    assert set(citation["license"]) == {"MIT", "CC-BY-4.0"}


def test_licence_covers_code_text_data_and_the_seed_articles():
    text = " ".join((REPO / "LICENSE").read_text(encoding="utf-8").split())
    for phrase in ("MIT License", "Creative Commons Attribution 4.0", "seed articles",
                   "remain the property of their publishers", "teaching and research",
                   "hand-coded tables"):
        assert phrase in text, phrase
