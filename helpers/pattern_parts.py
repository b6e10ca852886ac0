"""Compiling a long pattern that holds the same part many times, each part parsed once.

The figure grammar (helpers.figure_grammar) holds the pattern of a number
(numbers.number_words().number, tens of thousands of characters: every number word of every
language) about a dozen times; re.compile would parse every copy of it again, which was most of
the grammar's build time. `compile_parts(template, parts, flags)` gives the same compiled pattern
as `re.compile(expand(template, parts), flags)`: each placeholder of the template (a character
of Unicode's private use area, PLACEHOLDERS) stands for its part in a group of its own
("(?:part)"). The template and each part are parsed once, and the part's parse is put where
each of its placeholders stands, which is what the parser makes of the whole text: it reads a
group "(?:...)" on its own and puts what it read in the place of the group. So the compiler
gets the same parse and writes the same code (tests/test_pattern_parts.py compares them, on
the figure grammar too).

Where the template's parse does not keep each placeholder as a character of its own (two
alternatives that both start with one, a placeholder alone in an alternative, in a character
class), where a part holds a group that captures or sets flags, or where this Python's parser
works otherwise, the whole text is compiled by re.compile.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# private modules of the re package (Python 3.11 on): its parser, compiler and engine
_PARSER: Any = importlib.import_module("re._parser")
_COMPILER: Any = importlib.import_module("re._compiler")
_ENGINE: Any = importlib.import_module("_sre")

PLACEHOLDERS = tuple(chr(0xE000 + k) for k in range(8))


class _Unsafe(Exception):
    """The parse of the template or a part is not one that can be put together."""


def expand(template: str, parts: dict[str, str]) -> str:
    """The text of the pattern: each placeholder of template replaced by "(?:part)"."""
    for mark, part in parts.items():
        template = template.replace(mark, f"(?:{part})")
    return template


def compile_parts(template: str, parts: dict[str, str], flags: int = 0) -> re.Pattern:
    """re.compile(expand(template, parts), flags), each part parsed once (the same pattern:
    its code, groups and flags; its .pattern is the expanded text). Like re.compile, it keeps
    the patterns it made: a rule built again from the same lists (a copy of them) gets the
    same pattern at once."""
    return _compiled(template, tuple(parts.items()), int(flags))


@lru_cache(maxsize=16)
def _compiled(template: str, parts: tuple[tuple[str, str], ...], flags: int) -> re.Pattern:
    text = expand(template, dict(parts))
    try:
        return _put_together(text, template, dict(parts), flags)
    except Exception:  # noqa: BLE001 - anything unexpected: the plain way (its own errors)
        return re.compile(text, flags)


def _put_together(text: str, template: str, parts: dict[str, str], flags: int) -> re.Pattern:
    tree, code = parts_code(template, parts, flags)
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return _ENGINE.compile(text, flags | state.flags, code, state.groups - 1, state.groupdict,
                           tuple(indexgroup))


def parts_code(template: str, parts: dict[str, str], flags: int = 0) -> tuple[Any, list[int]]:
    """The parse of the pattern put together from the parses of the template and the parts,
    and the code the compiler writes for it (the tests compare it with the code of the
    expanded text); _Unsafe where they cannot be put together."""
    if not set(parts) <= set(PLACEHOLDERS) or any(
            mark in part for part in parts.values() for mark in PLACEHOLDERS):
        raise _Unsafe
    # each placeholder read as a group of its own: where it is not an atom of the pattern (in a
    # character class, a comment), the parse holds it in no place of its own
    tree = _PARSER.parse(expand(template, {mark: mark for mark in parts}), flags)
    trees = {ord(mark): _part_tree(part, flags) for mark, part in parts.items()}
    if any(part.state.flags != tree.state.flags for part in trees.values()):
        raise _Unsafe
    found: dict[int, int] = {}
    _splice(tree, trees, found)
    if found != {ord(mark): n for mark in parts if (n := template.count(mark))}:
        raise _Unsafe  # a placeholder merged into a set or taken out of alternatives
    return tree, _COMPILER._code(tree, flags)


def text_code(text: str, flags: int = 0) -> list[int]:
    """The code the compiler writes for a pattern's text, parsed as a whole (re.compile's)."""
    return _COMPILER._code(_PARSER.parse(text, flags), flags)


@lru_cache(maxsize=4)  # a parse of the number pattern is large: the current lists' few
def _part_tree(part: str, flags: int) -> Any:
    """The parse of "(?:part)" (shared by every pattern that holds the part: the compiler only
    reads it); a part must hold no group that captures, no back reference, no flags."""
    tree = _PARSER.parse(f"(?:{part})", flags)
    if tree.state.groups != 1 or tree.state.flags != _PARSER.parse("", flags).state.flags:
        raise _Unsafe
    return tree


def _splice(node: Any, trees: dict[int, Any], found: dict[int, int]) -> None:
    """Put each part's parse where its placeholder is, in node (a parse of the template) and
    the parses below it; widths the parser noted are measured again."""
    items = []
    for op, arg in node.data:
        if op is _PARSER.LITERAL and arg in trees:
            items.extend(trees[arg].data)
            found[arg] = found.get(arg, 0) + 1
            continue
        if op in (_PARSER.GROUPREF, _PARSER.GROUPREF_EXISTS):
            raise _Unsafe  # its width is the group's, noted by the parser before the splice
        items.append((op, arg))
        for below in _below(arg):
            _splice(below, trees, found)
    node.data[:] = items
    node.width = None


def _below(arg: Any) -> list[Any]:
    """The parses (SubPattern) inside one item's argument."""
    if isinstance(arg, _PARSER.SubPattern):
        return [arg]
    if isinstance(arg, (tuple, list)):
        return [sub for value in arg for sub in _below(value)]
    return []
