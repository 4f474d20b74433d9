"""Statement files: tell OFX from CSV and stream their transactions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from app.detection.bank.csvdetect import detect_encoding
from app.detection.bank.csvfiles import inspect_csv, iter_csv
from app.detection.bank.csvmapping import ColumnMapping, CsvInspection
from app.detection.bank.errors import SkipHandler, StatementError, ignore_skip
from app.detection.bank.ofx import iter_ofx
from app.detection.bank.transactions import Transaction

__all__ = [
    "ColumnMapping",
    "CsvInspection",
    "StatementError",
    "inspect_csv",
    "iter_statement",
    "sniff_format",
]

_SNIFF_BYTES = 8192
MAX_OFX_BYTES = 64 * 1024 * 1024


def sniff_format(path: Path) -> Literal["ofx", "csv"]:
    """``ofx`` for OFX/QFX (any version), ``csv`` for delimited text; ``StatementError`` otherwise."""
    head = _head(path)
    if not head.strip():
        raise StatementError(f"{path.name} is empty")
    text = head.decode(detect_encoding(head), errors="replace").lstrip("\ufeff \t\r\n")
    upper = text[:4096].upper()
    if upper.startswith("OFXHEADER") or "<OFX>" in upper or "<?OFX" in upper:
        return "ofx"
    if "\x00" in text or not _printable(text):
        raise StatementError(f"{path.name} is not a bank statement (binary data, not OFX, QFX or CSV)")
    if upper.lstrip().startswith(("<", "{", "%PDF")):
        raise StatementError(f"{path.name} is not a bank statement (expected OFX, QFX or CSV)")
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
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    return controls <= len(text) // 100


def iter_statement(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    default_account: str = "csv",
    on_skip: SkipHandler = ignore_skip,
) -> Iterator[Transaction]:
    """Stream the statement's transactions; ``on_skip`` hears about each unreadable record.

    CSV files are read with ``mapping`` or, without one, with what ``inspect_csv`` proposes.
    ``default_account`` names the account when a CSV has no account column.
    """
    if sniff_format(path) == "ofx":
        yield from iter_ofx(_read_ofx(path), on_skip=on_skip)
        return
    chosen = mapping if mapping is not None else inspect_csv(path).mapping
    yield from iter_csv(path, chosen, default_account=default_account, on_skip=on_skip)


def _read_ofx(path: Path) -> bytes:
    if path.stat().st_size > MAX_OFX_BYTES:
        raise StatementError(
            f"{path.name} is larger than {MAX_OFX_BYTES // 2**20} MB; export a shorter period"
        )
    return path.read_bytes()
