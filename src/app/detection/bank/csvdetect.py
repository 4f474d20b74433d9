"""Guessing a CSV statement's dialect and columns from its first rows."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.detection.bank.csvvalues import (
    DateOrder,
    date_parts,
    looks_decimal_comma,
    parse_amount,
    parse_date,
)

SAMPLE_BYTES = 256 * 1024
SAMPLE_RECORDS = 300
DELIMITERS = (",", ";", "\t", "|")
DEBIT_WORDS = frozenset(
    {"debit", "dr", "d", "withdrawal", "out", "outflow", "soll", "s", "charge", "payment"}
    | {"af", "cargo", "addebito", "uttag"}  # Dutch (ING's Af Bij), Spanish, Italian, Swedish
)
CREDIT_WORDS = frozenset(
    {"credit", "cr", "c", "deposit", "in", "inflow", "haben", "h", "refund", "bij", "abono", "accredito"}
    | {"insattning"}
)


def _keys(text: str) -> tuple[str, ...]:
    return tuple(key.strip() for key in text.split("|"))


# Header words per role, best first. Matching is on whole words of the accent-free lowercase name.
DATE_KEYS = _keys(
    "posted date|posting date|booking date|buchungstag|date comptable|date|datum|fecha|data|"
    "transaction date|value date|date de valeur|created|journaldate|wertstellung|valuta|datuma"
)
AMOUNT_KEYS = _keys(
    "amount|betrag|montant|importe|importo|bedrag|belopp|netamount|net amount|umsatz|osszege|osszeg|"
    "total|value|sum"
)
AMOUNT_EXCLUDE = _keys(
    "balance|saldo|solde|kontostand|original|refund|fee|tax|rate|converted|transfer amount|shipping|gift|"
    "ursprungsbetrag|ruecklastschrift"
)
DEBIT_KEYS = _keys(
    "debit|withdrawal|withdrawals|money out|paid out|soll|ausgang|cargo|debe|uscite|outflow|spent|"
    "lastschrift|belastung|addebito"
)
CREDIT_KEYS = _keys(
    "credit|deposit|deposits|money in|paid in|haben|eingang|abono|entrate|inflow|received|"
    "gutschrift|accredito"
)
DESCRIPTION_KEYS = _keys(
    "payee|merchant name|merchant|partner name|partner neve|naam tegenpartij|tegenpartij|handelaar|"
    "nazev protiuctu|name|auftraggeber|empfanger|beguenstigter|beneficiary|counterparty|"
    "description|libelle|concepto|narrative|details|desc|description 1|transaktionsbeschreibung|buchungstext|"
    "omschrijving|memo|reason|verwendungszweck|payment reference|reference|items|original description|zprava|"
    "mededelingen|observaciones|causale|communication"
)
CURRENCY_KEYS = _keys(
    "currency|wahrung|buchungswahrung|monn|devise|moneda|ccy|devizaneme|devizanem|munt|mena|mena uctu|valuta"
)
ACCOUNT_KEYS = _keys("account|account number|kontonummer|konto|card no|card used|produit")
ACCOUNT_EXCLUDE = _keys("partner|beneficiary|counterparty|receiver")
ID_KEYS = _keys("transaction id|fitid|id|order id|n de transaction|transaction number")
MANDATE_KEYS = _keys(
    "mandate identification|mandate reference|mandate id|mandate|mandatsreferenz|mandatsref|mandat|"
    "machtigingskenmerk|machtiging|mandato|mndtid|rum"
)
DIRECTION_KEYS = _keys("transaction type|type|debit credit|cr dr|dr cr|soll haben|af bij")


@dataclass(slots=True)
class Columns:
    """The raw facts about each column of the sampled rows."""

    names: list[str]
    values: list[list[str]]

    def non_empty(self, index: int) -> list[str]:
        return [value for value in self.values[index] if value.strip()]


def detect_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), else cp1252."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head[1:200:2].count(0) > 40 and head[0:200:2].count(0) == 0:
        return "utf-16-le"
    if head[0:200:2].count(0) > 40 and head[1:200:2].count(0) == 0:
        return "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut in half at the sample's end
            return "cp1252"
    return "utf-8"


def sample_text(head: bytes, encoding: str) -> str:
    """The decoded sample without its possibly cut-off last line."""
    text = head.decode(encoding, errors="replace")
    if len(head) >= SAMPLE_BYTES:
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[:cut] if cut > 0 else text
    return text


def read_records(text: str, delimiter: str, limit: int = SAMPLE_RECORDS) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) >= limit:
                break
    except csv.Error:
        pass
    return records


def detect_delimiter(text: str) -> tuple[str, int]:
    """The delimiter giving the most rows of one consistent width, and that width."""
    best = (",", 1, -1.0)
    for delimiter in DELIMITERS:
        widths = [len(r) for r in read_records(text, delimiter, 100) if any(c.strip() for c in r)]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count / len(widths)) * (1.0 if width > 1 else 0.0) + width / 1000
        if score > best[2]:
            best = (delimiter, width, score)
    return best[0], best[1]


def is_date(value: str) -> bool:
    return parse_date(value, "DMY") is not None or parse_date(value, "MDY") is not None


def is_amount(value: str) -> bool:
    return parse_amount(value, decimal_comma=False) is not None


def find_data_start(records: Sequence[list[str]], width: int) -> int | None:
    """Index of the first record that looks like a transaction: a date and a number in the row."""
    for index, record in enumerate(records):
        if len(record) < max(2, width - 1):
            continue
        dates = [i for i, cell in enumerate(record) if is_date(cell)]
        if dates and any(is_amount(cell) for i, cell in enumerate(record) if i not in dates):
            return index
    return None


def is_header(record: Sequence[str], width: int) -> bool:
    cells = [cell for cell in record if cell.strip()]
    if len(record) < max(2, width - 1) or not cells:
        return False
    return not any(is_date(cell) or is_amount(cell) for cell in cells)


def normalise_name(name: str) -> str:
    """``"Débit (CHF)"`` → ``"debit chf"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))


def header_rank(name: str, keys: Sequence[str], exclude: Sequence[str] = ()) -> tuple[int, int] | None:
    """How well a column name matches a role: (keyword position, 0 exact / 1 contains)."""
    if any(word in name for word in exclude):
        return None
    padded = f" {name} "
    for position, key in enumerate(keys):
        if name == key:
            return (position, 0)
        if f" {key} " in padded:
            return (position, 1)
    return None


def ratio(values: Sequence[str], test: object) -> float:
    if not values:
        return 0.0
    check = test if callable(test) else bool
    return sum(1 for value in values if check(value)) / len(values)


def date_order(values: Sequence[str], delimiter: str) -> tuple[DateOrder, bool]:
    """The day/month order of numeric dates, and whether the values proved it."""
    parts = [p for p in (date_parts(v) for v in values) if p is not None]
    if not parts or any(len(p[0]) == 4 for p in parts):
        return "YMD", True
    if any(int(p[0]) > 12 for p in parts):
        return "DMY", True
    if any(int(p[1]) > 12 for p in parts):
        return "MDY", True
    if all(p[3] == "." for p in parts):
        return "DMY", True
    return ("DMY" if delimiter == ";" else "MDY"), False


def decimal_comma(values: Sequence[str]) -> bool:
    votes = Counter(looks_decimal_comma(value) for value in values)
    return votes[True] > votes[False]
