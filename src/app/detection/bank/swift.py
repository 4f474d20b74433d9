"""SWIFT MT940 statements and MT942 interim reports, read with the ``mt-940`` package.

``mt-940`` (WoLpH) parses the tags, the German ``?20…?32`` and SEPA ``SVWZ+`` sub-fields of
``:86:``; what it leaves as one text (Dutch ``/NAME/…/REMI/…``) is read here. ASN Bank puts an
IBAN where the customer reference goes, which the package's strict ``:61:`` pattern refuses: its
own ``StatementASNB`` variant reads those files.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.detection.bank.currency import iso_code
from app.detection.bank.errors import SkipHandler, StatementError, ignore_skip
from app.detection.bank.mandates import clean, mandate_in, standing
from app.detection.bank.transactions import OrdinalCounter, Transaction, money, stable_id

if TYPE_CHECKING:
    import mt940
    from mt940.options import Options

_SWIFT_TAG = re.compile(r":(20|21|25P?|28C?|60[FM]|61|62[FM]|64|65|86|13D?|34F|90[DC]):")
_SLASH_FIELD = re.compile(r"/(NAME|REMI|EREF|IBAN|BIC|TRTP|CSID|MARF|ORDP|BENM|ID)/")
logging.getLogger("mt940").setLevel(logging.CRITICAL)  # it logs each failed pattern; the error says enough
_NOT_TEXT = re.compile(
    r"/?\b(?:ISDT|CSID|MARF|EREF|PREF|RTRN|TRTP|PURP|CDTRREFTP|CDTRREF|ISSR|SCOR|ACCW|OCMT|CHGS|EXCH)/[^/]*"
)
"""Structured ``:86:`` sub-fields that are dates, codes and references, not text: Rabobank's
settlement date ``/ISDT/2013-07-11`` runs on into the ``/REMI/`` text it follows."""
_MARF = re.compile(r"/MARF/([^/]+)/")
"""The mandate reference among the Dutch ``/TAG/value/`` fields."""
_ANGLE = re.compile(r"^\d{3}>\d{2}")
_ANGLE_FIELD = re.compile(r">(\d{2})")
_NAME_KEYS = ("applicant_name", "recipient_name")
_TEXT_KEYS = ("purpose", "additional_purpose", "posting_text")


def looks_like_mt940(text: str) -> bool:
    """A SWIFT block header (``{1:``) or a SWIFT tag (``:20:``, ``:61:`` …) opens one of the first lines.

    Banks put a line of their own before it (Rabobank ``:940:``, mBank a control character).
    """
    lines = [line.strip("\x01\x02\x03 -") for line in text[:1024].splitlines()]
    first = [line for line in lines if line][:3]
    return any(line.startswith("{1:") or _SWIFT_TAG.match(line) for line in first)


def iter_mt940(
    text: str, *, fallback_currency: Callable[[], str], on_skip: SkipHandler = ignore_skip
) -> Iterator[Transaction]:
    """Every ``:61:`` line of every statement in ``text``, with its ``:86:`` details."""
    parsed = _parse(text)
    ordinals = OrdinalCounter()
    for item in parsed:
        found = _transaction(item.data, parsed.data, fallback_currency, ordinals)
        if isinstance(found, str):
            on_skip(found)
        else:
            yield found


def _options() -> Options:
    """The package's opt-in corrections: all of them are how banks mean their files."""
    from mt940.options import Options

    return Options(
        applicant_iban=True,  # ?31 is the counterparty's IBAN, not part of its name
        merge_keeps_values=True,
        reversal_sign=True,  # RC (reversal of a credit) takes money out
        case_insensitive_marks=True,
        unbounded_details=True,
    )


def _parse(text: str) -> mt940.models.Transactions:
    """The package's standard reading, then its ASN Bank variant, then a clear refusal."""
    import mt940  # imported on use, like ofxtools: a CSV import never needs it
    from mt940.tags import StatementASNB, Tag

    errors: list[str] = []
    variants: list[dict[int | str, Tag]] = [{}, {61: StatementASNB()}]
    for tags in variants:
        transactions = mt940.models.Transactions(tags=tags, options=_options())
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                transactions.parse(text)
        except Exception as exc:  # the package raises RuntimeError, ValueError, KeyError …
            errors.append(str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__)
            continue
        return transactions
    raise StatementError(f"the MT940 statement is malformed ({errors[0]})")


def _transaction(
    data: Mapping[str, Any],
    statement: Mapping[str, Any],
    fallback_currency: Callable[[], str],
    ordinals: OrdinalCounter,
) -> Transaction | str:
    amount_field = data.get("amount")
    posted = data.get("entry_date") or data.get("date")
    if amount_field is None or not isinstance(posted, date):
        return "an MT940 statement line without a date or an amount was skipped"
    amount = money(Decimal(amount_field.amount))
    currency = iso_code(amount_field.currency) or statement_currency(statement) or fallback_currency()
    described = describe(data)  # as first read, tags and all: the id is built from it, so it stays
    account = str(data.get("account_identification") or statement.get("account_identification") or "mt940")
    posted_on = date(posted.year, posted.month, posted.day)
    ordinal = ordinals.next(posted_on, (amount, described))
    txn_id = stable_id("mt940", account, posted_on, amount, described, data.get("bank_reference"), ordinal)
    return Transaction(txn_id, account, posted_on, amount, currency, shown(described), _mandate(data))


def shown(description: str) -> str:
    """The description without the sub-fields that are no text (``JOHN DOE Reference 12/ISDT/2013-01-02``)."""
    return " ".join(_NOT_TEXT.sub(" ", description).split()).strip(" /") or description


def _mandate(data: Mapping[str, Any]) -> str | None:
    """The SEPA ``MREF+`` sub-field (the package's ``additional_position_reference``), else the
    Dutch ``/MARF/`` field or a reference written in the details."""
    flat = "".join(str(data.get("transaction_details") or "").splitlines())
    given = clean(str(data.get("additional_position_reference") or ""))
    marf = _MARF.search(flat)
    reference = given or (clean(marf[1]) if marf else mandate_in(flat))
    return standing(reference, f"{data.get('posting_text') or ''} {flat}")


def statement_currency(statement: Mapping[str, Any]) -> str | None:
    for key in ("final_opening_balance", "opening_balance", "final_closing_balance", "closing_balance"):
        balance = statement.get(key)
        currency = iso_code(str(getattr(getattr(balance, "amount", None), "currency", None) or ""))
        if currency:
            return currency
    return None


def describe(data: Mapping[str, Any]) -> str:
    """The counterparty and purpose: ``?32`` name and ``SVWZ`` text, ``/NAME/`` and ``/REMI/``, or
    the ``:61:`` supplementary details (where Dutch banks name the other party) and ``:86:``."""
    raw = str(data.get("transaction_details") or "")
    details = " ".join(raw.split())
    slash_name, slash_text = _angle_fields(raw) if _ANGLE.match(raw) else _slash_fields(raw)
    extra = " ".join(str(data.get("extra_details") or "").split())
    name = next((str(data[k]) for k in _NAME_KEYS if data.get(k)), "") or slash_name or extra
    text = next((str(data[k]) for k in _TEXT_KEYS if data.get(k)), "") or slash_text or details
    if name and name.lower() in text.lower():
        name = ""  # already in the details (ASN Bank repeats it there)
    parts = [part for part in (name, text) if part] or [str(data.get("id") or "")]
    return " ".join(" ".join(parts).split())


def _angle_fields(details: str) -> tuple[str, str]:
    """Triodos writes the German sub-fields with ``>`` for ``?``: ``000>20HUUR>21KANTOOR>32ACME``."""
    pieces = _ANGLE_FIELD.split("".join(details.splitlines()))
    fields: dict[str, list[str]] = {}
    for key, value in zip(pieces[1::2], pieces[2::2], strict=False):
        fields.setdefault(key, []).append(value)
    name = "".join(fields.get("32", []) + fields.get("33", []))  # 27-character pieces of one text
    text = "".join(value for key in sorted(fields) if "20" <= key <= "29" for value in fields[key])
    return " ".join(name.split()), " ".join(text.split())


def _slash_fields(details: str) -> tuple[str, str]:
    """``/TRTP/SEPA OVERBOEKING/IBAN/…/NAME/ACME BV/REMI/invoice 12/`` → (``ACME BV``, ``invoice 12``)."""
    flat = "".join(details.splitlines())  # the fields run on across 65-character lines
    pieces = _SLASH_FIELD.split(flat)
    if len(pieces) < 3:
        return "", ""
    fields = dict(zip(pieces[1::2], (p.strip(" /") for p in pieces[2::2]), strict=False))
    return fields.get("NAME", "") or fields.get("BENM", "") or fields.get("ORDP", ""), fields.get("REMI", "")
