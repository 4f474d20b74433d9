"""Every real statement in ../shared/data/real-statements imports, or fails with one clear line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.detection.bank.csvfiles import inspect_csv
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import StatementError, iter_statement
from app.detection.bank.transactions import Transaction
from app.detection.types import ACTIVE_CONFIDENCE

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real-statements"

MT940 = "more/WoLpH_mt940/WoLpH_mt940__mt940_tests__"
CAMT = "more/genkgo_camt/genkgo_camt__test__data__"
QIF = "more/isaacharrisholt_quiffen/isaacharrisholt_quiffen__tests__test_files__"
B2Y = "more/bank2ynab_bank2ynab/bank2ynab_bank2ynab__test__test-data__"
DBS = "dba33fceecd62c3c727893361e0ba4d3.P000000027355791.csv"
OUTBANK_CSV = "csv2ofx/outbank.csv"

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
    MT940 + "ASNB__0708271685_09022020_164516.940.txt": 8,
    MT940 + "betterplace__sepa_snippet.sta": 11,
    MT940 + "betterplace__sepa_snippet_broken.sta": 1,
    MT940 + "jejik__generic.sta": 2,
    MT940 + "jejik__knab.sta": 3,
    MT940 + "jejik__postfinance.sta": 4,
    MT940 + "jejik__rabobank-iban.sta": 4,
    MT940 + "jejik__rabobank.sta": 5,
    MT940 + "jejik__sns.sta": 2,
    MT940 + "jejik__triodos.sta": 2,
    MT940 + "mBank__mt940.sta": 3,
    MT940 + "mBank__mt942.sta": 3,
    MT940 + "self-provided__mt942.sta": 1,
    MT940 + "self-provided__raiffeisen-cmi.sta": 7,
    MT940 + "self-provided__sparkassen.sta": 1,
    MT940 + "self-provided__transaction_details_wrapped.sta": 1,
    MT940 + "self-provided__whitespace.sta": 1,
    B2Y + "20171001-20171106.csv": 1,
    B2Y + "2018-04-14_10-52-13_bunq-transactieoverzicht.csv": 3,
    B2Y + "20180226-1000594757-umsatz.CSV": 1,
    B2Y + "CSV_A_20180414_112204.csv": 3,
    B2Y + "MS_JANE_SMITH_01-12-2019_14-12-2019.csv": 10,
    B2Y + "MonzoDataExport_February2018_2018-02-26_174335.csv": 1,
    B2Y + "Movements_1234512345_201805271848.csv": 1,
    B2Y + "TH_20180101-20180523_page_1.csv": 9,
    B2Y + "TH_20180101-20180523_strana_1.csv": 9,
    B2Y + "TH_20180521-20180523.csv": 1,
    B2Y + "TransactionHistory_20180418043121.csv": 8,
    B2Y + "Umsaetze_KtoNr538917600_EUR_02-03-2018_1503.CSV": 1,
    B2Y + "W80844_EBH_201945.202122.csv": 2,
    B2Y + "dba33fceecd62c3c727893361e0ba4d3.P000000027355791.csv": 1,
    B2Y + "export_KBC-Mastercard Business Essential_20200204_1604.csv": 3,
    B2Y + "statement_1.csv": 1,
    B2Y + "test_BOI_TransactionExport.csv": 27,
    B2Y + "test_delimiter_tab.csv": 64,
    B2Y + "test_headers.csv": 73,
    B2Y + "test_raiffeisen_01.csv": 73,
    B2Y + "test_raiffeisen_02.csv": 73,
    B2Y + "test_regex_123456_87654321_1234_21_12.csv": 73,
    B2Y + "test_row_format_CD_flag.csv": 73,
    B2Y + "test_row_format_default.csv": 64,
    B2Y + "umsatz-1234________1234-20180227.CSV": 1,
    CAMT + "camt052.v1.xml": 1,
    CAMT + "camt052.v2.other-account.xml": 1,
    CAMT + "camt052.v2.with-account-name.xml": 1,
    CAMT + "camt052.v2.xml": 1,
    CAMT + "camt052.v8.xml": 1,
    CAMT + "camt053.v2.all-balance-types.xml": 1,
    CAMT + "camt053.v2.five.decimals.xml": 1,
    CAMT + "camt053.v2.minimal.ultimate.xml": 1,
    CAMT + "camt053.v2.minimal.xml": 1,
    CAMT + "camt053.v2.multi.statement.xml": 2,
    CAMT + "camt053.v2.with-account-name.xml": 1,
    CAMT + "camt053.v2.with-party-ids.xml": 1,
    CAMT + "camt053.v3.xml": 1,
    CAMT + "camt053.v4.xml": 1,
    CAMT + "camt053.v8.xml": 1,
    CAMT + "camt054.v2.with-account-name.xml": 1,
    CAMT + "camt054.v2.xml": 1,
    CAMT + "camt054.v4.xml": 1,
    CAMT + "camt054.v8-with-UETR.xml": 1,
    CAMT + "camt054.v8-with-financial-institution.xml": 1,
    QIF + "test.qif": 5,
    QIF + "test_category_override.qif": 4,
    QIF + "test_circular_reference.qif": 2,
    QIF + "test_oth_a.qif": 5,
    QIF + "test_split.qif": 1,
    QIF + "test_transaction_before_account_definition_1.qif": 2,
    QIF + "test_transaction_before_account_definition_2.qif": 2,
    "ofxparse/anzcc.ofx": 1,
    "ofxparse/bank_medium.ofx": 3,
    "ofxparse/checking.ofx": 3,
    "ofxparse/fail_nice/empty_balance.ofx": 1,
    "ofxparse/fidelity-savings.ofx": 4,
    "ofxparse/fidelity.ofx": 3,
    "ofxparse/investment_medium.ofx": 3,
    "ofxparse/ofx-v102-empty-tags.ofx": 1,
    "ofxparse/suncorp.ofx": 1,
}
EXPECTED_ERRORS = {
    MT940 + "betterplace__empty_86.sta": "holds no bank transactions",
    MT940 + "betterplace__empty_line.sta": "holds no bank transactions",
    MT940 + "betterplace__missing_crlf_at_end.sta": "holds no bank transactions",
    MT940 + "cmxl__account_balance_credit.sta": "holds no bank transactions",
    MT940 + "cmxl__closing_balance.sta": "holds no bank transactions",
    MT940 + "cmxl__reference.sta": "holds no bank transactions",
    MT940 + "self-provided__empty_non_swift.sta": "no row with a date",
    MT940 + "self-provided__invalid_statement.sta": "no row with a date",
    MT940 + "self-provided__long_statement_number.sta": "holds no bank transactions",
    CAMT + "camt052.v4.xml": "holds no bank transactions",
    CAMT + "camt052.v6.Amt-zero.xml": "holds no bank transactions",
    CAMT + "camt052.v6.xml": "holds no bank transactions",
    CAMT + "camt053.v2.wrong.xml": "holds no statement",
    CAMT + "camt53.only-Dt-with-DtTm.xml": "holds no bank transactions",
    QIF + "empty.qif": "is empty",
    QIF + "test_category_inherit.qif": "holds no bank transactions",
    QIF + "test_clear_autoswitch.qif": "holds no bank transactions",
    QIF + "test_nosymbol.qif": "holds no bank transactions",
    QIF + "test_option_autoswitch.qif": "holds no bank transactions",
    QIF + "test_unknown_account_type.qif": "holds no bank transactions",
    "ofxparse/account_listing_aggregation.ofx": "holds no bank transactions",
    "ofxparse/bank_small.ofx": "holds no bank transactions",
    "ofxparse/error_message.ofx": "server returned an error",
    "ofxparse/fail_nice/date_missing.ofx": "holds no bank transactions",
    "ofxparse/fail_nice/decimal_error.ofx": "holds no bank transactions",
    "ofxparse/investment_401k.ofx": "holds no bank transactions",
    "ofxparse/multiple_accounts.ofx": "holds no bank transactions",
    "ofxparse/multiple_accounts2.ofx": "holds no bank transactions",
    "ofxparse/signon_fail.ofx": "refused the sign-on",
    "ofxparse/signon_success.ofx": "holds no bank transactions",
    "ofxparse/signon_success_no_message.ofx": "holds no bank transactions",
    "ofxparse/td_ameritrade.ofx": "holds no bank transactions",
    "ofxparse/tiaacref.ofx": "holds no bank transactions",
    "ofxparse/vanguard.ofx": "holds no bank transactions",
    "ofxparse/vanguard401k.ofx": "holds no bank transactions",
}
SKIPPED = {
    "csv2ofx/amazon.csv": 4,
    "csv2ofx/mint_extra.csv": 1,
    B2Y + "TransactionHistory_20180418043121.csv": 8,
    B2Y + "test_delimiter_tab.csv": 10,
    B2Y + "test_headers.csv": 3,
    B2Y + "test_raiffeisen_01.csv": 1,
    B2Y + "test_raiffeisen_02.csv": 1,
    B2Y + "test_regex_123456_87654321_1234_21_12.csv": 1,
    B2Y + "test_row_format_CD_flag.csv": 1,
    B2Y + "test_row_format_default.csv": 10,
}

SKIPPED_FILES = {"LICENSE", "SOURCE.txt"}


def _statement_files() -> list[str]:
    assert REAL.is_dir(), f"{REAL} is missing: CI checks shared/ out beside the repository"
    return sorted(
        str(p.relative_to(REAL)) for p in REAL.rglob("*") if p.is_file() and p.name not in SKIPPED_FILES
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
def test_unimportable_files_fail_with_one_clear_line(name: str) -> None:
    with pytest.raises(StatementError, match=EXPECTED_ERRORS[name]) as caught:
        list(iter_statement(REAL / name))
    assert "\n" not in str(caught.value)


def _only(name: str, description: str) -> Transaction:
    return next(t for t in iter_statement(REAL / name) if t.description == description)


def test_european_csv_reads_decimal_comma_currency_and_payee() -> None:
    txn = _only("csv2ofx/gls.csv", "Drillisch Online AG | SEPA-Basislastschrift")
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


def _first(name: str) -> Transaction:
    return next(iter(iter_statement(REAL / name)))


def _facts(txn: Transaction) -> tuple[str, Decimal, str]:
    return (str(txn.posted_on), txn.amount, txn.currency)


def test_mt940_reads_signed_amounts_currency_from_the_opening_balance_and_the_payee() -> None:
    txn = _first(MT940 + "jejik__rabobank.sta")
    assert _facts(txn) == ("2011-05-27", Decimal("-1213.28"), "EUR")
    assert _facts(_first(MT940 + "jejik__postfinance.sta"))[2] == "CHF"
    assert _first(MT940 + "self-provided__whitespace.sta").description.startswith("DEUTSCHE KREDITBANK")
    assert _first(MT940 + "jejik__triodos.sta").description.startswith("ALGEMENE TUSSENREKENING KOSTEN VAN")
    rabobank = [t.description for t in iter_statement(REAL / (MT940 + "jejik__rabobank.sta"))]
    assert rabobank[1].startswith("T-MOBILE NETHERLANDS BV")  # named in the :61: supplementary details


def test_mt940_structured_fields_that_are_no_text_are_not_shown_and_the_ids_stay() -> None:
    found = list(iter_statement(REAL / (MT940 + "jejik__rabobank-iban.sta")))
    assert [t.description for t in found[:2]] == ["CONTRA ACCOUNT HOLDER", "JOHN DOE Reference 201301234"]
    # built from the text with its /ISDT/ field, as before it was left out: a file imported then
    # does not come in twice
    assert [t.id for t in found[:2]] == ["mt940-f781f4372ab4dd567f8f5c38", "mt940-1e4663bcdb37a33680142c4f"]


def test_mt940_with_an_iban_as_customer_reference_uses_the_asn_reading() -> None:
    txn = _first(MT940 + "ASNB__0708271685_09022020_164516.940.txt")
    assert _facts(txn) == ("2020-01-01", Decimal("-65.00"), "EUR")
    assert "paulissen" in txn.description


def test_mt942_interim_report_imports() -> None:
    assert _facts(_first(MT940 + "self-provided__mt942.sta")) == ("2016-10-31", Decimal("-0.42"), "EUR")


def test_camt053_entry_gives_direction_currency_and_counterparty() -> None:
    txn = _first(CAMT + "camt053.v2.minimal.xml")
    assert _facts(txn) == ("2014-12-31", Decimal("8.85"), "EUR")
    assert txn.description.startswith("NAME NAME")
    assert _first(CAMT + "camt053.v8.xml").description.startswith("NAME NAME")  # v8 nests the name in Pty


def test_camt_pending_entries_are_left_out_and_said_so() -> None:
    with pytest.raises(StatementError, match="PDNG"):
        list(iter_statement(REAL / (CAMT + "camt052.v4.xml")))


def test_qif_day_first_dates_are_recognised_from_the_file() -> None:
    dates = [str(t.posted_on) for t in iter_statement(REAL / (QIF + "test_category_override.qif"))]
    assert dates[:2] == ["2017-12-22", "2018-01-01"]


def test_qif_names_no_currency_so_the_default_applies_and_a_guess_is_said() -> None:
    notes: list[str] = []
    path = REAL / (QIF + "test.qif")
    assert {t.currency for t in iter_statement(path, on_note=notes.append)} == {"USD"}
    assert notes == [
        "the QIF file does not name its currency; amounts read as USD"
        " (a guess from its month-first dates, as US banks write them)"
    ]
    assert {t.currency for t in iter_statement(path, default_currency="EUR")} == {"EUR"}
    notes.clear()
    list(iter_statement(REAL / (QIF + "test_category_override.qif"), on_note=notes.append))  # 22/12/2017
    assert notes == ["the QIF file does not name its currency; amounts read as USD (assumed)"]


@pytest.mark.parametrize(
    ("name", "currency"),
    [
        ("csv2ofx/n26-fr.csv", "EUR"),
        (B2Y + "W80844_EBH_201945.202122.csv", "HUF"),
        (B2Y + "test_raiffeisen_01.csv", "EUR"),  # no header: a column of ISO codes
        (B2Y + "umsatz-1234________1234-20180227.CSV", "EUR"),  # "Buchungswährung"
        (B2Y + "Movements_1234512345_201805271848.csv", "CZK"),  # "Měna účtu"
        (B2Y + "MonzoDataExport_February2018_2018-02-26_174335.csv", "GBP"),
    ],
)
def test_csv_currency_comes_from_the_file(name: str, currency: str) -> None:
    assert {t.currency for t in iter_statement(REAL / name)} == {currency}


def test_a_csv_naming_no_currency_but_paying_sepa_direct_debits_is_read_in_euros() -> None:
    """Bank of Ireland's export has no currency anywhere but "SEPA DD" rows; the mapping step asks."""
    path = REAL / (B2Y + "test_BOI_TransactionExport.csv")
    assert {t.currency for t in iter_statement(path)} == {"EUR"}
    inspection = inspect_csv(path)
    assert not inspection.confident
    assert "EUR is a guess from its SEPA payments, made in euros only" in " ".join(inspection.doubts)


def test_a_csv_naming_no_currency_but_paying_by_bizum_is_read_in_euros() -> None:
    """ING Spain's export has English headers and no currency; Bizum is a Spanish, euro-only scheme."""
    path = REAL / "csv2ofx/ingesp.csv"
    assert {t.currency for t in iter_statement(path)} == {"EUR"}
    inspection = inspect_csv(path)
    assert not inspection.confident
    assert "EUR is a guess from its Bizum payments, made in euros only" in " ".join(inspection.doubts)


def test_a_currency_written_out_in_the_descriptions_is_proposed_not_assumed() -> None:
    """bank2ynab's card statement names no currency but its description says "POUND STERLING"."""
    path = REAL / (B2Y + "statement_1.csv")
    assert {t.currency for t in iter_statement(path)} == {"GBP"}
    inspection = inspect_csv(path)
    assert not inspection.confident
    assert "GBP is a guess from the currency its descriptions name" in " ".join(inspection.doubts)


def test_only_files_without_bank_transactions_are_refused() -> None:
    """The quality gate: a refusal is a server error, an empty file or one with no transactions."""
    reasons = {"holds no bank transactions", "server returned an error", "refused the sign-on", "is empty"}
    reasons |= {"no row with a date", "holds no statement"}
    assert set(EXPECTED_ERRORS.values()) <= reasons
    assert all(count > 0 for count in EXPECTED_COUNTS.values())


LABELS = json.loads((Path(__file__).resolve().parents[3] / "bench/data/bank-real-labels.json").read_text())


def test_trusted_findings_on_real_statements_are_all_labelled_streams() -> None:
    """The quality gate for trust: on the real files, nothing at the active threshold is wrong."""
    trusted, labelled = [], 0
    for name in EXPECTED_COUNTS:
        transactions = list(iter_statement(REAL / name))
        today = max(t.posted_on for t in transactions)
        keys = {label["key"] for label in LABELS.get(name, [])}
        for item in detect_recurring(transactions, today=today):
            if item.confidence >= ACTIVE_CONFIDENCE:
                trusted.append((name, item.key))
                labelled += item.key in keys
    assert trusted
    assert labelled / len(trusted) >= 0.97, trusted


@pytest.mark.parametrize(
    ("name", "currency", "reason"),
    [
        ("csv2ofx/amazon.csv", "USD", "the currency signs in its text"),  # "Visa ending in 1234: $4.22"
        ("csv2ofx/mint.csv", "USD", "its month-first dates"),  # 6/13/15
        (B2Y + "test_row_format_default.csv", "EUR", "its German descriptions with decimal commas"),
        (B2Y + "test_delimiter_tab.csv", "EUR", "its German descriptions with decimal commas"),
    ],
)
def test_a_csv_naming_no_currency_is_proposed_one_from_its_own_evidence(
    name: str, currency: str, reason: str
) -> None:
    inspection = inspect_csv(REAL / name)
    assert inspection.mapping.currency == currency
    assert not inspection.confident
    assert f"{currency} is a guess from {reason}" in " ".join(inspection.doubts)


def test_the_home_currency_outweighs_month_first_dates_but_not_the_files_own_evidence() -> None:
    """PC Financial's Mastercard export writes 12/15/2018 as US banks do, yet the card is Canadian."""
    pc = inspect_csv(REAL / "csv2ofx/pcmastercard.csv", proposed_currency="CAD")
    assert pc.mapping.currency == "CAD"
    assert "CAD, your home currency" in " ".join(pc.doubts)
    amazon = inspect_csv(REAL / "csv2ofx/amazon.csv", proposed_currency="EUR")
    assert amazon.mapping.currency == "USD"


def test_a_csv_with_nothing_to_go_by_proposes_the_home_currency_else_says_usd_is_assumed() -> None:
    for name in ("csv2ofx/capitalone.csv", "csv2ofx/xero.csv", B2Y + DBS):
        assert "assumed USD" in " ".join(inspect_csv(REAL / name).doubts)
        assert inspect_csv(REAL / name, proposed_currency="SGD").mapping.currency == "SGD"


def test_an_mt940_without_balances_but_with_sepa_purpose_fields_is_read_in_euros() -> None:
    notes: list[str] = []
    assert {
        t.currency
        for t in iter_statement(REAL / (MT940 + "self-provided__sparkassen.sta"), on_note=notes.append)
    } == {"EUR"}
    assert notes == [
        "the MT940 file does not name its currency; amounts read as EUR"
        " (a guess from its SEPA payments, made in euros only)"
    ]


def test_a_qif_split_amount_is_no_dollar_sign() -> None:
    """QIF starts a split's amount with ``$``; the file still names no currency."""
    notes: list[str] = []
    list(iter_statement(REAL / (QIF + "test_split.qif"), on_note=notes.append))
    assert notes == ["the QIF file does not name its currency; amounts read as USD (assumed)"]


def test_rows_leaving_the_currency_column_empty_take_the_currency_the_others_name() -> None:
    assert inspect_csv(REAL / OUTBANK_CSV).mapping.currency == "EUR"


def test_an_ofx_with_an_empty_curdef_but_a_currency_on_each_transaction_makes_no_guess() -> None:
    notes: list[str] = []
    rows = list(iter_statement(REAL / "ofxparse/ofx-v102-empty-tags.ofx", on_note=notes.append))
    assert ({t.currency for t in rows}, notes) == ({"AUD"}, [])
