"""A year of statements in MT940, camt.053 and QIF: the same subscriptions come out of each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import iter_statement

TODAY = date(2026, 11, 20)
CHARGES = [  # (day of month, amount, payee, purpose)
    (3, "17.99", "Netflix International B.V.", "Netflix Monatsabo"),
    (15, "39.90", "FitnessWorld GmbH", "Mitgliedsbeitrag"),
]


def months() -> list[date]:
    return [date(2025 + (m // 12), m % 12 + 1, 1) for m in range(11, 23)]


def mt940_text() -> str:
    lines = [":20:STARTUMSE", ":25:10020030/1234567890", ":28C:00001/001", ":60F:C251201EUR1000,00"]
    for first in months():
        for day, amount, payee, purpose in CHARGES:
            posted = first.replace(day=day)
            lines.append(f":61:{posted:%y%m%d}{posted:%m%d}D{amount.replace('.', ',')}NDDTNONREF")
            lines.append(f":86:105?00FOLGELASTSCHRIFT?20{purpose}?32{payee}")
    lines.append(":62F:C261120EUR100,00")
    return "\r\n".join(lines) + "\r\n-\r\n"


def camt_text() -> str:
    entries = []
    for first in months():
        for day, amount, payee, purpose in CHARGES:
            posted = first.replace(day=day)
            entries.append(
                f'<Ntry><Amt Ccy="CHF">{amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>'
                f"<BookgDt><Dt>{posted}</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Cdtr><Nm>{payee}</Nm>"
                f"</Cdtr></RltdPties><RmtInf><Ustrd>{purpose}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
            )
    return (
        '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">'
        "<BkToCstmrStmt><Stmt><Id>1</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>"
        + "".join(entries)
        + "</Stmt></BkToCstmrStmt></Document>"
    )


def qif_text() -> str:
    lines = ["!Type:Bank"]
    for first in months():
        for day, amount, payee, _purpose in CHARGES:
            lines += [f"D{first.replace(day=day):%d/%m/%Y}", f"T-{amount}", f"P{payee}", "^"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("suffix", "text", "currency"),
    [(".sta", mt940_text(), "EUR"), (".xml", camt_text(), "CHF"), (".qif", qif_text(), "GBP")],
)
def test_each_format_gives_the_same_subscriptions(
    tmp_path: Path, suffix: str, text: str, currency: str
) -> None:
    path = tmp_path / f"statement{suffix}"
    path.write_text(text, encoding="utf-8")
    found = detect_recurring(iter_statement(path, default_currency="GBP"), today=TODAY)
    summary = {(item.name, item.amount, item.currency, item.cycle, item.status) for item in found}
    assert summary == {
        ("Netflix", Decimal("17.99"), currency, "monthly", "active"),
        ("Fitnessworld", Decimal("39.90"), currency, "monthly", "active"),
    }
