"""OFX/QFX statements (1.x SGML and 2.x XML).

ofxtools parses the header and the SGML/XML body into an element tree; when it is strict
about something harmless (no header, blank lines before it, unclosed leaf tags, empty
aggregates) a tolerant tokenizer builds the same tree. Transactions are then read from the
tree leniently: a record with a bad date or amount is skipped and reported, never fatal.
"""

from __future__ import annotations

import html
import importlib.util
import io
import os
import re
import sys
import types
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from app.detection.bank.currency import iso_code
from app.detection.bank.errors import SkipHandler, StatementError, ignore_skip
from app.detection.bank.transactions import OrdinalCounter, Transaction, money, stable_id

if TYPE_CHECKING:
    from ofxtools.Parser import OFXTree

_STATEMENT_TAGS = ("STMTRS", "CCSTMTRS", "INVSTMTRS")
_TRNRS_TAGS = ("STMTTRNRS", "CCSTMTTRNRS", "INVSTMTTRNRS")
_TOKEN = re.compile(r"<(/?)([A-Za-z0-9_.:]+)[^>]*>([^<]*)")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_AMOUNT_JUNK = re.compile(r"[^0-9,.+\-]")


@dataclass(frozen=True, slots=True)
class _Status:
    code: str
    severity: str
    message: str

    @property
    def failed(self) -> bool:
        return self.code not in ("", "0") and self.severity.upper() != "INFO"


def iter_ofx(
    data: bytes, *, fallback_currency: Callable[[], str] = lambda: "USD", on_skip: SkipHandler = ignore_skip
) -> Iterator[Transaction]:
    """Transactions of every bank, credit-card and investment-cash statement in ``data``.

    Each statement's ``CURDEF`` (or a transaction's own ``CURRENCY``) is its currency;
    ``fallback_currency`` serves the rare file that leaves both out.
    """
    root = parse_tree(data)
    _check_signon(root)
    for statement in _statements(root, on_skip):
        yield from _statement_transactions(statement, fallback_currency, on_skip)


def parse_tree(data: bytes) -> ET.Element:
    """The OFX element tree, through ofxtools, or the tolerant tokenizer when it refuses."""
    parser = _ofxtools_parser()
    body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = parser()
            root: ET.Element = tree.parse(io.BytesIO(body))
    except Exception:  # ofxtools raises many kinds; the tolerant parse decides what is fatal
        return _tolerant_tree(_decode(body))
    return root


def _ofxtools_parser() -> type[OFXTree]:
    """ofxtools' ``OFXTree`` without what its packages import eagerly.

    ``import ofxtools.Parser`` first runs ``ofxtools/__init__`` (its HTTP client, requests)
    and ``ofxtools/models/__init__`` (every OFX aggregate): 0.3 s of a 0.5 s ``subscout detect
    transactions``. Parsing needs only the header reader, the tree builder and the models' base
    module, so when nothing has imported ofxtools yet, both packages are registered bare (their
    submodules still import normally) and only those modules load: 0.06 s.
    """
    if "ofxtools" not in sys.modules:
        spec = importlib.util.find_spec("ofxtools")
        if spec is not None and spec.submodule_search_locations:
            (root,) = spec.submodule_search_locations
            for name, path in (("ofxtools", root), ("ofxtools.models", os.path.join(root, "models"))):
                package = types.ModuleType(name)
                package.__path__ = [path]
                sys.modules[name] = package
    from ofxtools.Parser import OFXTree

    return OFXTree


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _tolerant_tree(text: str) -> ET.Element:
    start = text.upper().find("<OFX>")
    if start < 0:
        raise StatementError("not an OFX statement: no <OFX> element found")
    body = _CDATA.sub(lambda m: html.escape(m.group(1)), text[start:])
    tokens = [(m.group(1) == "/", m.group(2).upper(), m.group(3)) for m in _TOKEN.finditer(body)]
    return _build_tree(tokens)


def _build_tree(tokens: list[tuple[bool, str, str]]) -> ET.Element:
    root = ET.Element("OFX")
    stack = [root]
    for index, (closing, tag, text) in enumerate(tokens[1:], start=1):
        if closing:
            _close(stack, tag)
            continue
        element = ET.SubElement(stack[-1], tag)
        if text.strip() or _closes_next(tokens, index, tag):
            element.text = html.unescape(text.strip())
        else:
            stack.append(element)
    return root


def _closes_next(tokens: list[tuple[bool, str, str]], index: int, tag: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1][0] and tokens[index + 1][1] == tag


def _close(stack: list[ET.Element], tag: str) -> None:
    tags = [element.tag for element in stack]
    if tag in tags[1:]:
        del stack[tags.index(tag, 1) :]


def _text(element: ET.Element | None, path: str) -> str:
    found = None if element is None else element.find(path)
    if found is None or found.text is None:
        return ""
    return found.text.strip()


def _status(element: ET.Element | None) -> _Status:
    status = None if element is None else element.find("STATUS")
    return _Status(_text(status, "CODE"), _text(status, "SEVERITY"), _text(status, "MESSAGE"))


def _check_signon(root: ET.Element) -> None:
    status = _status(root.find(".//SONRS"))
    if status.failed:
        detail = status.message or "no reason given"
        raise StatementError(f"the bank refused the sign-on (code {status.code}): {detail}")


def _statements(root: ET.Element, on_skip: SkipHandler) -> Iterator[ET.Element]:
    errors: list[str] = []
    found = 0
    for trnrs in (el for el in root.iter() if el.tag in _TRNRS_TAGS):
        status = _status(trnrs)
        if status.failed:
            errors.append(f"code {status.code}: {status.message or 'no reason given'}")
            continue
        for statement in (el for el in trnrs if el.tag in _STATEMENT_TAGS):
            found += 1
            yield statement
    if errors and not found:
        raise StatementError(f"the bank's server returned an error instead of a statement ({errors[0]})")
    for error in errors:
        on_skip(f"one statement in the file is a server error ({error})")


def _statement_transactions(
    statement: ET.Element, fallback_currency: Callable[[], str], on_skip: SkipHandler
) -> Iterator[Transaction]:
    account = _account_id(statement)
    stated = iso_code(_text(statement, "CURDEF"))

    def currency() -> str:
        """Asked only for a transaction naming no currency of its own: an empty ``CURDEF`` with
        every ``CURSYM`` given is no guess, and no note says it is."""
        return stated or fallback_currency()

    ordinals = OrdinalCounter()
    seen_fitids: dict[str, int] = {}
    for record in statement.iter("STMTTRN"):
        transaction = _transaction(record, account, currency, ordinals, seen_fitids)
        if isinstance(transaction, str):
            on_skip(transaction)
        else:
            yield transaction


def _account_id(statement: ET.Element) -> str:
    for tag in ("BANKACCTFROM", "CCACCTFROM", "INVACCTFROM"):
        account = statement.find(f".//{tag}")
        if account is not None and _text(account, ".//ACCTID"):
            return _text(account, ".//ACCTID")
    return _text(statement, ".//ACCTID") or "ofx"


def _transaction(
    record: ET.Element,
    account: str,
    currency: Callable[[], str],
    ordinals: OrdinalCounter,
    seen_fitids: dict[str, int],
) -> Transaction | str:
    fitid = _text(record, "FITID")
    label = f"transaction {fitid or _text(record, 'NAME') or '?'}"
    posted = parse_ofx_date(_text(record, "DTPOSTED")) or parse_ofx_date(_text(record, "DTUSER"))
    if posted is None:
        return f"{label} skipped: no valid posting date"
    amount = parse_ofx_amount(_text(record, "TRNAMT"))
    if amount is None:
        return f"{label} skipped: amount {_text(record, 'TRNAMT')!r} is not a number"
    amount = money(amount)
    description = _description(record)
    cursym = iso_code(_text(record, "CURRENCY/CURSYM")) or iso_code(_text(record, "ORIGCURRENCY/CURSYM"))
    txn_id = _transaction_id(account, fitid, posted, amount, description, ordinals, seen_fitids)
    return Transaction(txn_id, account, posted, amount, cursym or currency(), description)


def _transaction_id(
    account: str,
    fitid: str,
    posted: date,
    amount: Decimal,
    description: str,
    ordinals: OrdinalCounter,
    seen_fitids: dict[str, int],
) -> str:
    if fitid:
        repeat = seen_fitids.get(fitid, 0)
        seen_fitids[fitid] = repeat + 1
        return stable_id("ofx", account, fitid) if repeat == 0 else stable_id("ofx", account, fitid, repeat)
    ordinal = ordinals.next(posted, (amount, description))
    return stable_id("ofx", account, posted, amount, description, ordinal)


def _description(record: ET.Element) -> str:
    name = html.unescape(_text(record, "NAME") or _text(record, "PAYEE/NAME"))
    memo = html.unescape(_text(record, "MEMO"))
    if not name:
        return " ".join(memo.split())
    if memo.startswith(name.rstrip()) and len(name) >= 30:  # OFX 1.x truncates NAME at 32 characters
        return " ".join(memo.split())
    return " ".join(name.split())


def parse_ofx_date(text: str) -> date | None:
    """The calendar date of an OFX datetime (``YYYYMMDD[HHMMSS[.XXX]][[-5:EST]]``), as written."""
    digits = text[:8]
    if len(digits) < 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def parse_ofx_amount(text: str) -> Decimal | None:
    """``-12.50``, ``+00000012.5000``, ``$120`` or ``12,50``; None when it is not a number."""
    cleaned = _AMOUNT_JUNK.sub("", text)
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace(",", "")
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None
