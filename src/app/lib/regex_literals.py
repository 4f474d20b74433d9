"""Literal strings a regular expression cannot match without, and a screen built from them.

A pattern of many alternatives costs Python's regex engine a try of every alternative at
every position of the text. Most text contains none of the literals those alternatives are
built around ("receipt", "will renew", "preiserhöhung"); one Aho-Corasick pass over the text
for all of them tells which patterns can match at all, and only those are searched. The
screen never changes a result: a pattern it rules out has no match in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
    if pattern.flags & re.IGNORECASE:
        return None
    return _necessary(P.parse(pattern.pattern, pattern.flags))


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


class LiteralScreen:
    """Which of several named patterns can match a text, found in one pass over it."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        owners: dict[str, set[str]] = {}
        always: set[str] = set()
        for name, pattern in patterns.items():
            literals = necessary_literals(pattern)
            if literals is None:
                always.add(name)
                continue
            for literal in literals:
                owners.setdefault(literal, set()).add(name)
        self._always = frozenset(always)
        self._literals = list(owners)
        self._owners = [frozenset(owners[literal]) for literal in self._literals]
        self._automaton = ahocorasick_rs.AhoCorasick(self._literals) if self._literals else None

    def candidates(self, texts: Iterable[str]) -> frozenset[str]:
        """Names of the patterns that may match one of ``texts``; the others match none of them."""
        found = set(self._always)
        if self._automaton is not None:
            for text in texts:
                for index, _start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True):
                    found |= self._owners[index]
        return frozenset(found)
