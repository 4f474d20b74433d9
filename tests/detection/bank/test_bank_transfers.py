"""Money moved to one's own savings and investment accounts is a transfer, in every export language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.detection.bank.merchants import merchant_for
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import iter_statement
from app.detection.bank.transactions import Transaction

TODAY = date(2026, 11, 29)

OWN_ACCOUNT_LINES = [
    "VIR SEPA LIVRET A",  # French
    "VIREMENT PERMANENT VERS LDDS",
    "PRLV ASSURANCE VIE",
    "Dauerauftrag Sparkonto",  # German
    "Umbuchung Tagesgeld",
    "INTERNET-Überweisung",
    "Naar Oranje Spaarrekening",  # Dutch
    "Overboeking beleggingsrekening",
    "Traspaso a cuenta ahorro",  # Spanish
    "Giroconto conto deposito",  # Italian
    "Převod na spořicí účet",  # Czech
    "Átvezetés saját számla",  # Hungarian
    "Przelew własny oszczędności",  # Polish
    "Överföring sparkonto",  # Swedish
    "Transfer to Savings Pot",  # English (Monzo, Starling …)
    "VANGUARD BROKERAGE",
]


def monthly(description: str, amount: str, months: int = 8) -> list[Transaction]:
    out = []
    for k in range(months):
        year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - k, 12)
        posted = date(year, month + 1, 5)
        out.append(Transaction(f"{description}-{k}", "acct", posted, Decimal(amount), "EUR", description))
    return out


@pytest.mark.parametrize("description", OWN_ACCOUNT_LINES)
def test_a_monthly_move_to_ones_own_account_is_a_transfer(description: str) -> None:
    assert merchant_for(description).category == "transfer"
    found = detect_recurring(monthly(description, "-200.00"), today=TODAY)
    assert [item.kind for item in found] == ["transfer"]


@pytest.mark.parametrize("description", ["Potsdam Bäckerei", "DEPOT BOULANGERIE", "NETFLIX.COM"])
def test_words_inside_other_names_are_not_own_accounts(description: str) -> None:
    assert merchant_for(description).category != "transfer"


def test_a_french_csv_in_euros_keeps_its_currency_and_its_savings_transfer(tmp_path: Path) -> None:
    lines = ["Date;Libellé;Montant (EUR)"]
    for month in range(1, 11):
        lines.append(f"05/{month:02d}/2026;VIR SEPA LIVRET A;-150,00")
        lines.append(f"12/{month:02d}/2026;PRLV SEPA NETFLIX.COM;-13,49")
        lines.append(f"{14 + month}/{month:02d}/2026;CARTE CARREFOUR CITY;-{20 + month},30")
    path = tmp_path / "releve.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = {item.name: item for item in detect_recurring(iter_statement(path), today=date(2026, 10, 20))}
    assert {item.currency for item in found.values()} == {"EUR"}
    assert found["Livret A"].kind == "transfer"
    assert (found["Netflix"].kind, found["Netflix"].amount) == ("subscription", Decimal("13.49"))
