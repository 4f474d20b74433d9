"""Dates written in mail, in the usual formats of several languages (month names from Babel)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from app.detection.email.month_table import MONTH_NAMES

LOCALES = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "pl", "fi", "ca")


def month_names() -> dict[str, int]:
    """Lower-case month names and abbreviations (without dots) → month number.

    Read from a table generated from Babel (``scripts/gen_month_names.py``): loading twelve
    Babel locales takes 0.2 s, a quarter of ``subscout detect emails``'s start-up.
    """
    return MONTH_NAMES


def month_names_from_babel() -> dict[str, int]:
    """What ``MONTH_NAMES`` is generated from (a test keeps the two equal)."""
    from babel.dates import get_month_names

    names: dict[str, int] = {"sept": 9}
    for loc in LOCALES:
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                for num, name in get_month_names(width, ctx, locale=loc).items():
                    word = name.lower().rstrip(".")
                    # Catalan writes its months with the preposition ("de gener", "d'abril") and shortens
                    # agost to "ag": the bare word is what the patterns look for, and two letters are no name.
                    if len(word) >= 3 and word.isalpha():
                        names.setdefault(word, num)
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(sorted((re.escape(n) for n in month_names()), key=len, reverse=True))
    day_first = re.compile(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?({months})\.?(?:\s*(?:de\s+)?,?\s*(\d{{4}}))?\b"
        # Norwegian "des" (desember) is German's and French's article: "zum 15. des Monats".
        r"(?<!des)(?<!des\.)(?!\s+(?:monats|jahres|mois|quartals)\b)"
    )
    month_first = re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
    return day_first, month_first


@cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range within one month, the month written once: "November 1 - 30, 2025", "1-30 Nov 2025"."""
    months = "|".join(sorted((re.escape(n) for n in month_names()), key=len, reverse=True))
    dash = r"\s*[-\u2013\u2014]\s*"
    month_first = re.compile(
        rf"\b({months})\.?\s+(\d{{1,2}}){dash}(\d{{1,2}})(?:,?\s+(\d{{4}}))?\b(?![.,:/]\d)"
    )
    day_first = re.compile(rf"\b(\d{{1,2}})\.?{dash}(\d{{1,2}})\.?\s+({months})\.?(?:\s+(\d{{4}}))?\b")
    return month_first, day_first


_NO_YEAR = 9996
"""Placeholder year (a leap year) for dates written without one."""
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b")
_NUMERIC_NO_YEAR = re.compile(r"\b(?:am|zum|bis|ab|vom|dem)\s+(\d{1,2})\.(\d{1,2})\.(?!\d)", re.I)
"""German dates of this year or the next, written without it ("Ihr Abo endet am 12.01."): only after a
preposition of time, so that an amount ("12.01.") is not read as one."""
_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\s*(?:([年년])\s*|[./] ?)(\d{1,2})\s*(?(2)[月월]\s*|[./] ?)(\d{1,2})"
    r"(?(2)\s*[日일]|(?!\.?\d))"
)
"""East Asian dates, year first: 2026年12月5日, 2026년 12월 5일, 2026/12/05, 2026.12.05, and the
Korean dotted forms 2026.03.05. and 2026. 3. 5. (not a version's 2026.03.05.1). No \\b: Han
characters are word characters, so "日期2026" has no boundary."""
_RANGE_MARK = re.compile(r"\s*(?:[\uff08(][^)\uff09\n]{1,4}[)\uff09])?\s*[〜~\uff5e\-\u2013\u2014至]\s*")
"""What joins a range's two dates ("2026年10月1日〜10月31日", a weekday in brackets after the first)."""
_EAST_ASIAN_NO_YEAR = re.compile(r"(?<![\d年년/])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


def find_dates(text: str, *, lang_hint: str = "en", ref: date | None = None) -> list[tuple[int, date]]:
    """Every date in ``text`` with its position. A missing year is the next one after ``ref``."""
    found: dict[int, date] = {}
    for m in _ISO.finditer(text):
        _put(found, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NUMERIC.finditer(text):
        if m.start() not in found:
            _numeric(found, m, lang_hint)
    if ref is not None:
        for m in _NUMERIC_NO_YEAR.finditer(text):
            _put(found, m.start(1), _NO_YEAR, int(m.group(2)), int(m.group(1)))
    _east_asian(found, text, ref)
    day_first, month_first = _patterns()
    names = month_names()
    text = text.lower()  # month patterns are lower-case (faster than re.I)
    _one_month_ranges(found, text, ref)
    for m in day_first.finditer(text):
        year = _year(m.group(3), ref)
        if year:
            _put(found, m.start(), year, names[m.group(2).lower()], int(m.group(1)))
    for m in month_first.finditer(text):
        year = _year(m.group(3), ref)
        if year and m.start() not in found:
            _put(found, m.start(), year, names[m.group(1).lower()], int(m.group(2)))
    return _roll_yearless(sorted(found.items()), ref)


def _one_month_ranges(found: dict[int, date], text: str, ref: date | None) -> None:
    names = month_names()
    month_first, day_first = _range_patterns()
    # The groups of the month, the first day and the last day in each pattern (the year is the 4th).
    for pattern, (month_at, first_at, last_at) in ((month_first, (1, 2, 3)), (day_first, (3, 1, 2))):
        for m in pattern.finditer(text):
            year = _year(m.group(4), ref)
            if year:
                month = names[m.group(month_at)]
                _put(found, m.start(), year, month, int(m.group(first_at)))
                _put(found, m.start(last_at), year, month, int(m.group(last_at)))


def _east_asian(found: dict[int, date], text: str, ref: date | None) -> None:
    year_first = list(_YEAR_FIRST.finditer(text))
    for m in year_first:
        _put(found, m.start(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _EAST_ASIAN_NO_YEAR.finditer(text):
        if any(y.start() <= m.start() < y.end() for y in year_first):
            continue
        month, day_ = int(m.group(1)), int(m.group(2))
        start = next((y for y in year_first if _RANGE_MARK.fullmatch(text, y.end(), m.start())), None)
        if start is not None:  # a range's end takes its start's year: 2026年10月1日〜10月31日
            _put(found, m.start(), int(start.group(1)) + (month < int(start.group(3))), month, day_)
        elif ref is not None:
            _put(found, m.start(), _NO_YEAR, month, day_)


def _year(text: str | None, ref: date | None) -> int | None:
    if text:
        return int(text)
    return _NO_YEAR if ref else None


def _roll_yearless(items: list[tuple[int, date]], ref: date | None) -> list[tuple[int, date]]:
    out = []
    for pos, d in items:
        if d.year == _NO_YEAR and ref is not None:
            this_year = _safe(ref.year, d.month, d.day)
            rolled = this_year if this_year and this_year >= ref else _safe(ref.year + 1, d.month, d.day)
            if rolled is None:
                continue
            d = rolled
        out.append((pos, d))
    return out


def _numeric(found: dict[int, date], m: re.Match[str], lang: str) -> None:
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    year = int(y) + (2000 if len(y) == 2 else 0)
    month_first = lang in {"en", "en_US"} and sep == "/"
    if a > 12 or sep == ".":
        month_first = False
    elif b > 12:
        month_first = True
    day_, month = (b, a) if month_first else (a, b)
    _put(found, m.start(), year, month, day_)


def _put(found: dict[int, date], pos: int, year: int, month: int, day_: int) -> None:
    d = _safe(year, month, day_)
    if d is not None and (1990 <= d.year <= 2100 or d.year == _NO_YEAR):
        found[pos] = d


def _safe(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None
