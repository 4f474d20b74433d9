"""Which currency a statement is in, from what the file itself says.

A file states it (an ISO code or a symbol beside the amounts, a word such as "euros" in the
header or the preamble) or hints at it (an IBAN's country, the language of the column names).
A hint is only a proposal: the CSV mapping step asks the person to confirm it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.detection.bank.merchants import unaccented

_ISO_CODES = "USD EUR GBP CHF SEK NOK DKK ISK PLN CZK HUF RON BGN HRK TRY CAD AUD NZD JPY CNY HKD SGD KRW "
_ISO_CODES += "INR ZAR BRL MXN ARS CLP COP ILS AED SAR THB MYR IDR PHP TWD RUB UAH"
ISO_CODES = frozenset(_ISO_CODES.split())
SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "zł": "PLN", "Kč": "CZK", "$": "USD"}
"""``$`` last: ``CA$``, ``A$`` and ``US$`` are read as codes first."""
_PREFIXED_DOLLARS = {"CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "US$": "USD"}
_PREFIXED_DOLLARS |= {"HK$": "HKD", "S$": "SGD", "R$": "BRL", "MX$": "MXN"}
_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "us dollars": "USD",
    "us dollar": "USD",
    "swiss francs": "CHF",
    "francs suisses": "CHF",
    "franken": "CHF",
    "kronor": "SEK",
    "zloty": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
}
_CODE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(ISO_CODES)) + r")(?![A-Za-z])")
_WORD = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_IBAN = re.compile(r"\b([A-Z]{2})\d{2}[A-Z0-9]{10,30}\b")
_EURO_SCHEMES = {"SEPA": "SEPA", "Sepa": "SEPA", "Bizum": "Bizum", "BIZUM": "Bizum"}
_EURO_SCHEME = re.compile(r"\b(" + "|".join(_EURO_SCHEMES) + r")\b|(?<![A-Za-z])(?:SVWZ|EREF|MREF|KREF)\+")
"""A SEPA transfer or direct debit ("SEPA DD", "SEPA-Lastschrift", the German SEPA purpose fields
``EREF+``, ``SVWZ+``) or a Bizum payment (Spanish banks' instant transfers): the EPC's schemes and
Bizum are euro-only."""
_SIGN = re.compile(r"(?<![A-Za-z])(?:CA|C|AU|A|NZ|US|HK|S|R|MX)?\$|€|£|¥|₹|₩")
"""A currency sign in the text, its dollar prefixed or not (``US$``, ``$4.22``)."""
_EURO_LANGUAGES = {
    "German": (
        "gutschrift lastschrift uberweisung ueberweisung dauerauftrag kartenzahlung bargeld behebung "
        "abhebung einzahlung gehalt lohn miete rechnung strom dankt ust zahlung entgelt gebuhr zinsen "
        "baumarkt apotheke tankstelle versicherung"
    ),
    "Dutch": (
        "betaling overboeking incasso pinbetaling geldautomaat huur salaris rente termijn spaarrekening "
        "machtiging bijschrijving afschrijving"
    ),
}
"""Words of German and Dutch statement descriptions: with amounts written ``1.234,56`` they are the
euro area's (Swiss accounts write ``1'234.56``; no other German or Dutch country keeps the comma)."""
_EURO = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MC MT NL PT SI SK SM"
_EURO_COUNTRIES = frozenset(_EURO.split())
_IBAN_CURRENCY = {"GB": "GBP", "CH": "CHF", "LI": "CHF", "SE": "SEK", "NO": "NOK", "DK": "DKK"}
_IBAN_CURRENCY |= {"PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "IS": "ISK"}
_IBAN_CURRENCY |= {"TR": "TRY", "IL": "ILS", "AE": "AED", "SA": "SAR", "BR": "BRL"}
_LANGUAGE_WORDS = {
    "EUR": (
        "betrag buchungstag buchungstext verwendungszweck auftraggeber empfanger umsatz wertstellung "
        "montant libelle valeur solde bedrag omschrijving tegenrekening rekening naam mededelingen "
        "importe concepto fecha importo descrizione causale"
    ),
    "SEK": "belopp bokforingsdag transaktionsdag mottagare",
    "NOK": "belop bokfort beskrivelse",
    "DKK": "belob bogfort tekst",
    "PLN": "kwota opis kontrahent",
    "CZK": "castka protiucet",
}


@dataclass(frozen=True, slots=True)
class CurrencyGuess:
    code: str
    stated: bool
    """The file says it (a code, symbol or word); False when only hinted by country or language."""
    reason: str


def stated_in(texts: Iterable[str]) -> str | None:
    """The currency the texts name most often: an ISO code, a symbol or a word like "euros"."""
    votes: Counter[str] = Counter()
    for text in texts:
        found = _stated(text)
        if found:
            votes[found] += 1
    return votes.most_common(1)[0][0] if votes else None


def _stated(text: str) -> str | None:
    for prefix, code in _PREFIXED_DOLLARS.items():
        if prefix in text:
            return code
    match = _CODE.search(text)
    if match:
        return match.group(1)
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    word = _WORD.search(text)
    return _WORDS[word.group(1).lower()] if word else None


def hinted_by(text: str, column_names: Iterable[str] = ()) -> CurrencyGuess | None:
    """A currency suggested by an IBAN's country, the column names' language, euro-only payments or
    a currency the descriptions write out ("POUND STERLING").
    """
    for match in _IBAN.finditer(text):
        country = match.group(1)
        if country in _EURO_COUNTRIES:
            return CurrencyGuess("EUR", False, f"the account's IBAN is from {country}")
        if country in _IBAN_CURRENCY:
            return CurrencyGuess(_IBAN_CURRENCY[country], False, f"the account's IBAN is from {country}")
    words = {word for name in column_names for word in name.split()}
    for code, vocabulary in _LANGUAGE_WORDS.items():
        if len(words & set(vocabulary.split())) >= 2:
            return CurrencyGuess(code, False, "the column names' language")
    scheme = _EURO_SCHEME.search(text)
    if scheme:  # after IBAN and language: a Swiss or Swedish account pays SEPA in euros from CHF or SEK
        name = _EURO_SCHEMES.get(scheme.group(1) or "SEPA", "SEPA")  # EREF+ and the like are SEPA's
        return CurrencyGuess("EUR", False, f"its {name} payments, made in euros only")
    # last, and words only: a code in a description is often a foreign card charge ("POS CHG USD")
    named = Counter(_WORDS[word.lower()] for word in _WORD.findall(text))
    if named:
        return CurrencyGuess(named.most_common(1)[0][0], False, "the currency its descriptions name")
    return None


def hinted_by_signs(text: str) -> CurrencyGuess | None:
    """The currency sign a CSV's text writes beside other amounts (Amazon's "Visa ending in 1234:
    $4.22"). Not for QIF, whose ``$`` starts a split's amount."""
    signs = Counter(_sign_code(sign) for sign in _SIGN.findall(text))
    if signs:
        return CurrencyGuess(signs.most_common(1)[0][0], False, "the currency signs in its text")
    return None


def _sign_code(sign: str) -> str:
    return _PREFIXED_DOLLARS.get(sign) or SYMBOLS[sign]


def hinted_by_wording(descriptions: Iterable[str], decimal_comma: bool) -> CurrencyGuess | None:
    """Euros for German or Dutch descriptions whose amounts have decimal commas."""
    if not decimal_comma:
        return None
    words = set(re.findall(r"[a-z]+", unaccented(" ".join(descriptions)).lower()))
    for language, vocabulary in _EURO_LANGUAGES.items():
        if len(words & set(vocabulary.split())) >= 2:
            return CurrencyGuess("EUR", False, f"its {language} descriptions with decimal commas")
    return None


def hinted_by_dates(month_first: bool) -> CurrencyGuess | None:
    """Dollars for numeric dates proven month-first (``6/13/15``): how US banks write them. Weaker
    than the person's home currency (Canadian exports write them so too)."""
    if not month_first:
        return None
    return CurrencyGuess("USD", False, "its month-first dates, as US banks write them")


def iso_code(text: str | None) -> str | None:
    """``eur`` → ``EUR``; None for anything that is not three letters (a damaged field)."""
    code = (text or "").strip().upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None
