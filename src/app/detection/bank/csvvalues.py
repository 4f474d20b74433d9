"""Reading one CSV cell: dates in any order and amounts in any notation."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

DateOrder = Literal["YMD", "DMY", "MDY"]

MONTHS: dict[str, int] = {
    name: index + 1
    for index, names in enumerate(
        [
            ("jan", "janv", "ene", "gen", "januar", "janvier", "enero"),
            ("feb", "fev", "fév", "februar", "fevrier", "février", "febrero"),
            ("mar", "mär", "maerz", "märz", "mars", "marzo"),
            ("apr", "avr", "abr", "april", "avril", "abril"),
            ("may", "mai", "mayo", "mag"),
            ("jun", "juin", "juni", "junio", "giu"),
            ("jul", "juil", "juli", "julio", "lug"),
            ("aug", "aout", "août", "ago", "august", "agosto"),
            ("sep", "sept", "set", "september", "septembre", "septiembre"),
            ("oct", "okt", "ott", "october", "oktober", "octobre", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "dez", "déc", "dic", "december", "dezember", "décembre", "diciembre"),
        ]
    )
    for name in names
}
_ENGLISH: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august")
_ENGLISH += ("september", "october", "november", "december")
MONTHS.update({name: index + 1 for index, name in enumerate(_ENGLISH)})

_NUMERIC_DATE = re.compile(r"(\d{1,4})([./\-])(\d{1,2})\2(\d{2,4})\.?(?:$|[ T,])")  # ``2019.04.19.`` (hu)
_NAMED_DATE = re.compile(r"(\d{1,2})[ .\-/]([^\W\d_]{3,9})\.?[ .\-/,]+(\d{2,4})(?:$|[ T,])")
_US_NAMED_DATE = re.compile(r"([^\W\d_]{3,9})\.? (\d{1,2}),? (\d{4})(?:$|[ T,])")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:$|[ T])")
_AMOUNT = re.compile(
    r"(?P<open>\()?\s*(?P<sign>[+\-\u2212])?\s*(?:[A-Z]{3}\s|[$€£¥₹]\s?)?(?P<sign2>[+\-\u2212])?"
    r"(?P<num>\d[\d.,' \u00a0\u202f]*)(?:\s[A-Z]{3}|\s?[$€£¥₹])?"
    r"\s*(?P<suffix>-|CR|DR|cr|dr)?\s*(?P<close>\))?"
)
_GROUPING = str.maketrans("", "", "' \u00a0\u202f")


def full_year(year: int) -> int:
    """Two-digit years: 00-69 are 20xx, 70-99 are 19xx."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(full_year(year), month, day)
    except ValueError:
        return None


def date_parts(text: str) -> tuple[str, str, str, str] | None:
    """The three components and separator of a numeric date (``31.12.2024`` → 31, 12, 2024, ``.``)."""
    match = _NUMERIC_DATE.match(text.strip())
    if match is None:
        return None
    return match.group(1), match.group(3), match.group(4), match.group(2)


def parse_date(text: str, order: DateOrder) -> date | None:
    """A date in ``order`` for numeric forms; ISO, compact and month-name forms in any file."""
    text = text.strip()
    if not text:
        return None
    parts = date_parts(text)
    if parts is not None:
        return _numeric_date(parts, order)
    return _compact_date(text) or _named_date(text)


def _numeric_date(parts: tuple[str, str, str, str], order: DateOrder) -> date | None:
    first, second, third, _sep = parts
    if len(first) == 4:
        return make_date(int(first), int(second), int(third))
    if order == "MDY":
        return make_date(int(third), int(first), int(second))
    return make_date(int(third), int(second), int(first))


def _compact_date(text: str) -> date | None:
    match = _COMPACT_DATE.match(text)
    if match is None:
        return None
    return make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _named_date(text: str) -> date | None:
    match = _NAMED_DATE.match(text)
    if match is not None:
        month = MONTHS.get(match.group(2).lower())
        return None if month is None else make_date(int(match.group(3)), month, int(match.group(1)))
    match = _US_NAMED_DATE.match(text)
    if match is not None:
        month = MONTHS.get(match.group(1).lower())
        return None if month is None else make_date(int(match.group(3)), month, int(match.group(2)))
    return None


def parse_amount(text: str, *, decimal_comma: bool) -> Decimal | None:
    """``-1.234,56``, ``(12.00)``, ``$1,000.00``, ``12.50-``, ``11'373.94``, ``EUR 5``; None otherwise."""
    match = _AMOUNT.fullmatch(text.strip())
    if match is None:
        return None
    number = _plain_number(match.group("num").translate(_GROUPING), decimal_comma=decimal_comma)
    if number is None:
        return None
    return -number if _is_negative(match) else number


def _is_negative(match: re.Match[str]) -> bool:
    signs = (match.group("sign") or "") + (match.group("sign2") or "")
    suffix = (match.group("suffix") or "").upper()
    parenthesised = bool(match.group("open") and match.group("close"))
    return "-" in signs or "\u2212" in signs or suffix in ("-", "DR") or parenthesised


def _plain_number(digits: str, *, decimal_comma: bool) -> Decimal | None:
    digits = digits.replace(".", "").replace(",", ".") if decimal_comma else digits.replace(",", "")
    if digits.count(".") > 1 or digits.endswith("."):
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def looks_decimal_comma(text: str) -> bool | None:
    """True for ``12,50`` / ``1.234,5``; False for ``12.50`` / ``1,234.56``; None when it cannot tell."""
    stripped = re.sub(r"[\s\-)CRDcrd€$£]+$", "", text.strip())
    comma, dot = stripped.rfind(","), stripped.rfind(".")
    if comma > dot and len(stripped) - comma - 1 in (1, 2):
        return True
    if dot > comma and len(stripped) - dot - 1 in (1, 2, 4):
        return False
    return None
