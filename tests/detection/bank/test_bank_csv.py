"""CSV dialect detection: encodings, delimiters, number and date formats, layouts."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import (
    ColumnMapping,
    CsvInspection,
    StatementError,
    inspect_csv,
    iter_statement,
    sniff_format,
)

ROWS = [
    ("2026-01-05", "NETFLIX.COM", "-15.49"),
    ("2026-01-17", "ACME PAYROLL", "2450.00"),
    ("2026-02-05", "NETFLIX.COM", "-15.49"),
]


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def amounts(path: Path) -> list[tuple[str, Decimal, str]]:
    return [(str(t.posted_on), t.amount, t.description) for t in iter_statement(path)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Date,Description,Amount\r\n2026-01-05,CAFÉ CRÈME,-3.50\r\n2026-01-06,NETFLIX.COM,-15.49\r\n"
    path = write(tmp_path, text, encoding)
    assert amounts(path)[0] == ("2026-01-05", Decimal("-3.50"), "CAFÉ CRÈME")


def test_european_semicolon_decimal_comma_day_first(tmp_path: Path) -> None:
    text = (
        "Buchungstag;Empfänger;Betrag;Währung\n"
        "03.02.2026;Spotify AB;-10,99;EUR\n"
        "13.02.2026;Miete;-1.250,00;EUR\n"
    )
    path = write(tmp_path, text, "cp1252")
    rows = list(iter_statement(path))
    assert [(str(t.posted_on), t.amount, t.currency) for t in rows] == [
        ("2026-02-03", Decimal("-10.99"), "EUR"),
        ("2026-02-13", Decimal("-1250.00"), "EUR"),
    ]
    assert inspect_csv(path).confident


def test_headerless_bare_cr_month_first(tmp_path: Path) -> None:
    text = "1/13/26,NETFLIX.COM,-15.49\r2/13/26,NETFLIX.COM,-15.49\r3/13/26,NETFLIX.COM,-17.99\r"
    path = write(tmp_path, text)
    assert [a for _d, a, _t in amounts(path)] == [Decimal("-15.49"), Decimal("-15.49"), Decimal("-17.99")]
    inspection = inspect_csv(path)
    assert not inspection.confident
    assert inspection.header == ["Column 1", "Column 2", "Column 3"]


def test_split_debit_credit_columns_with_preamble(tmp_path: Path) -> None:
    text = (
        "Account statement for 12345678\n\n"
        "Date,Details,Money Out,Money In,Balance\n"
        "2026-01-05,NETFLIX.COM,15.49,,100.00\n"
        '2026-01-17,ACME PAYROLL,,"2,450.00",2550.00\n'
    )
    assert [a for _d, a, _t in amounts(write(tmp_path, text))] == [Decimal("-15.49"), Decimal("2450.00")]


def test_credit_and_debit_columns_named_in_german_both_count(tmp_path: Path) -> None:
    # PostFinance: "Gutschrift" (money in) and "Lastschrift" (money out, already negative)
    text = (
        "Buchungsdatum;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Saldo in CHF\n"
        "25.03.2025;GUTSCHRIFT AUFTRAGGEBER: ACME AG;6420.55;;24075.92\n"
        "24.03.2025;LASTSCHRIFT NZZ AG;;-29.00;17655.37\n"
    )
    assert [a for _d, a, _t in amounts(write(tmp_path, text))] == [Decimal("6420.55"), Decimal("-29.00")]


def test_an_unsigned_amount_with_a_dutch_af_bij_column_takes_its_sign(tmp_path: Path) -> None:
    text = (
        '"Datum";"Naam / Omschrijving";"Af Bij";"Bedrag (EUR)"\n'
        '"20250224";"ACME B.V.";"Bij";"2890,40"\n'
        '"20250225";"Starbucks Centraal";"Af";"4,50"\n'
    )
    assert [a for _d, a, _t in amounts(write(tmp_path, text))] == [Decimal("2890.40"), Decimal("-4.50")]


def test_ambiguous_dates_and_unsigned_amounts_ask_for_confirmation(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Merchant,Amount\n01/02/2026,NETFLIX.COM,15.49\n03/04/2026,SPOTIFY,10.99\n")
    inspection = inspect_csv(path)
    assert not inspection.confident
    assert len(inspection.doubts) == 3
    assert "does not name its currency" in inspection.doubts[2]
    assert inspection.mapping.negate


def test_inspection_round_trips_through_json_and_a_corrected_mapping_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Merchant,Amount\n01/02/2026,NETFLIX.COM,15.49\n03/04/2026,SPOTIFY,10.99\n")
    inspection = inspect_csv(path)
    again = CsvInspection.from_json(json.loads(json.dumps(inspection.to_json())))
    assert again == inspection
    corrected = ColumnMapping.from_json(inspection.mapping.to_json() | {"date_order": "DMY", "negate": False})
    rows = list(iter_statement(path, mapping=corrected))
    assert [(str(t.posted_on), t.amount) for t in rows] == [
        ("2026-02-01", Decimal("15.49")),
        ("2026-04-03", Decimal("10.99")),
    ]


def test_invalid_mapping_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StatementError, match="no amount column"):
        ColumnMapping.from_json({"date_column": 0})


def test_reimport_gives_the_same_ids_and_duplicates_stay_distinct(tmp_path: Path) -> None:
    text = (
        "Date,Description,Amount\n2026-01-05,COFFEE,-3.50\n2026-01-05,COFFEE,-3.50\n2026-01-06,COFFEE,-3.50\n"
    )
    path = write(tmp_path, text)
    first = [t.id for t in iter_statement(path)]
    assert first == [t.id for t in iter_statement(write(tmp_path, text, name="copy.csv"))]
    assert len(set(first)) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\x03PK\x05\x06" * 50, "not a bank statement"),
        (b"%PDF-1.7\n1 0 obj\n", "not a bank statement"),
        (b"hello world\nthis is not a statement\n", "not a statement"),
    ],
)
def test_unusable_files_fail_with_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    with pytest.raises(StatementError, match=message) as caught:
        list(iter_statement(path))
    assert "\n" not in str(caught.value)


def test_sniff_format_recognises_ofx_without_header(tmp_path: Path) -> None:
    assert (
        sniff_format(write(tmp_path, "\n\n<OFX><BANKMSGSRSV1></BANKMSGSRSV1></OFX>", name="x.qfx")) == "ofx"
    )
    assert sniff_format(write(tmp_path, "Date,Amount\n2026-01-01,1\n")) == "csv"


def test_the_purpose_beside_the_payee_says_what_a_payment_is_and_the_payee_names_it(tmp_path: Path) -> None:
    header = "Buchungstag;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;Waehrung\n"
    rows = "".join(
        f"0{d}.0{m}.25;{payee};{purpose} 0{m}/2025;-{amount};EUR\n"
        for m in range(1, 8)
        for d, payee, purpose, amount in (
            (3, "Max Mustermann", "Sparkonto Dauerauftrag", "300,00"),
            (5, "Santander Consumer Bank AG", "Rate Kreditvertrag 135606799", "245,00"),
        )
    )
    path = write(tmp_path, header + rows)
    first = next(iter_statement(path))
    assert first.description == "Max Mustermann | Sparkonto Dauerauftrag 01/2025"
    found = {(f.name, f.kind) for f in detect_recurring(iter_statement(path), today=date(2025, 7, 20))}
    assert found == {("Max Mustermann", "transfer"), ("Santander Consumer Bank", "bill")}


def test_notes_columns_named_in_spanish_and_dutch_are_purposes(tmp_path: Path) -> None:
    text = "Fecha;Concepto;Importe;Divisa;Observaciones\n"
    text += "03/02/2025;RECIBO MAPFRE ESPANA;-27,15;EUR;SEGURO HOGAR\n"
    assert [t.description for t in iter_statement(write(tmp_path, text))] == [
        "RECIBO MAPFRE ESPANA | SEGURO HOGAR"
    ]
