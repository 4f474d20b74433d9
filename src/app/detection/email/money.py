"""Prices written in mail: ``€1.234,56``, ``1 234,56 €``, ``£9.99``, ``¥1,200``, ``US$``, ``CA$``,
``₹``, ``R 1 299,00``, ``9.99 USD``.

Locating a price (a number next to a currency sign or ISO code) is done here; reading the
number in its locale's separators is left to ``price_parser``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.numbers import list_currencies
from price_parser import Price

SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U$S": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "CAD$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "NT$": "TWD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "CN¥": "CNY",
    "円": "JPY",
    "元": "CNY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "₩": "KRW",
    "원": "KRW",
    "￦": "KRW",
    "RMB": "CNY",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₫": "VND",
    "฿": "THB",
    "zł": "PLN",
    "kr": "SEK",
    "kr.": "DKK",
    "Kč": "CZK",
    "Ft": "HUF",
    "CHF": "CHF",
    "Fr.": "CHF",
    "lei": "RON",
}
TLD_CURRENCY = {
    "ca": "CAD",
    "au": "AUD",
    "nz": "NZD",
    "no": "NOK",
    "dk": "DKK",
    "se": "SEK",
    "sg": "SGD",
    "hk": "HKD",
    "mx": "MXN",
    "cn": "CNY",
}
"""Ambiguous signs ($, kr, ¥) read by the sender's country when the text does not say."""
_AMBIGUOUS = {
    "$": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"},
    "kr": {"SEK", "NOK", "DKK"},
    "kr.": {"DKK", "NOK", "SEK"},
    "¥": {"JPY", "CNY"},
    "￥": {"JPY", "CNY"},
}

_NUMBER = r"\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?![\d.,]\d)"


@dataclass(frozen=True, slots=True)
class Money:
    """A price found in text, with where it was."""

    amount: Decimal
    currency: str
    start: int
    end: int
    assumed: bool = False
    """The sign is one several currencies write ("$", "kr", "¥") and neither the text nor the
    sender's country said which: the currency is the sign's most common one, a guess."""


@cache
def _pattern() -> re.Pattern[str]:
    codes = sorted(c for c in list_currencies() if len(c) == 3)
    syms = sorted(SYMBOLS, key=len, reverse=True)
    sym = "|".join(re.escape(s) for s in syms)
    code = "|".join(codes)
    # A sign and its number share a line: "2025\n$37.95" is a year, then a price.
    before = rf"(?P<pre>(?<![A-Za-z])(?:{sym})|\b(?:{code})\b)[ \u00a0]?(?P<n1>{_NUMBER})"
    # Not from inside a longer number: "22 mai 2026 111,52 $" is 111,52, not 26 111,52.
    after = (
        rf"(?<!\d)(?P<n2>{_NUMBER})[ \u00a0]?(?P<post>(?:{sym})(?![A-Za-z\d])|\b(?:{code})\b)(?![ \u00a0]?\d)"
    )
    # The euro written as a word: "Importo: Euro 45,00", "Importo rata: 32,40 euro" (not "Euro 2024").
    word = (
        rf"\b(?P<pre_w>[Ee]uro)[ \u00a0](?P<n3>\d{{1,3}}(?:\.\d{{3}})*,\d{{2}})(?!\d)"
        rf"|(?<!\d)(?P<n4>{_NUMBER})[ \u00a0](?P<post_w>[Ee]uros?)\b"
    )
    # The rand's "R" only before its number, and not inside a word or a model's name ("R300-based").
    rand = rf"(?<![\w$])(?P<pre_r>R)[ \u00a0]?(?P<n5>{_NUMBER})(?![\w-])"
    return re.compile(f"{before}|{after}|{word}|{rand}")


def find_prices(text: str, *, domain: str = "") -> list[Money]:
    """Every price in ``text`` in order of appearance."""
    out: list[Money] = []
    explicit = _explicit_codes(text)
    rand: bool | None = None  # whether the text is South African: asked at its first "R"
    for m in _pattern().finditer(text):
        sign = m.group("pre") or m.group("post") or ("EUR" if m.group("pre_w") or m.group("post_w") else "")
        number = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or ""
        if m.group("pre_r"):
            rand = _south_african(text, domain) if rand is None else rand
            if not (rand or _priced_like_rand(text, number, m.start(), m.end())):
                continue
            sign = "ZAR"
        currency, assumed = _currency(sign, explicit, domain)
        code_after = _CODE_AFTER.match(text, m.end())
        if code_after and code_after.group(1) in _AMBIGUOUS.get(sign, ()):
            currency, assumed = code_after.group(1), False  # "$95.27 USD": the code says which dollar
        if m.group("post") == "$" and currency == "USD" and _DECIMAL_COMMA.search(number):
            currency, assumed = "CAD", False  # "9,03 $": French Canada's way; the United States writes $9.03
        amount = _amount(number, currency)
        if amount is not None:
            out.append(Money(amount, currency, m.start(), m.end(), assumed))
    return out


_SOUTH_AFRICAN = re.compile(r"\bZAR\b|South Africa|\(Pty\) Ltd|\bVAT \(?15 ?%|\.co\.za\b|\bSARS\b")
"""South Africa named, its company form, its VAT rate, its domains or its revenue service."""
_CENTS = re.compile(r"[.,]\d{2}$")
_CHARGED_BEFORE = re.compile(r"\b(?:charged|paid|pay|costs?|price|total|amount)\s*:?\s*$", re.I)
_PER_PERIOD = re.compile(r" ?(?:/ ?|per |a |p/?)(?:m\b|mo\b|month|year|yr\b|annum|week)")


def _south_african(text: str, domain: str) -> bool:
    return domain.endswith(".za") or _SOUTH_AFRICAN.search(text) is not None


def _priced_like_rand(text: str, number: str, start: int, end: int) -> bool:
    """Outside South African mail, an "R" is the rand only before cents ("R 149,99"), a period
    ("R179/month") or after a charge ("We've charged R179"): alone it names a model as often
    ("ThinkPad R32")."""
    return (
        _CENTS.search(number) is not None
        or _PER_PERIOD.match(text, end) is not None
        or _CHARGED_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def same_sign(currency: str) -> frozenset[str]:
    """The currencies written with the sign ``currency`` is assumed for ("USD": every dollar)."""
    return next((frozenset(o) for s, o in _AMBIGUOUS.items() if SYMBOLS[s] == currency), frozenset())


_DECIMAL_COMMA = re.compile(r",\d{2}$")
_CODE_AFTER = re.compile(r"[ \u00a0]?([A-Z]{3})\b")
_KANA = re.compile("[\u3040-\u30ff]")
_SIMPLIFIED = re.compile("[订阅费单续账户这们个为发实总额计价员务时间优惠项扣]")
"""Simplified Chinese forms of words billing mail uses (Japanese writes 訂, 費, 単, 続, 総, 額, 計, 価...)."""


_CANADIAN = re.compile(
    r"\b(?:HST|GST/HST|TPS/TVH|TVH|TPS|TVQ|QST)\b"
    r"|\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE),?\s+[A-Z]\d[A-Z] ?\d[A-Z]\d\b"
)
"""Canada's sales taxes and a province with a postal code: its dollar is the Canadian one."""
_MEXICAN = re.compile(
    r"\bCFDI\b|\bRFC\b|S\.A\.(?: ?P\.I\.)? de C\.V\.|\bCDMX\b|(?:con|incluye|incluido el) IVA|IVA incluido"
)
"""Mexico's invoice and company forms, and prices said to include its VAT: a "$" there is the peso
(a foreign seller adding "IVA - Mexico (16%)" to a dollar price still charges dollars)."""


_AMERICAN = re.compile(
    r"\b(?:United States|U\.S\.A\.)|\b(?:AK|AL|AR|AZ|CA|CO|CT|DC|DE|FL|GA|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME"
    r"|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY),? "
    r"\d{5}(?:-\d{4})?\b"
)
"""An American address (a state and its ZIP code): the seller's dollar is the US one, wherever the
buyer is (a Mexican's OpenAI receipt adds "IVA - Mexico" to a dollar price)."""


def _explicit_codes(text: str) -> set[str]:
    """Currencies the text names, or its script implies: ``¥`` in Japanese (kana) is yen, in
    simplified Chinese yuan."""
    codes = {
        c for c in ("CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "NOK", "DKK", "SEK", "CNY", "JPY") if c in text
    }
    if "RMB" in text or "人民币" in text:
        codes.add("CNY")
    if _CANADIAN.search(text):
        codes.add("CAD")
    if _MEXICAN.search(text):
        codes.add("MXN")
    if _AMERICAN.search(text):
        codes.add("USD")
    if not codes & {"CNY", "JPY"}:
        if _KANA.search(text):
            codes.add("JPY")
        elif _SIMPLIFIED.search(text):
            codes.add("CNY")
    return codes


def _currency(sign: str, explicit: set[str], domain: str) -> tuple[str, bool]:
    """The sign's currency, and whether it is only assumed (see ``Money.assumed``)."""
    code = SYMBOLS.get(sign, sign.upper())
    options = _AMBIGUOUS.get(sign)
    if not options:
        return code, False
    named = options & explicit
    if len(named) == 1:
        return named.pop(), False
    by_tld = TLD_CURRENCY.get(domain.rpartition(".")[2])
    return (by_tld, False) if by_tld in options else (code, True)


def _amount(number: str, currency: str) -> Decimal | None:
    if currency in {"JPY", "KRW", "VND", "HUF"} and re.fullmatch(r"\d{1,3}(?:[.,' ]\d{3})+", number):
        number = re.sub(r"\D", "", number)
    amount = Price.fromstring(number.replace(" ", "\u00a0")).amount
    if amount is None or amount <= 0 or amount >= 100_000:
        return None
    return (
        Decimal(amount).quantize(Decimal("0.01")) if currency not in {"JPY", "KRW"} else Decimal(int(amount))
    )
