"""Literal strings a regular expression cannot match without, and a screen built from them.

A pattern of many alternatives costs Python's regex engine a try of every alternative at
every position of the text. Most text contains none of the literals those alternatives are
built around ("receipt", "will renew", "preiserhöhung"); one Aho-Corasick pass over the text
for all of them tells which patterns can match at all, and only those are searched. The same
pass tells which of a pattern's own alternatives can match: the pattern is narrowed to them, so a
text that carries "invoice" is not tried against two hundred other receipt phrasings at every
position. The screen never changes a result: an alternative it rules out has no match in the text,
and the leftmost match among the rest is the leftmost match of the whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick_rs

MAX_SET = 200
"""Largest set of alternative strings expanded for one stretch of a pattern."""
_SMALL_CLASS = 4
"""A character class of at most this many characters is expanded (``[o']``)."""

Strings = frozenset[str]


def necessary_literals(pattern: re.Pattern[str]) -> Strings | None:
    """Strings one of which every match of ``pattern`` contains, or ``None`` when there is no such set
    (an alternative with no literal, case-insensitive matching).

    >>> sorted(necessary_literals(re.compile(r"\\breceipt\\b|invoice (?:no|#)")))
    ['invoice #', 'invoice no', 'receipt']
    """
    return _source_literals(pattern.pattern, pattern.flags)


def _source_literals(source: str, flags: int) -> Strings | None:
    """``necessary_literals`` of a pattern's source, parsed but not compiled."""
    if flags & re.IGNORECASE:
        return None
    return _necessary(P.parse(source, flags))


def _necessary(items: Any) -> Strings | None:
    """The best necessary set of a sequence: each stretch of exactly-known elements gives one
    (all the strings the stretch can match), and so does each element that must occur."""
    candidates: list[Strings | None] = []
    stretch: set[str] = {""}
    for op, av in items:
        exact = _exact_item(op, av)
        longer = _product(stretch, exact) if exact is not None else None
        if longer is not None:
            stretch = longer
            continue
        candidates.append(frozenset(stretch))
        stretch = exact if exact is not None else {""}
        if exact is None:
            candidates.append(_necessary_item(op, av))
    candidates.append(frozenset(stretch))
    usable = [c for c in candidates if c and "" not in c]
    return max(usable, key=_selectivity) if usable else None


def _necessary_item(op: Any, av: Any) -> Strings | None:
    if op is C.SUBPATTERN:
        return _necessary(av[-1]) if not (av[1] or av[2]) else None  # no inline flags
    if op is C.BRANCH:
        found = [_necessary(branch) for branch in av[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _necessary(av[2])
    return None


def _selectivity(strings: Strings) -> tuple[int, int]:
    """Longer strings occur in less text; fewer of them, too."""
    return min(map(len, strings)), -len(strings)


def _exact_item(op: Any, av: Any) -> set[str] | None:
    """Every string one element can match, when that is a small finite set."""
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero-width: consumes nothing
    if op is C.IN:
        return _exact_class(av)
    if op is C.SUBPATTERN:
        return _exact(av[-1]) if not (av[1] or av[2]) else None
    if op is C.BRANCH:
        strings: set[str] = set()
        for branch in av[1]:
            exact = _exact(branch)
            if exact is None:
                return None
            strings |= exact
        return strings if len(strings) <= MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] <= 1:
        exact = _exact(av[2])
        if exact is None:
            return None
        return exact | {""} if av[0] == 0 else exact
    return None


def _exact_class(av: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is C.LITERAL:
            chars.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < _SMALL_CLASS:
            chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
        else:
            return None  # negated, a category (\d, \w) or a wide range
    return chars if len(chars) <= _SMALL_CLASS else None


def _exact(items: Any) -> set[str] | None:
    strings: set[str] | None = {""}
    for op, av in items:
        strings = _product(strings, _exact_item(op, av)) if strings is not None else None
        if strings is None:
            return None
    return strings


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > MAX_SET:
        return None
    return {a + b for a in left for b in right}


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern, a group around a whole alternative opened up.

    >>> alternatives(r"(?:a|b(?:c|d))|[|]e|(?:f)+|(?:g)h(?:i)")
    ['a', 'b(?:c|d)', '[|]e', '(?:f)+', '(?:g)h(?:i)']
    """
    found: list[str] = []
    for part in _split_top_level(source):
        inner = _whole_group(part)
        found.extend(alternatives(inner) if inner is not None else [part])
    return found


def _structure(source: str) -> Iterator[tuple[int, str]]:
    """Where a pattern opens and closes groups and separates alternatives: its unescaped
    ``(``, ``)`` and ``|`` outside character classes."""
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 if source.startswith("^", i + 1) else 0
            i += 1 if source.startswith("]", i + 1) else 0  # a "]" first in a class is itself
        elif char in "()|":
            yield i, char
        i += 1


def _split_top_level(source: str) -> list[str]:
    parts: list[str] = []
    depth = start = 0
    for i, char in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        else:
            depth += _DEPTH.get(char, 0)
    return [*parts, source[start:]]


_DEPTH = {"(": 1, ")": -1}


def _whole_group(part: str) -> str | None:
    """What a non-capturing group spanning all of ``part`` holds, else ``None``."""
    if not part.startswith("(?:"):
        return None
    depth = 0
    for i, char in _structure(part):
        depth += _DEPTH.get(char, 0)
        if depth == 0:
            return part[3:-1] if i == len(part) - 1 else None
    return None


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
NEVER = re.compile(r"(?!)")
"""Matches nothing: what the screen leaves of a pattern none of whose literals occur."""


class Narrowed(dict[str, re.Pattern[str]]):
    """The patterns that may match a text, by name, each cut down to what may match there; a
    name the screen ruled out gives ``NEVER``."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        return NEVER


@functools.lru_cache(maxsize=4096)
def _joined(parts: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


class LiteralScreen:
    """Which of several named patterns can match a text, and which of their alternatives, found in
    one pass over it."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        owners: dict[str, set[tuple[str, int]]] = {}
        always: set[tuple[str, int]] = set()
        self._patterns = dict(patterns)
        self._parts: dict[str, tuple[str, ...]] = {}
        for name, pattern in patterns.items():
            parts = self._parts[name] = self._split(pattern)
            for index, part in enumerate(parts):
                literals = _source_literals(part, pattern.flags)
                if literals is None:
                    always.add((name, index))
                    continue
                for literal in literals:
                    owners.setdefault(literal, set()).add((name, index))
        self._always = frozenset(always)
        self._literals = list(owners)
        self._owners = [frozenset(owners[literal]) for literal in self._literals]
        self._automaton = ahocorasick_rs.AhoCorasick(self._literals) if self._literals else None

    @staticmethod
    def _split(pattern: re.Pattern[str]) -> tuple[str, ...]:
        """A pattern's alternatives, when narrowing it to some of them keeps its meaning: not when
        it numbers groups (a dropped alternative would renumber them) or sets flags inline."""
        if pattern.groups or _INLINE_FLAGS.search(pattern.pattern):
            return (pattern.pattern,)
        return tuple(alternatives(pattern.pattern))

    def _found(self, texts: Iterable[str]) -> set[tuple[str, int]]:
        found = set(self._always)
        if self._automaton is not None:
            for text in texts:
                for index, _start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True):
                    found |= self._owners[index]
        return found

    def candidates(self, texts: Iterable[str]) -> frozenset[str]:
        """Names of the patterns that may match one of ``texts``; the others match none of them."""
        return frozenset(name for name, _index in self._found(texts))

    def narrowed(self, texts: Iterable[str]) -> Narrowed:
        """Each pattern that may match one of ``texts``, cut down to the alternatives that may: it
        finds what the whole pattern finds in them, at a fraction of the cost."""
        chosen: dict[str, list[int]] = {}
        for name, index in sorted(self._found(texts)):
            chosen.setdefault(name, []).append(index)
        narrowed = Narrowed()
        for name, indexes in chosen.items():
            parts, pattern = self._parts[name], self._patterns[name]
            whole = len(indexes) == len(parts)
            narrowed[name] = pattern if whole else _joined(tuple(parts[i] for i in indexes), pattern.flags)
        return narrowed
