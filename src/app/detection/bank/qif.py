"""Quicken Interchange Format (QIF) files, read with ``quiffen``.

QIF writes dates the way the exporting program's locale does (``02/01/2018`` is the 2nd of
January in Europe) and never says which: the order is settled from the file's own dates, the
way CSV columns are. QIF names no currency either; the caller supplies it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from app.detection.bank.csvdetect import date_order
from app.detection.bank.csvvalues import DateOrder
from app.detection.bank.errors import SkipHandler, StatementError, ignore_skip
from app.detection.bank.transactions import OrdinalCounter, Transaction, money, stable_id

if TYPE_CHECKING:
    import quiffen  # type: ignore[import-untyped]  # ships no py.typed

_HEADER = re.compile(r"^\s*!(Type|Account|Option|Clear)\b", re.IGNORECASE | re.MULTILINE)
_DATE_LINE = re.compile(r"^D(.+)$", re.MULTILINE)
_OPENING_BALANCE = "opening balance"


def looks_like_qif(text: str) -> bool:
    return _HEADER.search(text[:4096]) is not None


def iter_qif(text: str, *, currency: str, on_skip: SkipHandler = ignore_skip) -> Iterator[Transaction]:
    """Every bank, cash and card transaction; investment actions and opening balances are left out."""
    import quiffen  # imported on use (pydantic and pandas, half a second): only QIF files need it

    parsed = _parse(text.replace("\r\n", "\n").replace("\r", "\n"))
    ordinals = OrdinalCounter()
    for account in parsed.accounts.values():
        for records in account.transactions.values():
            for record in records:
                if not isinstance(record, quiffen.Transaction):
                    continue  # investment actions (buy, sell, dividend) are not cash payments
                found = _transaction(record, account.name, currency, ordinals)
                if found is not None:
                    yield found


def _parse(text: str) -> quiffen.Qif:
    if not text.strip():
        raise StatementError("the QIF file is empty")
    import quiffen

    day_first = _day_first(text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return quiffen.Qif.parse_string(text.strip(), day_first=day_first)
    except Exception as exc:  # quiffen raises its own, pydantic's and plain ValueErrors
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise StatementError(f"the QIF file is malformed ({detail})") from None


def _day_first(text: str) -> bool:
    return _date_order(text)[0] == "DMY"


def month_first(text: str) -> bool:
    """Whether the file's dates are proven month-first (``12/22/2017``), as US programs write them."""
    order, proven = _date_order(text)
    return order == "MDY" and proven


def _date_order(text: str) -> tuple[DateOrder, bool]:
    dates = [match.group(1).strip().replace("'", "/") for match in _DATE_LINE.finditer(text)]
    return date_order(dates, "/")


def _transaction(
    record: quiffen.Transaction, account: str, currency: str, ordinals: OrdinalCounter
) -> Transaction | None:
    payee = (record.payee or "").strip()
    if payee.lower() == _OPENING_BALANCE:
        return None
    moment = record.date
    posted = moment.date() if isinstance(moment, datetime) else moment
    if not isinstance(posted, date) or record.amount is None:
        return None
    amount = money(Decimal(record.amount))
    target = getattr(record.to_account, "name", "") if record.to_account is not None else ""
    description = payee or (record.memo or "").strip() or (f"Transfer {target}" if target else "")
    description = " ".join(description.split())
    ordinal = ordinals.next(posted, (amount, description))
    txn_id = stable_id("qif", account, posted, amount, description, record.check_number, ordinal)
    return Transaction(txn_id, account, posted, amount, currency, description)
