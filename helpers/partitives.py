"""Turkish partitive counts: the parts of a group printed before it, each a number with the
possessive suffix and the place or kind it names ("32’si Almanya, 19’u Fransa ... olmak üzere 282
yabancı terörist savaşçı": 32 of the 282 are German). Each part is a count of the group's people;
the group is the first count of people that follows the parts in the same sentence, and the parts
add up to no more than it."""

from __future__ import annotations

import re

# a number, an apostrophe and the possessive suffix ("of them"), then a capitalised name
_PART = re.compile(r"(?<![\w.,’'])(?P<num>\d{1,3}(?:\.\d{3})*+)['’](?:si|sı|su|sü|i|ı|u|ü)\b"
                   r"\s++(?P<name>[A-ZÇĞİÖŞÜ][\w’'-]*+(?:\s++[A-ZÇĞİÖŞÜ][\w’'-]*+)?)")


def partitive_counts(text: str, found: list[dict]) -> list[dict]:
    """The parts of a later group in `text` (one sentence) as figure rows, the group being the
    first of `found` (the sentence's figures) printed after the last part; [] when there is
    none or the parts add up to more than it."""
    if "'" not in text and "’" not in text:
        return []  # every part has an apostrophe before its suffix: none to search for
    parts = list(_PART.finditer(text))
    if not parts:
        return []
    after = parts[-1].end()
    group = next((r for r in found if text.find(r["excerpt"], after) >= 0), None)
    values = [float(p.group("num").replace(".", "")) for p in parts]
    if group is None or sum(values) > group["value"]:
        return []
    return [{"value": v, "low": v, "high": v, "qualifier": "exact",
             "population": f"{group['population']} ({p.group('name')})",
             "excerpt": p.group(0)} for v, p in zip(values, parts, strict=True)]
