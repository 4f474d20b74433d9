"""Any bytes, in any statement format, give transactions or one ``StatementError`` line, nothing else.

Mutations of real statements (cut short, bytes flipped, lines dropped or repeated, numbers
made enormous) reach deep into each reader, where random bytes alone would stop at the sniffing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection.bank.statements import StatementError, inspect_csv, iter_statement, sniff_format

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real-statements"
SEEDS = {
    "ofx": REAL / "ofxparse/bank_medium.ofx",
    "ofx-xml": REAL / "ofxparse/checking.ofx",
    "csv": REAL / "csv2ofx/gls.csv",
    "csv-split": REAL / "csv2ofx/capitalone.csv",
    "mt940": REAL / "more/WoLpH_mt940/WoLpH_mt940__mt940_tests__jejik__rabobank.sta",
    "mt940-sepa": REAL / "more/WoLpH_mt940/WoLpH_mt940__mt940_tests__betterplace__sepa_snippet.sta",
    "camt": REAL / "more/genkgo_camt/genkgo_camt__test__data__camt053.v2.minimal.xml",
    "qif": REAL / "more/isaacharrisholt_quiffen/isaacharrisholt_quiffen__tests__test_files__test.qif",
}
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def read_all(data: bytes, suffix: str) -> None:
    """Import ``data`` as an uploaded file would be: sniff, inspect a CSV, stream every transaction."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"statement{suffix}"
        path.write_bytes(data)
        try:
            if sniff_format(path) == "csv":
                inspect_csv(path)
            for txn in iter_statement(path):
                assert len(txn.currency) == 3
                assert txn.amount.is_finite()
        except StatementError as exc:
            message = str(exc)
        else:
            return
    assert message.strip()
    assert "\n" not in message


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    for position, length, insert in cuts:
        at = position % (len(data) + 1)
        data = data[:at] + insert + data[at + length :]
    return data


_INSERTS = st.sampled_from(
    [
        b"",
        b"9" * 30,
        b"\x00",
        b";",
        b",",
        b"\n",
        b"<",
        b"</STMTTRN>",
        b":61:",
        b"<Ntry>",
        b"^\n",
        b"-",
        b"\xff\xfe",
    ]
)
_CUTS = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 64), _INSERTS), min_size=1, max_size=6)


@FUZZ
@given(st.sampled_from(sorted(SEEDS)), _CUTS)
def test_mutated_real_statements_give_transactions_or_one_line(
    seed: str, cuts: list[tuple[int, int, bytes]]
) -> None:
    source = SEEDS[seed]
    read_all(_mutate(source.read_bytes(), cuts), source.suffix)


@FUZZ
@given(st.sampled_from(sorted(SEEDS)), st.integers(0, 1 << 16))
def test_truncated_statements_give_transactions_or_one_line(seed: str, keep: int) -> None:
    data = SEEDS[seed].read_bytes()
    read_all(data[: keep % (len(data) + 1)], SEEDS[seed].suffix)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([".csv", ".ofx", ".sta", ".xml", ".qif"]))
def test_arbitrary_bytes_give_transactions_or_one_line(data: bytes, suffix: str) -> None:
    read_all(data, suffix)


_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@FUZZ
@given(st.lists(st.lists(_CELL, min_size=0, max_size=7), min_size=1, max_size=12))
def test_ragged_csv_rows_give_transactions_or_one_line(rows: list[list[str]]) -> None:
    header = "Date,Description,Amount,Currency\n2026-01-05,NETFLIX.COM,-15.49,EUR\n"
    body = "\n".join(",".join(row) for row in rows)
    read_all((header + body).encode(), ".csv")


def test_a_thirty_digit_amount_is_one_clear_line() -> None:
    read_all(b"Date,Description,Amount\n2026-01-05,NETFLIX.COM,-" + b"9" * 30 + b".00\n", ".csv")
    ofx = SEEDS["ofx"].read_bytes().replace(b"<TRNAMT>-6.60", b"<TRNAMT>-" + b"9" * 30, 1)
    read_all(ofx, ".ofx")
