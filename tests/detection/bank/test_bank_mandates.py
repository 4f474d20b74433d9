"""SEPA mandate references reach detection from every format that carries one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.detection.bank.mandates import mandate_in
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import iter_statement
from app.detection.bank.transactions import Transaction

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real-statements"
B2Y = "more/bank2ynab_bank2ynab/bank2ynab_bank2ynab__test__test-data__"
SPARKASSE = B2Y + "20180226-1000594757-umsatz.CSV"
OUTBANK = "csv2ofx/outbank.csv"
RABOBANK = B2Y + "CSV_A_20180414_112204.csv"
CAMT = "more/genkgo_camt/genkgo_camt__test__data__camt053.v2.minimal.xml"
MT940_SPARKASSE = "more/WoLpH_mt940/WoLpH_mt940__mt940_tests__self-provided__sparkassen.sta"


def _read(path: Path) -> list[Transaction]:
    return list(iter_statement(path))


def _findings(transactions: list[Transaction]) -> dict[str, tuple[Decimal, str, float]]:
    today = max(t.posted_on for t in transactions)
    return {f.key: (f.amount, f.cycle, f.confidence) for f in detect_recurring(transactions, today=today)}


def test_a_reference_in_the_purpose_text_stops_at_the_next_sepa_field() -> None:
    text = "EREF+RECHNR. 100532580591MREF+KD020007057822CRED+DE20KD000000058294SVWZ+02/2018"
    assert mandate_in(text) == "KD020007057822"
    assert mandate_in("GYMCO Mandatsreferenz: M-88213") == "M-88213"
    assert mandate_in("RUM : FR12ZZZ123456 PRLV SEPA") == "FR12ZZZ123456"
    assert mandate_in("set up the mandate with your bank") is None  # a reference holds a digit


def test_sparkasse_csv_keeps_the_mandate_written_in_verwendungszweck() -> None:
    """The payee leads the description, its purpose's text after it; the mandate is in the purpose."""
    [debit] = _read(REAL / SPARKASSE)
    assert (debit.description, debit.mandate) == (
        "Vodafone Kabel DeutschlandGmbH | FOLGELASTSCHRIFT | 02/2018 K-NR. 132587495 Ihre Rechnung online"
        " bei www.vodafone.de/meinkabel",
        "KD020007057822",
    )
    assert _findings([debit]) == {"vodafone": (Decimal("36.99"), "unknown", 0.4)}


def test_outbank_csv_reads_its_mandate_column() -> None:
    mandates = {t.description.partition(" | ")[0]: t.mandate for t in _read(REAL / OUTBANK)}
    assert mandates == {
        "Jane Doe": None,  # a standing order in: no mandate
        "Shell Gas": "0001-200000000000",
        "Vattenfall Europe Energy": "A012345-67890",
        "PayPal Europe S.a.r.l. et Cie S.C.A PP.1234.PP . STEAM GAMES, Your purchase at STEAM GAMES": (
            "B012345-67890"
        ),
    }


def test_one_mandated_debit_is_offered_but_not_a_shop_nor_a_wallet_purchase() -> None:
    """Vattenfall's energy bill is; a fuel purchase and PayPal's one mandate for every shop are not."""
    assert _findings(_read(REAL / OUTBANK)) == {"vattenfall": (Decimal("47.00"), "unknown", 0.4)}


def test_rabobank_csv_has_a_mandate_column_left_empty_for_transfers() -> None:
    assert [t.mandate for t in _read(REAL / RABOBANK)] == [None, None, None]


def test_camt_mndtid_is_the_mandate(tmp_path: Path) -> None:
    """camt.053 carries the mandate in ``TxDtls/Refs/MndtId``; the real sample is a credit without one."""
    original = (REAL / CAMT).read_text()
    assert [t.mandate for t in _read(REAL / CAMT)] == [None]
    refs = "<Refs><MndtId>NL12ZZZ-4711</MndtId></Refs>"
    path = tmp_path / "camt053.xml"
    path.write_text(original.replace("<TxDtls>", f"<TxDtls>{refs}", 1))
    assert [t.mandate for t in _read(path)] == ["NL12ZZZ-4711"]


MT940_DEBIT = """:20:STARTUMS
:25:12030000/1234567890
:28C:0
:60F:C261001EUR1000,00
:61:2610011001DR36,99N005NONREF
:86:105?00FOLGELASTSCHRIFT?109248?20EREF+RECHNR. 100532580591?21MREF+KD020007057822?22CRED+DE
20KD000000058294?23SVWZ+10/2026 K-NR. 132587495?30DEUTDEDK380?31DE13380700590045335700?32Vodafo
ne Kabel Deutschland GmbH
:62F:C261001EUR963,01
-
"""


def test_mt940_mref_subfield_is_the_mandate(tmp_path: Path) -> None:
    """The ``mt-940`` package splits ``MREF+`` off the purpose; it is kept, not lost with it."""
    assert [t.mandate for t in _read(REAL / MT940_SPARKASSE)] == [None]  # a transfer: no MREF
    path = tmp_path / "vodafone.sta"
    path.write_text(MT940_DEBIT)
    [debit] = _read(path)
    assert "MREF" not in debit.description
    assert debit.mandate == "KD020007057822"
    assert _findings([debit]) == {"vodafone": (Decimal("36.99"), "unknown", 0.4)}


def test_two_mandated_debits_of_a_payee_no_cue_names_are_an_early_monthly_series() -> None:
    """Only the file's mandate field says it is a direct debit; that is enough for two equal charges."""

    def debits(mandate: str | None, days: tuple[int, int]) -> list[Transaction]:
        posted = [date(2026, 9, days[0]), date(2026, 10, days[1])]
        return [
            Transaction(f"t{d}", "a", d, Decimal("-19.00"), "EUR", "Kabelwerk Ost", mandate) for d in posted
        ]

    assert _findings(debits("M-77", (3, 3))) == {"kabelwerk-ost": (Decimal("19.00"), "monthly", 0.6)}
    assert _findings(debits(None, (3, 3)))["kabelwerk-ost"][2] == 0.45  # billed twice: only likelier
    assert _findings(debits(None, (10, 4))) == {}  # two equal payments to a payee we cannot place


def test_a_one_off_collection_carries_no_standing_mandate(tmp_path: Path) -> None:
    """A card payment collected at the till (ELV), an Einmal-Lastschrift or a camt OOFF sequence
    was authorised for that one charge: not a possible subscription."""
    sparkasse = (REAL / SPARKASSE).read_text(encoding="cp1252")
    till = sparkasse.replace('"FOLGELASTSCHRIFT";"EREF+', '"LASTSCHRIFT";"ELV65123456 EREF+')
    (tmp_path / "umsatz.CSV").write_text(till, encoding="cp1252")
    [debit] = _read(tmp_path / "umsatz.CSV")
    assert (debit.mandate, _findings([debit])) == (None, {})

    (tmp_path / "once.sta").write_text(MT940_DEBIT.replace("FOLGELASTSCHRIFT", "EINMAL LASTSCHRIFT"))
    assert [t.mandate for t in _read(tmp_path / "once.sta")] == [None]

    refs = "<Refs><MndtId>NL12ZZZ-4711</MndtId></Refs><SeqTp>OOFF</SeqTp>"
    (tmp_path / "camt.xml").write_text((REAL / CAMT).read_text().replace("<TxDtls>", f"<TxDtls>{refs}", 1))
    assert [t.mandate for t in _read(tmp_path / "camt.xml")] == [None]


def test_a_lone_debit_of_a_shops_payment_company_is_a_purchase() -> None:
    debit = Transaction(
        "z", "a", date(2026, 10, 2), Decimal("-59.95"), "EUR", "Zalando Payments GmbH", "ZP-881"
    )
    assert _findings([debit]) == {}


def test_a_debit_paid_to_paypal_is_named_after_the_shop_in_its_purpose(tmp_path: Path) -> None:
    """Sparkasse and Outbank name PayPal as the payee of every PayPal purchase; the shop is in the
    purpose. Ids stay those of the payee alone, so files imported before do not double."""
    purpose = (
        "EREF+1040105283485 PP.8244.PP PAYPALMREF+5M3J224T4NRAKCRED+LU96ZZZ0000000000000000058"
        "SVWZ+PP.8244.PP . Spotify AB, Ihr Einkauf bei Spotify AB"
    )
    header, vodafone = (REAL / SPARKASSE).read_text(encoding="cp1252").splitlines()[:2]

    def statement(name: str, text: str) -> list[Transaction]:
        cells, rows = vodafone.split(";"), [header]
        for day in ("22.01.18", "22.02.18"):
            cells[1:5] = [f'"{day}"', f'"{day}"', '"FOLGELASTSCHRIFT"', f'"{text}"']
            cells[5], cells[8] = '"PayPal (Europe) S.a r.l. et Cie, S.C.A."', '"-9,99"'
            rows.append(";".join(cells))
        (tmp_path / name).write_text("\n".join(rows) + "\n", encoding="cp1252")
        return _read(tmp_path / name)

    debits = statement("paypal.CSV", purpose)
    assert debits[0].description.endswith("Spotify AB, Ihr Einkauf bei Spotify AB")
    assert _findings(debits)["spotify"][:2] == (Decimal("9.99"), "monthly")
    assert [t.id for t in debits] == [t.id for t in statement("bare.CSV", "")]
