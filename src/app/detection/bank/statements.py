"""Statement files: tell the format (OFX/QFX, MT940/MT942, camt XML, QIF, CSV) and stream transactions.

Whatever a reader meets in a file (a 30-digit amount, a truncated tag, a ragged row) ends as a
``StatementError`` naming the file and the problem, never as another exception: bad input is
the person's to fix, not a reason to retry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from app.detection.bank.camt import iter_camt, looks_like_camt
from app.detection.bank.csvdetect import detect_encoding
from app.detection.bank.csvfiles import CURRENCY_DOUBT, FALLBACK_CURRENCY, inspect_csv, iter_csv
from app.detection.bank.csvmapping import ColumnMapping, CsvInspection
from app.detection.bank.currency import hinted_by, hinted_by_dates
from app.detection.bank.errors import PARSER_FAILURES, SkipHandler, StatementError, ignore_skip, unreadable
from app.detection.bank.ofx import iter_ofx
from app.detection.bank.qif import iter_qif, looks_like_qif, month_first
from app.detection.bank.swift import iter_mt940, looks_like_mt940
from app.detection.bank.transactions import Transaction

__all__ = [
    "ColumnMapping",
    "CsvInspection",
    "StatementError",
    "inspect_csv",
    "iter_statement",
    "sniff_format",
]

Format = Literal["ofx", "mt940", "camt", "qif", "csv"]
FORMAT_NAMES = {"ofx": "OFX", "mt940": "MT940", "camt": "camt XML", "qif": "QIF", "csv": "CSV"}
RECORD_MARKERS = {"ofx": b"<STMTTRN>", "mt940": b":61:", "camt": b"<NTRY>", "qif": b"\n^"}
"""What starts one transaction in each format, upper-cased (a cheap count for progress bars)."""
_SNIFF_BYTES = 8192
MAX_STATEMENT_BYTES = 64 * 1024 * 1024
_EXPECTED = "expected OFX, QFX, MT940, camt.053 XML, QIF or CSV"


def sniff_format(path: Path) -> Format:
    """The statement format of ``path`` by its content; ``StatementError`` when it is none of them."""
    head = _head(path)
    if not head.strip():
        raise StatementError(f"{path.name} is empty")
    text = head.decode(detect_encoding(head), errors="replace").lstrip("\ufeff \t\r\n")
    upper = text[:4096].upper()
    if upper.startswith("OFXHEADER") or "<OFX>" in upper or "<?OFX" in upper:
        return "ofx"
    if looks_like_camt(text):
        return "camt"
    if "\x00" in text or not _printable(text):
        raise StatementError(f"{path.name} is not a bank statement (binary data; {_EXPECTED})")
    if looks_like_mt940(text):
        return "mt940"
    if looks_like_qif(text):
        return "qif"
    if upper.lstrip().startswith(("<", "{", "%PDF")):
        raise StatementError(f"{path.name} is not a bank statement ({_EXPECTED})")
    return "csv"


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except IsADirectoryError:
        raise StatementError(f"{path.name} is a folder, not a statement file") from None
    except OSError as exc:
        raise StatementError(f"cannot read {path.name}: {exc.strerror or exc}") from None


def _printable(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\x1a")
    return controls <= len(text) // 100


def iter_statement(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    default_account: str = "csv",
    default_currency: str | None = None,
    on_skip: SkipHandler = ignore_skip,
    on_note: SkipHandler = ignore_skip,
) -> Iterator[Transaction]:
    """Stream the statement's transactions; ``on_skip`` hears about each unreadable record.

    CSV files are read with ``mapping`` or, without one, with what ``inspect_csv`` proposes.
    ``default_account`` names the account when a CSV has no account column;
    ``default_currency`` (the account's or the person's) is used when the file names none, and
    ``on_note`` hears one line when the currency had to be guessed instead. A file that holds
    no transaction at all is a ``StatementError`` too.
    """
    kind = sniff_format(path)
    skipped: list[str] = []

    def skip(message: str) -> None:
        if not skipped:  # the first one explains an empty result
            skipped.append(message)
        on_skip(message)

    count = 0
    try:
        for transaction in _read(path, kind, mapping, default_account, default_currency, skip, on_note):
            count += 1
            yield transaction
    except StatementError as exc:  # a ValueError too: keep its own message
        message = str(exc)
        raise StatementError(message if path.name in message else f"{path.name}: {message}") from None
    except (OSError, UnicodeError) as exc:
        raise StatementError(f"cannot read {path.name}: {exc}") from None
    except PARSER_FAILURES as exc:
        raise unreadable(path.name, f"{FORMAT_NAMES[kind]} statement", exc) from None
    if count == 0:
        why = f" ({skipped[0]})" if skipped else ""
        raise StatementError(f"{path.name} holds no bank transactions{why}")


def _read(
    path: Path,
    kind: Format,
    mapping: ColumnMapping | None,
    default_account: str,
    default_currency: str | None,
    on_skip: SkipHandler,
    on_note: SkipHandler,
) -> Iterator[Transaction]:
    if kind == "csv":
        if mapping is None:
            inspection = inspect_csv(path, default_currency)
            mapping = inspection.mapping
            for doubt in inspection.doubts:
                if doubt.startswith(CURRENCY_DOUBT):
                    on_note(f"the CSV file does not name its currency; amounts read as {mapping.currency}")
        yield from iter_csv(path, mapping, default_account=default_account, on_skip=on_skip)
        return
    data = _read_whole(path)
    text = data.decode(detect_encoding(data[:_SNIFF_BYTES]), errors="replace")
    fallback = CurrencyFallback(
        text, default_currency, FORMAT_NAMES[kind], on_note, kind == "qif" and month_first(text)
    )
    if kind == "ofx":
        yield from iter_ofx(data, fallback_currency=fallback, on_skip=on_skip)
    elif kind == "camt":
        yield from iter_camt(data, fallback_currency=fallback, on_skip=on_skip)
    elif kind == "mt940":
        yield from iter_mt940(text, fallback_currency=fallback, on_skip=on_skip)
    else:
        yield from iter_qif(text, currency=fallback(), on_skip=on_skip)


class CurrencyFallback:
    """The currency for a file that names none: the account's, a hint from the file, or USD.

    Called only when the file is silent, so the note about a guess is given only then, once.
    """

    def __init__(
        self,
        text: str,
        default: str | None,
        format_name: str,
        on_note: SkipHandler,
        month_first: bool = False,
    ) -> None:
        self._text, self._default, self._format, self._on_note = text, default, format_name, on_note
        self._month_first = month_first
        """QIF dates proven month-first: USD rather than a bare assumption, as for a CSV."""
        self._code: str | None = None

    def __call__(self) -> str:
        if self._code is None:
            self._code = self._default or self._guess()
        return self._code

    def _guess(self) -> str:
        hint = hinted_by(self._text) or hinted_by_dates(self._month_first)
        code = hint.code if hint is not None else FALLBACK_CURRENCY
        why = f"a guess from {hint.reason}" if hint is not None else "assumed"
        self._on_note(f"the {self._format} file does not name its currency; amounts read as {code} ({why})")
        return code


def _read_whole(path: Path) -> bytes:
    if path.stat().st_size > MAX_STATEMENT_BYTES:
        raise StatementError(
            f"{path.name} is larger than {MAX_STATEMENT_BYTES // 2**20} MB; export a shorter period"
        )
    return path.read_bytes()
