"""Every real statement in ../shared/data/real-statements imports, or fails with one clear line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.detection.bank.statements import StatementError, iter_statement
from app.detection.bank.transactions import Transaction

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real-statements"

EXPECTED_COUNTS = {
    "csv2ofx/amazon.csv": 3,
    "csv2ofx/capitalone.csv": 2,
    "csv2ofx/creditunion.csv": 8,
    "csv2ofx/default.csv": 8,
    "csv2ofx/gls.csv": 1,
    "csv2ofx/ingesp.csv": 10,
    "csv2ofx/mint.csv": 4,
    "csv2ofx/mint_extra.csv": 4,
    "csv2ofx/mint_headerless.csv": 4,
    "csv2ofx/n26-fr.csv": 2,
    "csv2ofx/outbank.csv": 4,
    "csv2ofx/payoneer.csv": 2,
    "csv2ofx/pcmastercard.csv": 2,
    "csv2ofx/schwab-checking-baltest-case1.csv": 4,
    "csv2ofx/schwab-checking-baltest-case2.csv": 4,
    "csv2ofx/schwab-checking-baltest-case3.csv": 4,
    "csv2ofx/schwab-checking-baltest-case4.csv": 4,
    "csv2ofx/schwab-checking-baltest-case5.csv": 4,
    "csv2ofx/schwab-checking-baltest-case6.csv": 4,
    "csv2ofx/schwab-checking-baltest-case7.csv": 2,
    "csv2ofx/schwab-checking.csv": 4,
    "csv2ofx/stripe-all.csv": 5,
    "csv2ofx/stripe-default.csv": 5,
    "csv2ofx/ubs-ch-fr_trimmed.csv": 3,
    "csv2ofx/xero.csv": 13,
    "ofxparse/account_listing_aggregation.ofx": 0,
    "ofxparse/anzcc.ofx": 1,
    "ofxparse/bank_medium.ofx": 3,
    "ofxparse/bank_small.ofx": 0,
    "ofxparse/checking.ofx": 3,
    "ofxparse/fail_nice/date_missing.ofx": 0,
    "ofxparse/fail_nice/decimal_error.ofx": 0,
    "ofxparse/fail_nice/empty_balance.ofx": 1,
    "ofxparse/fidelity-savings.ofx": 4,
    "ofxparse/fidelity.ofx": 3,
    "ofxparse/investment_401k.ofx": 0,
    "ofxparse/investment_medium.ofx": 3,
    "ofxparse/multiple_accounts.ofx": 0,
    "ofxparse/multiple_accounts2.ofx": 0,
    "ofxparse/ofx-v102-empty-tags.ofx": 1,
    "ofxparse/signon_success.ofx": 0,
    "ofxparse/signon_success_no_message.ofx": 0,
    "ofxparse/suncorp.ofx": 1,
    "ofxparse/td_ameritrade.ofx": 0,
    "ofxparse/tiaacref.ofx": 0,
    "ofxparse/vanguard.ofx": 0,
    "ofxparse/vanguard401k.ofx": 0,
}
EXPECTED_ERRORS = {
    "ofxparse/error_message.ofx": "server returned an error",
    "ofxparse/signon_fail.ofx": "refused the sign-on",
}
SKIPPED = {
    "ofxparse/fail_nice/date_missing.ofx": 3,
    "ofxparse/fail_nice/decimal_error.ofx": 1,
    "csv2ofx/amazon.csv": 4,
    "csv2ofx/mint_extra.csv": 1,
}


def _statement_files() -> list[str]:
    assert REAL.is_dir(), f"{REAL} is missing: CI checks shared/ out beside the repository"
    return sorted(
        str(p.relative_to(REAL)) for p in REAL.rglob("*") if p.is_file() and p.suffix in (".ofx", ".csv")
    )


def test_every_real_statement_is_listed() -> None:
    assert set(_statement_files()) == set(EXPECTED_COUNTS) | set(EXPECTED_ERRORS)


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_real_statement_imports_with_stable_ids(name: str) -> None:
    skipped: list[str] = []
    first = list(iter_statement(REAL / name, on_skip=skipped.append))
    again = list(iter_statement(REAL / name))
    assert len(first) == EXPECTED_COUNTS[name]
    assert [t.id for t in first] == [t.id for t in again]
    assert len({t.id for t in first}) == len(first)
    assert len(skipped) == SKIPPED.get(name, 0)
    assert all(len(t.currency) == 3 and t.currency.isupper() for t in first)


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_server_error_responses_fail_with_one_clear_line(name: str) -> None:
    with pytest.raises(StatementError, match=EXPECTED_ERRORS[name]) as caught:
        list(iter_statement(REAL / name))
    assert "\n" not in str(caught.value)


def _only(name: str, description: str) -> Transaction:
    return next(t for t in iter_statement(REAL / name) if t.description == description)


def test_european_csv_reads_decimal_comma_currency_and_payee() -> None:
    txn = _only("csv2ofx/gls.csv", "Drillisch Online AG")
    assert (str(txn.posted_on), txn.amount, txn.currency, txn.account_id) == (
        "2017-10-10",
        Decimal("-98.76"),
        "EUR",
        "1234567890",
    )


def test_split_debit_credit_columns_give_signed_amounts() -> None:
    amounts = {t.description: t.amount for t in iter_statement(REAL / "csv2ofx/capitalone.csv")}
    assert amounts == {"Airplanes R Us": Decimal("-1000.00"), "CAPITAL ONE AUTOPAY PYMT": Decimal("1000.00")}
    ubs = list(iter_statement(REAL / "csv2ofx/ubs-ch-fr_trimmed.csv"))
    expected = [(Decimal("-10.00"), "CHF"), (Decimal("240.00"), "CHF")]
    assert [(t.amount, t.currency) for t in ubs][:2] == expected


def test_headerless_bare_cr_file_uses_the_debit_credit_column() -> None:
    rows = list(iter_statement(REAL / "csv2ofx/mint_headerless.csv"))
    assert [(str(t.posted_on), t.amount) for t in rows] == [
        ("2015-06-12", Decimal("-1000.00")),
        ("2015-06-12", Decimal("-1500.00")),
        ("2015-06-13", Decimal("2000.00")),
        ("2015-06-14", Decimal("-2500.00")),
    ]


def test_ofx_sgml_without_closing_tags_reads_name_memo_and_local_date() -> None:
    txn = next(iter(iter_statement(REAL / "ofxparse/bank_medium.ofx")))
    assert (str(txn.posted_on), txn.amount, txn.currency, txn.description) == (
        "2009-04-01",
        Decimal("-6.60"),
        "CAD",
        "MCDONALD'S #112",
    )
