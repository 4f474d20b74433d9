"""Write the held-out evaluation set for bank recurring-charge detection.

Written independently of ``gen_bank_eval.py`` (no shared code, catalogue or descriptor
templates) so that it judges the detector on histories its tuning never saw. Each synthetic
person banks in one of several countries with one bank's way of writing descriptions
(Chase-, Bank of America-, Wells Fargo-style card and ACH lines, UK direct debits and standing
orders, German SEPA-Lastschrift, French PRLV/CB, Swedish card lines) and has 12-24 months of
history ending on their ``today``.

Recurring streams: subscriptions (direct, through PayPal, Apple, Google and Amazon), bills
(rent, utilities with seasonal amounts, phone, internet, insurance monthly, quarterly,
half-yearly or yearly, loans), income (monthly and biweekly pay, interest) and transfers
(to savings, card autopay, investing, P2P rent-share). Noise: groceries, restaurants, coffee,
rides, marketplace orders, one-off app purchases, P2P payments, travel with foreign fees,
refunds and reversals, duplicate postings, pending-then-posted pairs. Streams carry posting lag,
weekend and holiday shifts, month-end clamping, price increases, trials converting to paid,
cancellations, late starts and foreign-currency conversion.

Truth: every stream with at least two charges in the history (three for weekly and biweekly
ones), with its key, kind, cycle, latest amount, status (inactive once the next scheduled date
is overdue by more than half a cycle) and next scheduled date when active.

    uv run python scripts/gen_bank_heldout.py          # bench/data/bank/heldout.json.gz
"""

from __future__ import annotations

import argparse
import calendar
import gzip
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "data" / "bank" / "heldout.json.gz"
SEED = 8675309
PEOPLE = 150
LAST_DAY = date(2026, 11, 29)

STEP_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}
STEP_DAYS = {"weekly": 7, "biweekly": 14}
CYCLE_LENGTH = {
    "weekly": 7.0,
    "biweekly": 14.0,
    "monthly": 30.4,
    "quarterly": 91.3,
    "semiannual": 182.6,
    "yearly": 365.2,
}


def _holidays() -> frozenset[date]:
    days: set[date] = set()
    for year in (2024, 2025, 2026, 2027):
        days |= {date(year, 1, 1), date(year, 7, 4), date(year, 12, 25), date(year, 12, 26)}
        days.add(_nth_weekday(year, 9, 0, 1))  # Labor Day
        days.add(_nth_weekday(year, 11, 3, 4))  # Thanksgiving
        days.add(_nth_weekday(year, 1, 0, 3))  # MLK day
    return frozenset(days)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


HOLIDAYS = _holidays()


def business(day: date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


def roll_forward(day: date) -> date:
    while not business(day):
        day += timedelta(days=1)
    return day


def roll_back(day: date) -> date:
    while not business(day):
        day -= timedelta(days=1)
    return day


def month_shift(year: int, month: int, months: int, day: int) -> date:
    index = year * 12 + month - 1 + months
    y, m = divmod(index, 12)
    return date(y, m + 1, min(day, calendar.monthrange(y, m + 1)[1]))


def schedule(cycle: str, first: date, anchor: int, until: date) -> list[date]:
    """Nominal billing dates from ``first`` on, one past ``until`` included."""
    out: list[date] = []
    k = 0
    while True:
        if cycle in STEP_DAYS:
            day = first + timedelta(days=STEP_DAYS[cycle] * k)
        else:
            day = month_shift(first.year, first.month, STEP_MONTHS[cycle] * k, anchor)
        out.append(day)
        if day > until:
            return out
        k += 1


def money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


# ---------------------------------------------------------------- people and their banks

REGIONS = {
    "us": ("USD", ["chase", "bofa", "wells", "capone", "union"]),
    "uk": ("GBP", ["barclays", "monzo"]),
    "de": ("EUR", ["sparkasse"]),
    "fr": ("EUR", ["bnp"]),
    "se": ("SEK", ["nordea"]),
}
REGION_WEIGHTS = {"us": 10, "uk": 4, "de": 3, "fr": 2, "se": 2}
CITIES = {
    "us": [("AUSTIN", "TX"), ("SEATTLE", "WA"), ("DENVER", "CO"), ("BROOKLYN", "NY"), ("OAKLAND", "CA")],
    "uk": [("LONDON", "GB"), ("LEEDS", "GB"), ("BRISTOL", "GB")],
    "de": [("BERLIN", "DE"), ("KOELN", "DE"), ("MUENCHEN", "DE")],
    "fr": [("PARIS", "FR"), ("LYON", "FR")],
    "se": [("STOCKHOLM", "SE"), ("GOTEBORG", "SE")],
}
FIRST = ["ALEX", "SAM", "JORDAN", "MARIA", "LENA", "OMAR", "PRIYA", "TOM", "CLAIRE", "ERIK", "JULIE", "KAI"]
LAST = ["MILLER", "NGUYEN", "SCHMIDT", "DUBOIS", "LARSSON", "PATEL", "OKAFOR", "ROSSI", "HUGHES", "BAKER"]


@dataclass
class Stream:
    key: str
    name: str
    kind: str
    cycle: str
    currency: str
    ids: list[str] = field(default_factory=list)
    amount: Decimal | None = None
    last_nominal: date | None = None
    upcoming: date | None = None
    extras: int = 0
    """Duplicates, reversals and pending lines: they belong to the stream but are no charge."""


@dataclass
class Person:
    number: int
    rng: random.Random
    region: str
    bank: str
    currency: str
    today: date
    start: date
    city: tuple[str, str]
    holder: str
    card: str
    txns: list[dict[str, Any]] = field(default_factory=list)
    streams: list[Stream] = field(default_factory=list)
    counter: int = 0

    def add(self, day: date, amount: Decimal, text: str, account: str = "checking") -> str | None:
        if day < self.start or day > self.today or amount == 0:
            return None
        self.counter += 1
        tid = f"h{self.number}-{self.counter:04d}"
        self.txns.append(
            {
                "id": tid,
                "account_id": f"h{self.number}-{account}",
                "posted_on": day.isoformat(),
                "amount": str(amount),
                "currency": self.currency,
                "description": text,
            }
        )
        return tid

    def ref(self, length: int = 8, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def digits(self, length: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(length))

    # ---- how this person's bank writes a card payment and a direct debit

    def card_line(self, merchant: str, day: date) -> str:  # noqa: C901 - one branch per bank
        city = self.city[0]
        bank, rng = self.bank, self.rng
        if bank == "chase":
            return merchant
        if bank == "bofa":
            if rng.random() < 0.5:
                return f"CHECKCARD {day:%m%d} {merchant} {self.digits(23)}"
            return merchant
        if bank == "wells":
            return f"PURCHASE AUTHORIZED ON {day:%m/%d} {merchant} S{self.digits(15)} CARD {self.card}"
        if bank == "capone":
            return merchant.title() if rng.random() < 0.5 else merchant
        if bank == "union":
            return f"POS PURCHASE {merchant}" if rng.random() < 0.7 else f"DBT CRD {day:%H%M} {merchant}"
        if bank == "barclays":
            return f"{merchant} ON {day.day:02d} {day:%b}".upper() + " BCC"
        if bank == "monzo":
            return merchant.title()
        if bank == "sparkasse":
            return f"KARTENZAHLUNG {merchant} {day:%d.%m} {self.digits(4)} Folgenr. {self.digits(3)}"
        if bank == "bnp":
            return f"CB {merchant} {day:%d/%m}"
        if bank == "nordea":
            return f"CARD {self.card} {merchant} {self.ref()} {city}"
        return merchant

    def debit_line(self, company: str, purpose: str, day: date) -> str:
        bank, rng = self.bank, self.rng
        if bank == "chase":
            return (
                f"ORIG CO NAME:{company} ORIG ID:{self.digits(10)} DESC DATE:{day:%y%m%d} "
                f"CO ENTRY DESCR:{purpose} SEC:PPD TRACE#:{self.digits(15)} EED:{day:%y%m%d} "
                f"IND ID:{self.ref(10)} IND NAME:{self.holder} TRN: {self.digits(10)}TC"
            )
        if bank == "bofa":
            return f"{company} DES:{purpose} ID:{self.ref(11)} INDN:{self.holder} CO ID:{self.digits(10)} PPD"
        if bank == "wells":
            return f"{company} {purpose} {day:%y%m%d} {self.ref(12)} {self.holder}"
        if bank in ("capone", "union"):
            return f"ACH DEBIT {company} {purpose}" if rng.random() < 0.6 else f"{company} {purpose} PPD"
        if bank == "barclays":
            return f"DD {company}" if rng.random() < 0.8 else f"{company} DDR"
        if bank == "monzo":
            return f"DIRECT DEBIT {company.title()}"
        if bank == "sparkasse":
            return (
                f"SEPA-LASTSCHRIFT {company} {purpose} Mandatsref. M{self.digits(8)} "
                f"Glaeubiger-ID DE{self.digits(2)}ZZZ{self.digits(11)}"
            )
        if bank == "bnp":
            return f"PRLV SEPA {company} {purpose} ECH/{day:%d%m%y} ID EMETTEUR/FR{self.digits(8)}"
        if bank == "nordea":
            return f"AUTOGIRO {company}"
        return company

    def credit_line(self, payer: str, purpose: str, day: date) -> str:
        bank = self.bank
        if bank == "chase":
            return f"{payer} {purpose} PPD ID: {self.digits(10)}"
        if bank == "bofa":
            return f"{payer} DES:{purpose} ID:{self.ref(10)} INDN:{self.holder} CO ID:{self.digits(10)} PPD"
        if bank == "wells":
            return f"{payer} {purpose} {day:%y%m%d} {self.ref(10)} {self.holder}"
        if bank in ("capone", "union"):
            return f"DIRECT DEP {payer} {purpose}"
        if bank == "barclays":
            return f"{payer} BGC"
        if bank == "monzo":
            return f"{payer.title()} {purpose.title()}"
        if bank == "sparkasse":
            return f"GUTSCHRIFT {payer} {purpose} {day:%m/%Y}"
        if bank == "bnp":
            return f"VIR SEPA RECU /DE {payer} /MOTIF {purpose} {day:%m%Y}"
        if bank == "nordea":
            return f"INSATTNING {payer} {purpose}"
        return payer

    def transfer_line(self, outgoing: bool, other: str, day: date) -> str:
        bank = self.bank
        if self.region == "us":
            word = "TO" if outgoing else "FROM"
            if bank == "chase":
                return (
                    f"Online Transfer {word.lower()} {other} ...{self.card} transaction#: {self.digits(11)}"
                )
            if bank == "bofa":
                return f"Online Banking transfer {word} {other} {self.card} Confirmation# {self.digits(10)}"
            return f"ONLINE TRANSFER {word} {other} XXXXXX{self.card} REF #IB{self.ref(8)}"
        if self.region == "uk":
            return f"TFR {'TO' if outgoing else 'FROM'} {other} {self.card}"
        if self.region == "de":
            return f"UMBUCHUNG {'AUF' if outgoing else 'VON'} {other} {self.digits(10)}"
        if self.region == "fr":
            return f"VIR {'VERS' if outgoing else 'DE'} {other} {self.digits(8)}"
        return f"OVERFORING {'TILL' if outgoing else 'FRAN'} {other} {self.digits(6)}"

    # ---- posting dates

    def card_post(self, nominal: date) -> date:
        lag = self.rng.choice([0, 0, 0, 1, 1, 2])
        day = nominal + timedelta(days=lag)
        return roll_forward(day) if self.bank not in ("monzo",) else day

    def debit_post(self, nominal: date) -> date:
        return roll_forward(nominal)


# ---------------------------------------------------------------- catalogue of services

# name, key, kind, cycle choices, price choices (in USD-ish units), card descriptors (card) or
# direct-debit companies (dd), regions
Service = tuple[str, str, str, list[str], list[str], list[str], str, str]

SUBSCRIPTIONS: list[Service] = [
    (
        "Netflix",
        "netflix",
        "subscription",
        ["monthly"],
        ["7.99", "15.49", "22.99"],
        ["NETFLIX.COM LOS GATOS CA", "NETFLIX.COM 866-716-0414", "NETFLIX INTERNATIONAL B.V."],
        "card",
        "all",
    ),
    (
        "Spotify",
        "spotify",
        "subscription",
        ["monthly"],
        ["10.99", "11.99", "16.99"],
        ["SPOTIFY P{ref} STOCKHOLM", "Spotify USA", "SPOTIFY AB"],
        "card",
        "all",
    ),
    (
        "Hulu",
        "hulu",
        "subscription",
        ["monthly"],
        ["7.99", "17.99"],
        ["PAYPAL *HULU", "HULU 877-8244858 CA", "HLU*HULUPLUS 888-265-6650"],
        "card",
        "us",
    ),
    (
        "Disney+",
        "disney-plus",
        "subscription",
        ["monthly", "yearly"],
        ["7.99", "13.99", "139.99"],
        ["DISNEY PLUS 888-9057888", "DisneyPLUS BURBANK CA"],
        "card",
        "all",
    ),
    (
        "YouTube Premium",
        "youtube-premium",
        "subscription",
        ["monthly"],
        ["13.99", "22.99"],
        ["GOOGLE *YouTubePremium g.co/helppay#", "Google YouTube Premium", "GOOGLE *YOUTUBE PREMIUM"],
        "card",
        "all",
    ),
    (
        "Google One",
        "google-one",
        "subscription",
        ["monthly", "yearly"],
        ["1.99", "2.99", "9.99", "99.99"],
        ["GOOGLE *Google One g.co/helppay#", "GOOGLE*GOOGLE STORAGE"],
        "card",
        "all",
    ),
    (
        "Amazon Prime",
        "amazon-prime",
        "subscription",
        ["monthly", "yearly"],
        ["14.99", "139.00"],
        ["Amazon Prime*{ref} Amzn.com/bill WA", "AMAZON PRIME*{ref}", "Prime Video Channels*{ref}"],
        "card",
        "all",
    ),
    (
        "Audible",
        "audible",
        "subscription",
        ["monthly"],
        ["14.95", "7.95"],
        ["Audible*{ref} Amzn.com/bill NJ", "AUDIBLE UK*{ref}"],
        "card",
        "all",
    ),
    (
        "Max",
        "max",
        "subscription",
        ["monthly"],
        ["9.99", "16.99"],
        ["MAX.COM", "HBO MAX HELPMAX.COM NY"],
        "card",
        "us",
    ),
    (
        "Paramount+",
        "paramount-plus",
        "subscription",
        ["monthly"],
        ["7.99", "12.99"],
        ["PARAMOUNT+ 888-274-5343", "CBS INTERACTIVE PARAMOUNT"],
        "card",
        "us",
    ),
    (
        "Peacock",
        "peacock",
        "subscription",
        ["monthly"],
        ["7.99", "13.99"],
        ["PEACOCK 4E2F5 PREMIUM"],
        "card",
        "us",
    ),
    (
        "ChatGPT Plus",
        "chatgpt-plus",
        "subscription",
        ["monthly"],
        ["20.00"],
        ["OPENAI *CHATGPT SUBSCR OPENAI.COM CA", "CHATGPT SUBSCRIPTION HTTPSOPENAI.C"],
        "card",
        "all",
    ),
    (
        "Claude Pro",
        "claude-pro",
        "subscription",
        ["monthly"],
        ["20.00"],
        ["ANTHROPIC CLAUDE.AI SUBSCRIPTION"],
        "card",
        "all",
    ),
    (
        "Microsoft 365",
        "microsoft-365",
        "subscription",
        ["monthly", "yearly"],
        ["9.99", "99.99"],
        ["MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA", "MSFT * E0400{ref}"],
        "card",
        "all",
    ),
    (
        "Adobe Creative Cloud",
        "adobe-creative-cloud",
        "subscription",
        ["monthly"],
        ["22.99", "59.99"],
        ["ADOBE *CREATIVE CLOUD SAN JOSE CA", "ADOBE  *ADOBE 800-833-6687"],
        "card",
        "all",
    ),
    (
        "Dropbox",
        "dropbox",
        "subscription",
        ["monthly", "yearly"],
        ["11.99", "119.88"],
        ["DROPBOX*{ref} DROPBOX.COM CA", "Dropbox Plus"],
        "card",
        "all",
    ),
    (
        "The New York Times",
        "the-new-york-times",
        "subscription",
        ["monthly"],
        ["4.00", "17.00", "25.00"],
        ["NYTIMES*NYTIMES NEWS 800-698-4637", "NYT*SUBSCRIPTION"],
        "card",
        "us",
    ),
    (
        "Duolingo",
        "duolingo",
        "subscription",
        ["yearly"],
        ["83.99", "59.99"],
        ["DUOLINGO PITTSBURGH PA"],
        "card",
        "all",
    ),
    (
        "Crunchyroll",
        "crunchyroll",
        "subscription",
        ["monthly"],
        ["7.99", "11.99"],
        ["CRUNCHYROLL *MEMBERSHI"],
        "card",
        "all",
    ),
    (
        "Patreon",
        "patreon",
        "subscription",
        ["monthly"],
        ["5.00", "3.00", "10.00"],
        ["PATREON* MEMBERSHIP"],
        "card",
        "all",
    ),
    (
        "Xbox Game Pass",
        "xbox-game-pass",
        "subscription",
        ["monthly"],
        ["16.99", "10.99"],
        ["MICROSOFT*XBOX GAME PASS MSBILL.INFO"],
        "card",
        "all",
    ),
    (
        "PlayStation Plus",
        "playstation-plus",
        "subscription",
        ["yearly", "monthly"],
        ["79.99", "9.99"],
        ["PlayStation Network 877-971-7669", "SONY INTERACTIVE ENTERTAINMENT"],
        "card",
        "all",
    ),
    (
        "Nintendo Switch Online",
        "nintendo-switch-online",
        "subscription",
        ["yearly"],
        ["19.99", "49.99"],
        ["NINTENDO CD{ref} REDMOND WA"],
        "card",
        "all",
    ),
    (
        "1Password",
        "1password",
        "subscription",
        ["yearly", "monthly"],
        ["35.88", "2.99"],
        ["1PASSWORD* {ref} TORONTO"],
        "card",
        "all",
    ),
    (
        "NordVPN",
        "nordvpn",
        "subscription",
        ["yearly"],
        ["99.00", "59.88"],
        ["NORDVPN*NORDVPN.COM PANAMA"],
        "card",
        "all",
    ),
    (
        "Headspace",
        "headspace",
        "subscription",
        ["yearly", "monthly"],
        ["69.99", "12.99"],
        ["HEADSPACE.COM SANTA MONICA"],
        "card",
        "all",
    ),
    (
        "Strava",
        "strava",
        "subscription",
        ["yearly"],
        ["79.99"],
        ["STRAVA* SUBSCRIPTION SAN FRANCISCO"],
        "card",
        "all",
    ),
    (
        "Uber One",
        "uber-one",
        "subscription",
        ["monthly"],
        ["9.99"],
        ["UBER *ONE MEMBERSHIP HELP.UBER.COM"],
        "card",
        "us",
    ),
    (
        "DashPass",
        "dashpass",
        "subscription",
        ["monthly"],
        ["9.99"],
        ["DOORDASH DASHPASS SAN FRANCISCO CA"],
        "card",
        "us",
    ),
    (
        "SiriusXM",
        "siriusxm",
        "subscription",
        ["monthly"],
        ["10.99", "23.99"],
        ["SIRIUSXM RADIO 888-635-5144"],
        "card",
        "us",
    ),
    (
        "Peloton",
        "peloton",
        "subscription",
        ["monthly"],
        ["44.00", "12.99"],
        ["PELOTON* MEMBERSHIP"],
        "card",
        "us",
    ),
    (
        "Planet Fitness",
        "planet-fitness",
        "subscription",
        ["monthly"],
        ["15.00", "24.99"],
        ["PLANET FITNESS CLUB FEES"],
        "dd",
        "us",
    ),
    ("PureGym", "puregym", "subscription", ["monthly"], ["24.99", "29.99"], ["PUREGYM LTD"], "dd", "uk"),
    (
        "Urban Sports Club",
        "urban-sports-club",
        "subscription",
        ["monthly"],
        ["49.00", "79.00"],
        ["URBAN SPORTS GMBH"],
        "dd",
        "de",
    ),
    ("Deezer", "deezer", "subscription", ["monthly"], ["11.99"], ["DEEZER PARIS"], "card", "fr"),
    ("Canal+", "canal-plus", "subscription", ["monthly"], ["24.99", "35.99"], ["CANAL+ FRANCE"], "dd", "fr"),
    ("DAZN", "dazn", "subscription", ["monthly"], ["29.99", "44.99"], ["DAZN LIMITED"], "card", "de"),
    ("Sky", "sky", "subscription", ["monthly"], ["26.00", "41.00"], ["SKY DIGITAL"], "dd", "uk"),
    (
        "Storytel",
        "storytel",
        "subscription",
        ["monthly"],
        ["199.00", "229.00"],
        ["STORYTEL SWEDEN AB"],
        "card",
        "se",
    ),
    (
        "Viaplay",
        "viaplay",
        "subscription",
        ["monthly"],
        ["149.00", "449.00"],
        ["VIAPLAY GROUP"],
        "card",
        "se",
    ),
    (
        "Readly",
        "readly",
        "subscription",
        ["monthly"],
        ["9.99", "99.00"],
        ["READLY INTERNATIONAL"],
        "card",
        "all",
    ),
    (
        "RTL+",
        "rtl-plus",
        "subscription",
        ["monthly"],
        ["6.99", "12.99"],
        ["RTL+ RTL DEUTSCHLAND"],
        "card",
        "de",
    ),
    ("NOW", "now", "subscription", ["monthly"], ["9.99", "14.99"], ["NOW TV SKY UK"], "card", "uk"),
    ("Kagi", "kagi", "subscription", ["monthly"], ["10.00"], ["KAGI INC PALO ALTO"], "card", "all"),
    (
        "Proton",
        "proton",
        "subscription",
        ["yearly", "monthly"],
        ["47.88", "9.99"],
        ["PROTON AG GENEVA"],
        "card",
        "all",
    ),
    (
        "Zwift",
        "zwift",
        "subscription",
        ["monthly"],
        ["14.99", "19.99"],
        ["ZWIFT.COM 855-469-9438"],
        "card",
        "all",
    ),
    ("Tidal", "tidal", "subscription", ["monthly"], ["10.99"], ["TIDAL.COM NEW YORK"], "card", "us"),
    (
        "Kindle Unlimited",
        "kindle-unlimited",
        "subscription",
        ["monthly"],
        ["11.99"],
        ["Kindle Unltd*{ref} 888-802-3080"],
        "card",
        "us",
    ),
    (
        "Grammarly",
        "grammarly",
        "subscription",
        ["yearly"],
        ["144.00"],
        ["GRAMMARLY COJQ{ref} SAN FRANCISCO"],
        "card",
        "all",
    ),
    (
        "GitHub",
        "github",
        "subscription",
        ["monthly"],
        ["4.00", "10.00"],
        ["GITHUB, INC. SAN FRANCISCO CA"],
        "card",
        "all",
    ),
    (
        "Squarespace",
        "squarespace",
        "subscription",
        ["yearly"],
        ["192.00", "276.00"],
        ["SQSP* INV{ref} SQUARESPACE.COM"],
        "card",
        "all",
    ),
    (
        "Iron Temple Gym",
        "iron-temple-gym",
        "subscription",
        ["monthly"],
        ["39.00", "55.00"],
        ["IRON TEMPLE GYM"],
        "dd",
        "us",
    ),
    (
        "Bright Minds Tutoring",
        "bright-minds-tutoring",
        "subscription",
        ["monthly"],
        ["120.00", "180.00"],
        ["BRIGHT MINDS TUTORING"],
        "card",
        "us",
    ),
]

# Apple bills many services on one descriptor; ``{ref}`` differs each time.
APPLE_LINES = ["APPLE.COM/BILL 866-712-7753 CA", "APPLE.COM/BILL ITUNES.COM", "APPLE.COM/BILL CUPERTINO CA"]
APPLE_SERVICES = [
    ("iCloud+", "icloud-plus", ["0.99", "2.99", "9.99"]),
    ("Apple Music", "apple-music", ["10.99"]),
    ("Apple TV+", "apple-tv-plus", ["9.99", "12.99"]),
    ("Apple One", "apple-one", ["19.95", "37.95"]),
]
# Apple's price points in other currencies (the same numerals in pounds and euros, mostly).
APPLE_LOCAL = {
    "GBP": {"9.99": "8.99", "12.99": "8.99", "19.95": "18.95", "37.95": "36.95"},
    "EUR": {"12.99": "9.99", "37.95": "37.95"},
    "SEK": {"0.99": "12.00", "2.99": "39.00", "9.99": "119.00", "10.99": "109.00", "12.99": "99.00"}
    | {"19.95": "195.00", "37.95": "379.00"},
}

# name, key, company on the debit line, purpose, base amount, variation (share), cycles
BILLS: list[tuple[str, str, str, str, float, float, list[str], str]] = [
    ("PG&E", "pg-and-e", "PGANDE", "WEB ONLINE", 140, 0.3, ["monthly"], "us"),
    ("Con Edison", "con-edison", "CON ED OF NY", "INTELL CK", 95, 0.3, ["monthly"], "us"),
    ("Austin Energy", "austin-energy", "CITY OF AUSTIN UTILITIES", "UTIL PYMT", 160, 0.35, ["monthly"], "us"),
    ("Xfinity", "xfinity", "COMCAST", "XFINITY", 79.99, 0.0, ["monthly"], "us"),
    ("Verizon", "verizon", "VERIZON WIRELESS", "PAYMENTS", 85, 0.05, ["monthly"], "us"),
    ("Spectrum", "spectrum", "SPECTRUM", "SPECTRUM", 69.99, 0.0, ["monthly"], "us"),
    ("GEICO", "geico", "GEICO", "AUTOPAY", 132.5, 0.0, ["monthly", "semiannual"], "us"),
    (
        "State Farm",
        "state-farm",
        "STATE FARM RO 27",
        "CPC-CLIENT",
        410,
        0.0,
        ["semiannual", "quarterly"],
        "us",
    ),
    ("Lemonade", "lemonade", "LEMONADE INSURANCE", "PREMIUM", 14.5, 0.0, ["monthly", "yearly"], "us"),
    ("Navient", "navient", "NAVIENT", "ED LN PYMT", 243.17, 0.0, ["monthly"], "us"),
    ("Toyota Financial", "toyota-financial", "TOYOTA FINANCIAL", "AUTO LOAN", 389.22, 0.0, ["monthly"], "us"),
    ("Vodafone", "vodafone", "VODAFONE LTD", "MOBILE", 22, 0.05, ["monthly"], "uk"),
    ("British Gas", "british-gas", "BRITISH GAS", "ENERGY", 96, 0.0, ["monthly"], "uk"),
    ("Thames Water", "thames-water", "THAMES WATER", "WATER", 42, 0.0, ["monthly"], "uk"),
    ("Council tax", "council-tax", "LB HACKNEY COUNCIL TAX", "CTAX", 148, 0.0, ["monthly"], "uk"),
    ("TV Licence", "tv-licence", "TV LICENCE MBP", "TVL", 169.5, 0.0, ["yearly"], "uk"),
    ("Aviva", "aviva", "AVIVA INSURANCE LTD", "HOME", 28.4, 0.0, ["monthly"], "uk"),
    (
        "Vattenfall",
        "vattenfall",
        "Vattenfall Europe Sales GmbH",
        "Abschlag Strom",
        84,
        0.0,
        ["monthly"],
        "de",
    ),
    ("Telekom", "telekom", "Telekom Deutschland GmbH", "Mobilfunk Rechnung", 39.95, 0.08, ["monthly"], "de"),
    (
        "HUK-Coburg",
        "huk-coburg",
        "HUK-COBURG Versicherung",
        "Kfz-Versicherung",
        312.4,
        0.0,
        ["quarterly", "yearly"],
        "de",
    ),
    (
        "Allianz",
        "allianz",
        "Allianz Versicherungs-AG",
        "Haftpflicht",
        96.2,
        0.0,
        ["yearly", "quarterly"],
        "de",
    ),
    (
        "Rundfunkbeitrag",
        "rundfunkbeitrag",
        "Rundfunk ARD ZDF DRadio",
        "Beitragsnummer",
        55.08,
        0.0,
        ["quarterly"],
        "de",
    ),
    ("EDF", "edf", "EDF CLIENTS PARTICULIERS", "ECHEANCE", 78, 0.0, ["monthly"], "fr"),
    ("Free Mobile", "free-mobile", "FREE MOBILE", "FACTURE", 19.99, 0.0, ["monthly"], "fr"),
    ("Orange", "orange", "ORANGE SA", "FACTURE INTERNET", 42.99, 0.04, ["monthly"], "fr"),
    ("MAIF", "maif", "MAIF", "ASSURANCE HABITATION", 31.2, 0.0, ["monthly", "quarterly"], "fr"),
    ("Telia", "telia", "TELIA SVERIGE AB", "FAKTURA", 399, 0.05, ["monthly"], "se"),
    ("Ellevio", "ellevio", "ELLEVIO AB", "ELNAT", 520, 0.3, ["monthly", "quarterly"], "se"),
    ("Folksam", "folksam", "FOLKSAM", "FORSAKRING", 189, 0.0, ["monthly", "quarterly"], "se"),
]

EMPLOYERS = {
    "us": ["INITECH LLC", "GLOBEX CORP", "HOOLI INC", "CITY OF SPRINGFIELD", "NORTHWIND TRADERS"],
    "uk": ["ACME WIDGETS LTD", "BRAMBLE & CO LTD", "NHS BUSINESS SERV"],
    "de": ["MUSTERMANN GMBH", "BLAUWAL AG"],
    "fr": ["SOCIETE DUPONT SAS", "ATELIERS RIVE SARL"],
    "se": ["NORDLJUS AB", "SKOGSBOLAGET AB"],
}
PAY_WORD = {"us": "PAYROLL", "uk": "SALARY", "de": "LOHN/GEHALT", "fr": "SALAIRE", "se": "LON"}
LANDLORDS = {
    "us": ["AVALON COMMUNITIES", "GREYSTAR PROPERTY MGMT", "BILT RENT"],
    "uk": ["FOXTONS LETTINGS", "J HARPER RENT"],
    "de": ["Hausverwaltung Krause", "Vonovia SE"],
    "fr": ["FONCIA PARIS", "SCI LES TILLEULS"],
    "se": ["HSB BOSTADSRATT", "WALLENSTAM AB"],
}

GROCERS = {
    "us": [
        "KROGER #{n} {city} {st}",
        "WHOLEFDS MKT {n}",
        "SAFEWAY #{n}",
        "TRADER JOE S #{n} {city} {st}",
        "H-E-B #{n}",
        "COSTCO WHSE #{n}",
    ],
    "uk": ["TESCO STORES {n}", "SAINSBURYS S/MKTS", "LIDL GB {city}", "M&S SIMPLY FOOD"],
    "de": ["REWE Markt GmbH", "EDEKA CENTER {n}", "ALDI SUED {n}", "LIDL DIENSTL"],
    "fr": ["CARREFOUR CITY {n}", "MONOPRIX {city}", "FRANPRIX {n}"],
    "se": ["ICA NARA {city}", "COOP KONSUM {n}", "WILLYS {city}"],
}
EATERIES = {
    "us": [
        "SQ *BLUE BOTTLE COFFEE",
        "TST* SHAKE SHACK {n}",
        "CHIPOTLE {n}",
        "SWEETGREEN {city}",
        "DOORDASH*THAI BASIL",
        "UBER *EATS PENDING",
        "STARBUCKS STORE {n}",
    ],
    "uk": ["PRET A MANGER {n}", "DELIVEROO", "NANDOS {city}", "COSTA COFFEE {n}", "SQ *FLAT WHITE SOHO"],
    "de": ["SUMUP *CAFE KRANZLER", "LIEFERANDO.DE", "BURGERMEISTER {n}", "BAECKEREI WIENERS"],
    "fr": ["SUMUP *BISTROT ST JEAN", "PAUL BOULANGERIE {n}", "UBER EATS FR"],
    "se": ["ESPRESSO HOUSE {n}", "MAX HAMBURGARE", "FOODORA AB"],
}
OTHER_SHOPS = {
    "us": [
        "AMZN Mktp US*{ref}",
        "AMAZON.COM*{ref} AMZN.COM/BILL WA",
        "TARGET 000{n}",
        "SHELL OIL {n}",
        "CVS/PHARMACY #{n}",
        "HOME DEPOT #{n}",
        "UBER *TRIP HELP.UBER.COM",
        "LYFT *RIDE {dow} {hour}PM",
        "SQ *FARMERS MARKET",
        "PARKMOBILE",
        "ETSY.COM - {shop}",
    ],
    "uk": [
        "AMZNMKTPLACE AMAZON.CO.UK",
        "TFL TRAVEL CH",
        "BOOTS {n}",
        "UBER *TRIP",
        "ARGOS LTD",
        "SHELL {city}",
    ],
    "de": ["AMAZON.DE*{ref}", "DB Vertrieb GmbH", "dm-drogerie markt", "ARAL STATION {n}", "MEDIAMARKT"],
    "fr": ["AMAZON PAYMENTS", "SNCF INTERNET", "FNAC {city}", "TOTALENERGIES {n}", "PHARMACIE CENTRALE"],
    "se": ["AMAZON.SE*{ref}", "SL ACCESS", "APOTEK HJARTAT", "CIRCLE K {city}", "SYSTEMBOLAGET"],
}


def fill(person: Person, template: str, day: date) -> str:
    city, state = person.city
    return (
        template.replace("{n}", str(person.rng.randint(100, 9999)))
        .replace("{ref}", person.ref(9))
        .replace("{city}", city)
        .replace("{st}", state)
        .replace("{dow}", f"{day:%a}".upper())
        .replace("{hour}", str(person.rng.randint(1, 11)))
        .replace("{shop}", person.rng.choice(["WOODPECKER", "PAPERLARK", "LUMEN CRAFT"]))
    )


# ---------------------------------------------------------------- streams


def recurring(  # noqa: C901 - every kind of stream goes through here
    person: Person,
    *,
    name: str,
    key: str,
    kind: str,
    cycle: str,
    price: Decimal,
    line: Any,
    channel: str,
    variation: float = 0.0,
    fx: float = 0.0,
    sign: int = -1,
    first: date | None = None,
    stop: date | None = None,
    rise: tuple[date, Decimal] | None = None,
    trial: Decimal | None = None,
    account: str = "checking",
    truth: bool = True,
    min_charges: int | None = None,
) -> Stream:
    """One recurring stream posted into ``person``'s history; its truth appended when it qualifies."""
    rng = person.rng
    begin = first or person.start - timedelta(days=rng.randint(0, 400))
    anchor = begin.day
    stream = Stream(key, name, kind, cycle, person.currency)
    nominals = schedule(cycle, begin, anchor, person.today + timedelta(days=400))
    amount = price
    for index, nominal in enumerate(nominals):
        if stop is not None and nominal >= stop:
            stream.upcoming = nominal
            break
        if rise is not None and nominal >= rise[0]:
            amount = rise[1]
        charge = trial if (trial is not None and index == 0) else amount
        if variation:
            seasonal = 1 + variation * (0.6 * _season(nominal) + 0.4 * rng.uniform(-1, 1))
            charge = money(float(charge) * seasonal)
        if fx:
            charge = money(float(charge) * (fx + rng.uniform(-0.025, 0.025) * fx))
        if channel == "card":
            posted = person.card_post(nominal)
        elif channel == "pay":
            posted = roll_back(nominal)
        else:
            posted = person.debit_post(nominal)
        if posted > person.today:
            stream.upcoming = nominal
            break
        text = line(nominal, posted)
        tid = person.add(posted, sign * charge, text, account)
        if tid is None:
            continue
        stream.ids.append(tid)
        stream.amount = charge
        stream.last_nominal = nominal
        _noise_around(person, stream, posted, sign * charge, text, account)
    needed = min_charges or (3 if cycle in STEP_DAYS else 2)
    if truth and len(stream.ids) - stream.extras >= needed:
        person.streams.append(stream)
    return stream


def _season(day: date) -> float:
    """-1 in spring and autumn, +1 in midwinter and midsummer (heating and cooling)."""
    return abs(((day.timetuple().tm_yday + 15) % 365) / 182.5 - 1) * 2 - 1


def _noise_around(
    person: Person, stream: Stream, posted: date, amount: Decimal, text: str, account: str
) -> None:
    """Duplicates, pending-then-posted pairs and reversals on a charge, now and then."""
    rng = person.rng
    roll = rng.random()
    if roll < 0.012:  # the same charge posted twice, then reversed
        dup = person.add(posted, amount, text, account)
        rev = person.add(posted + timedelta(days=rng.randint(1, 4)), -amount, f"REVERSAL {text}", account)
        for tid in (dup, rev):
            if tid:
                stream.ids.append(tid)
                stream.extras += 1
    elif roll < 0.022:  # a duplicate posting nobody reversed
        dup = person.add(posted, amount, text, account)
        if dup:
            stream.ids.append(dup)
            stream.extras += 1
    elif roll < 0.03 and posted - timedelta(days=2) >= person.start:  # the pending line stayed in the export
        pend = person.add(posted - timedelta(days=rng.randint(1, 2)), amount, f"PENDING {text}", account)
        if pend:
            stream.ids.append(pend)
            stream.extras += 1


def finish(person: Person) -> list[dict[str, Any]]:
    out = []
    for stream in person.streams:
        upcoming = stream.upcoming
        if upcoming is None:
            continue
        overdue = (person.today - upcoming).days
        active = overdue <= CYCLE_LENGTH[stream.cycle] / 2
        out.append(
            {
                "key": stream.key,
                "name": stream.name,
                "kind": stream.kind,
                "cycle": stream.cycle,
                "amount": str(stream.amount),
                "currency": stream.currency,
                "status": "active" if active else "inactive",
                "next_renewal": upcoming.isoformat() if active else None,
                "transaction_ids": stream.ids,
            }
        )
    return out


# ---------------------------------------------------------------- one person


def make_person(number: int, rng: random.Random) -> dict[str, Any]:
    region = rng.choices(list(REGION_WEIGHTS), weights=list(REGION_WEIGHTS.values()))[0]
    currency, banks = REGIONS[region]
    today = LAST_DAY - timedelta(days=rng.randint(0, 60))
    months = rng.randint(12, 24)
    start = month_shift(today.year, today.month, -months, today.day)
    person = Person(
        number,
        rng,
        region,
        rng.choice(banks),
        currency,
        today,
        start,
        rng.choice(CITIES[region]),
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        person_card(rng),
    )
    scale = {"USD": 1.0, "GBP": 0.8, "EUR": 0.95, "SEK": 10.5}[currency]
    _income(person, scale)
    _housing(person, scale)
    _bills(person)
    _subscriptions(person, scale)
    _apple_and_google(person, scale)
    _transfers(person, scale)
    _everyday(person, scale)
    _local_services(person, scale)
    _weekly_boxes(person, scale)
    _habits(person, scale)
    person.txns.sort(key=lambda t: (t["posted_on"], t["id"]))
    return {"user": number, "today": today.isoformat(), "transactions": person.txns, "truth": finish(person)}


def person_card(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(4))


def _late_start(person: Person) -> date | None:
    """Most streams predate the history; some begin inside it."""
    rng = person.rng
    if rng.random() < 0.75:
        return None
    span = (person.today - person.start).days
    return person.start + timedelta(days=rng.randint(20, max(21, span - 40)))


def _stop(person: Person, chance: float) -> date | None:
    rng = person.rng
    if rng.random() >= chance:
        return None
    span = (person.today - person.start).days
    return person.start + timedelta(days=rng.randint(span // 3, span))


def _income(person: Person, scale: float) -> None:
    rng = person.rng
    employer = rng.choice(EMPLOYERS[person.region])
    word = PAY_WORD[person.region]
    biweekly = person.region == "us" and rng.random() < 0.6
    base = Decimal(str(round(rng.uniform(1400, 3200) if biweekly else rng.uniform(2600, 6500), 2)))
    base = money(float(base) * scale)
    if biweekly:
        first = person.start - timedelta(days=rng.randint(0, 13))
        first += timedelta(days=(4 - first.weekday()) % 7)  # a Friday
        cycle = "biweekly"
    else:
        day = rng.choice([1, 15, 25, 28, 31])
        first = month_shift(person.start.year, person.start.month, -1, day)
        cycle = "monthly"
    varies = rng.random() < 0.35
    rise = (person.start + timedelta(days=rng.randint(90, 300)), money(float(base) * 1.04))
    recurring(
        person,
        name=_key(employer).replace("-", " ").title(),
        key=_key(employer),
        kind="income",
        cycle=cycle,
        price=base,
        line=lambda nominal, posted: person.credit_line(employer, word, posted),
        channel="pay",
        variation=0.06 if varies else 0.0,
        sign=1,
        first=first,
        rise=rise if rng.random() < 0.5 else None,
    )
    if rng.random() < 0.3:  # interest on savings, last day of month
        recurring(
            person,
            name="Interest",
            key="interest",
            kind="income",
            cycle="monthly",
            price=money(rng.uniform(2, 30) * scale),
            line=lambda nominal, posted: "INTEREST PAYMENT" if person.region != "de" else "ZINSGUTSCHRIFT",
            channel="dd",
            variation=0.4,
            sign=1,
            first=month_shift(person.start.year, person.start.month, -1, 31),
            account="savings",
        )


def _housing(person: Person, scale: float) -> None:
    rng = person.rng
    landlord = rng.choice(LANDLORDS[person.region])
    rent = money(round(rng.uniform(900, 2600) * scale, -1 if rng.random() < 0.7 else 0))
    rise = (person.start + timedelta(days=rng.randint(60, 360)), money(float(rent) * 1.03))
    style = rng.random()
    if person.region == "us" and style < 0.25:  # rent through Zelle with a memo

        def line(nominal: date, posted: date) -> str:
            return (
                f'Zelle payment to {landlord.title()} for "rent {posted:%b}"; Conf# {person.ref(9).lower()}'
            )
    elif person.region == "uk" and style < 0.5:

        def line(nominal: date, posted: date) -> str:
            return f"SO {landlord} RENT"
    elif person.region == "de":

        def line(nominal: date, posted: date) -> str:
            return f"DAUERAUFTRAG {landlord} Miete {posted:%m/%Y} Wohnung 3.OG"
    else:

        def line(nominal: date, posted: date) -> str:
            return person.debit_line(landlord, "RENT", posted)

    recurring(
        person,
        name=_key(landlord).replace("-", " ").title(),
        key=_key(landlord),
        kind="bill",
        cycle="monthly",
        price=rent,
        line=line,
        channel="dd",
        first=month_shift(person.start.year, person.start.month, -1, rng.choice([1, 1, 1, 3, 5])),
        rise=rise if rng.random() < 0.4 else None,
    )


def _bills(person: Person) -> None:
    rng = person.rng
    options = [b for b in BILLS if b[7] == person.region]
    for name, key, company, purpose, base, variation, cycles, _region in rng.sample(
        options, min(len(options), rng.randint(2, 5))
    ):
        cycle = rng.choice(cycles)
        price = Decimal(str(base)) * (12 if cycle == "yearly" and base < 30 else 1)
        if cycle in ("quarterly", "semiannual") and base < 100:
            price *= STEP_MONTHS[cycle]
        price = money(price)
        rise = (person.start + timedelta(days=rng.randint(60, 400)), money(float(price) * 1.07))

        def line(nominal: date, posted: date, company: str = company, purpose: str = purpose) -> str:
            return person.debit_line(company, purpose, posted)

        recurring(
            person,
            name=name,
            key=key,
            kind="bill",
            cycle=cycle,
            price=price,
            line=line,
            channel="dd",
            variation=variation,
            first=_late_start(person),
            stop=_stop(person, 0.08),
            rise=rise if not variation and rng.random() < 0.3 else None,
        )


def _subscriptions(person: Person, scale: float) -> None:
    rng = person.rng
    options = [s for s in SUBSCRIPTIONS if s[7] in ("all", person.region)]
    for name, key, kind, cycles, prices, descriptors, channel, _region in rng.sample(
        options, min(len(options), rng.randint(3, 9))
    ):
        cycle = rng.choice(cycles)
        fitting = [p for p in prices if (Decimal(p) >= 30) == (cycle == "yearly")] or prices
        price = Decimal(rng.choice(fitting))
        if price < 30 and cycle == "yearly":
            price = money(price * 10)
        local = person.currency == "USD" or rng.random() < 0.7
        fx = 0.0
        if person.currency != "USD":
            if local:
                price = money(float(price) * scale)
                if person.currency == "SEK":
                    price = Decimal(int(price)) - Decimal("0.01") if price % 1 else price
            else:
                fx = scale  # billed in dollars, converted each time at the day's rate
        trial = None
        first = _late_start(person)
        if first is not None and cycle == "monthly" and rng.random() < 0.3:
            trial = Decimal("0.99") if rng.random() < 0.5 else Decimal("1.00")
        rise = None
        if rng.random() < 0.25 and cycle == "monthly":
            rise = (
                person.start + timedelta(days=rng.randint(60, 420)),
                price + Decimal(rng.choice(["1", "2", "3"])),
            )
        template = rng.choice(descriptors)

        def line(nominal: date, posted: date, template: str = template, channel: str = channel) -> str:
            if channel == "dd":
                return person.debit_line(template, "MEMBERSHIP", posted)
            text = fill(person, template, posted)
            return person.card_line(text, posted)

        recurring(
            person,
            name=name,
            key=key,
            kind=kind,
            cycle=cycle,
            price=price,
            line=line,
            channel=channel,
            fx=fx,
            first=first,
            stop=_stop(person, 0.2),
            rise=rise,
            trial=trial,
        )


def _apple_and_google(person: Person, scale: float) -> None:
    rng = person.rng
    if rng.random() < 0.55:
        for name, key, prices in rng.sample(APPLE_SERVICES, rng.randint(1, 2)):
            price = Decimal(rng.choice(prices))
            template = rng.choice(APPLE_LINES)

            def line(nominal: date, posted: date, template: str = template) -> str:
                return person.card_line(template, posted)

            recurring(
                person,
                name=name,
                key=key,
                kind="subscription",
                cycle="monthly",
                price=_apple_price(price, person.currency),
                line=line,
                channel="card",
                first=_late_start(person),
                stop=_stop(person, 0.15),
            )
        for _ in range(rng.randint(0, 5)):  # app purchases on the same descriptor
            day = person.start + timedelta(days=rng.randint(0, (person.today - person.start).days))
            amount = Decimal(rng.choice(["0.99", "1.99", "4.99", "6.99", "14.99", "3.99"]))
            person.add(day, -amount, person.card_line(rng.choice(APPLE_LINES), day))
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 4)):
            day = person.start + timedelta(days=rng.randint(0, (person.today - person.start).days))
            amount = Decimal(rng.choice(["1.99", "4.99", "9.99"]))
            person.add(day, -amount, person.card_line("GOOGLE *Supercell g.co/helppay#", day))


def _apple_price(price: Decimal, currency: str) -> Decimal:
    local = APPLE_LOCAL.get(currency, {})
    return Decimal(local.get(str(price), str(price)))


def _transfers(person: Person, scale: float) -> None:
    rng = person.rng
    if rng.random() < 0.6:  # to savings, monthly or with every pay
        amount = money(rng.choice([100, 200, 250, 500]) * scale)
        biweekly = rng.random() < 0.3
        cycle = "biweekly" if biweekly else "monthly"
        first = person.start - timedelta(days=rng.randint(0, 20))
        if biweekly:
            first += timedelta(days=(4 - first.weekday()) % 7)
        out = recurring(
            person,
            name="Transfer to savings",
            key="transfer-to-savings",
            kind="transfer",
            cycle=cycle,
            price=amount,
            line=lambda nominal, posted: person.transfer_line(True, "SAVINGS", posted),
            channel="dd",
            first=first,
        )
        if rng.random() < 0.5 and out.ids:  # the other side, in the savings account
            recurring(
                person,
                name="Transfer from checking",
                key="transfer-from-checking",
                kind="transfer",
                cycle=cycle,
                price=amount,
                line=lambda nominal, posted: person.transfer_line(False, "CHECKING", posted),
                channel="dd",
                first=first,
                sign=1,
                account="savings",
            )
    if person.region == "us" and rng.random() < 0.6:  # credit card autopay, amount varies a lot
        issuer = rng.choice(["CHASE CREDIT CRD", "AMEX EPAYMENT", "CITI CARD ONLINE", "DISCOVER E-PAYMENT"])
        recurring(
            person,
            name=issuer.title(),
            key=_key(issuer),
            kind="transfer",
            cycle="monthly",
            price=money(rng.uniform(300, 1500)),
            line=lambda nominal, posted: f"{issuer} AUTOPAY PPD ID: {person.digits(10)}",
            channel="dd",
            variation=0.5,
            first=month_shift(person.start.year, person.start.month, -1, rng.randint(2, 27)),
        )
    if rng.random() < 0.3:  # investing
        broker = rng.choice(["VANGUARD BUY", "ROBINHOOD FUNDS", "AVANZA BANK", "TRADE REPUBLIC"])
        recurring(
            person,
            name=broker.title(),
            key=_key(broker),
            kind="transfer",
            cycle="monthly",
            price=money(rng.choice([50, 100, 300]) * scale),
            line=lambda nominal, posted: f"{broker} {person.ref(10)}",
            channel="dd",
            first=_late_start(person),
        )
    # P2P: irregular, both ways
    friends = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
    span = (person.today - person.start).days
    for _ in range(rng.randint(3, 15)):
        day = person.start + timedelta(days=rng.randint(0, span))
        friend = rng.choice(friends)
        amount = money(rng.choice([12, 20, 25, 40, 60, 85.5, 150]) * scale)
        incoming = rng.random() < 0.4
        if person.region == "us":
            app = rng.choice(["Zelle", "Venmo"])
            if app == "Zelle":
                text = f"Zelle payment {'from' if incoming else 'to'} {friend.title()} Conf# {person.ref(8)}"
            else:
                text = f"VENMO {'CASHOUT' if incoming else 'PAYMENT'} {person.digits(10)} WEB ID: 3264681992"
        elif person.region == "se":
            text = f"SWISH {'FRAN' if incoming else 'TILL'} {friend}"
        else:
            text = f"{'FPI' if incoming else 'FPO'} {friend} {person.ref(6)}"
        person.add(day, amount if incoming else -amount, text)


# Local services billed through a gym or studio billing processor; the processor sometimes
# changes during the history (the descriptor changes, the service does not).
LOCAL = [
    ("Lotus Yoga Loft", ["MINDBODY*LOTUS YOGA LOFT", "LOTUS YOGA LOFT {city}"], ["89.00", "120.00"]),
    ("Iron Temple Gym", ["ABC*IRON TEMPLE GYM", "ABC*IRON TEMPLE GYM 888-827-9262"], ["39.00", "49.00"]),
    ("Northside Climbing", ["CLUBREADY*NORTHSIDE CLIMB", "NORTHSIDE CLIMBING GYM"], ["75.00", "95.00"]),
    ("Brightpath Piano", ["SQ *BRIGHTPATH PIANO", "BRIGHTPATH PIANO LESSONS"], ["160.00", "140.00"]),
    ("Wagly Dog Walking", ["PAYPAL *WAGLYDOGWAL", "WAGLY DOG WALKING"], ["220.00", "180.00"]),
    ("Cloudkite VPN", ["PADDLE.NET* CLOUDKITE", "FS *CLOUDKITE VPN"], ["6.49", "8.99"]),
]


def _local_services(person: Person, scale: float) -> None:
    rng = person.rng
    for name, descriptors, prices in rng.sample(LOCAL, rng.randint(0, 2)):
        switch = person.start + timedelta(days=rng.randint(60, 400)) if rng.random() < 0.4 else None
        first_line, second_line = descriptors if rng.random() < 0.5 else descriptors[::-1]

        def line(
            nominal: date,
            posted: date,
            one: str = first_line,
            two: str = second_line,
            at: date | None = switch,
        ) -> str:
            template = two if at is not None and nominal >= at else one
            return person.card_line(fill(person, template, posted), posted)

        recurring(
            person,
            name=name,
            key=_key(name),
            kind="subscription",
            cycle="monthly",
            price=money(float(rng.choice(prices)) * scale),
            line=line,
            channel="card",
            first=_late_start(person),
            stop=_stop(person, 0.15),
        )


def _weekly_boxes(person: Person, scale: float) -> None:
    """Meal kits and flower boxes: weekly, with weeks skipped now and then."""
    rng = person.rng
    if rng.random() >= 0.2:
        return
    name, template = rng.choice(
        [("HelloFresh", "HELLOFRESH {ref} NEW YORK"), ("Goodbox Meals", "GOODBOX MEALS WWW.GOODBOX.CO")]
    )
    price = money(rng.choice([59.99, 69.99, 79.99]) * scale)
    begin = person.today - timedelta(days=rng.randint(70, 300))
    stream = Stream(_key(name), name, "subscription", "weekly", person.currency)
    nominal = begin
    while nominal <= person.today:
        if rng.random() > 0.15:  # the week was not skipped
            posted = person.card_post(nominal)
            if posted > person.today:
                break
            tid = person.add(posted, -price, person.card_line(fill(person, template, posted), posted))
            if tid:
                stream.ids.append(tid)
                stream.amount = price
                stream.upcoming = nominal + timedelta(days=7)  # due after the last box charged
        nominal += timedelta(days=7)
    if len(stream.ids) >= 3:
        person.streams.append(stream)


def _habits(person: Person, scale: float) -> None:
    """Regular, but no subscription: the Saturday market, the usual lunch, the barber."""
    rng = person.rng
    day = person.start + timedelta(days=(5 - person.start.weekday()) % 7)
    market = rng.choice(["SQ *GREENLEAF FARM STAND", "SUMUP *MARCHE BIO", "TST* SATURDAY BAKEHOUSE"])
    while rng.random() < 0.5 and day <= person.today:
        if rng.random() < 0.8:
            person.add(day, -money(rng.uniform(12, 45) * scale), person.card_line(market, day))
        day += timedelta(days=7)
    if rng.random() < 0.5:
        deli, lunch = (
            rng.choice(["TST* CORNER DELI", "SQ *BANH MI BROS", "PRET A MANGER 117"]),
            money(12.5 * scale),
        )
        day = person.start
        while day <= person.today:
            if day.weekday() < 5 and rng.random() < 0.35:
                amount = lunch if rng.random() < 0.75 else money(rng.uniform(8, 20) * scale)
                person.add(day, -amount, person.card_line(deli, day))
            day += timedelta(days=1)
    if rng.random() < 0.5:
        barber, cut = rng.choice(["SQ *FADE HOUSE BARBERS", "GREAT CLIPS #1142"]), money(35 * scale)
        day = person.start + timedelta(days=rng.randint(0, 20))
        while day <= person.today:
            person.add(day, -cut, person.card_line(barber, day))
            day += timedelta(days=rng.randint(24, 45))


def _everyday(person: Person, scale: float) -> None:
    rng = person.rng
    day = person.start
    grocers = rng.sample(GROCERS[person.region], min(3, len(GROCERS[person.region])))
    eateries = rng.sample(EATERIES[person.region], min(4, len(EATERIES[person.region])))
    regulars = [fill(person, t, day) for t in grocers + eateries]  # one store number each
    shops = OTHER_SHOPS[person.region]
    coffee_price = money(rng.choice([4.5, 5.25, 3.8]) * scale)
    while day <= person.today:
        weekend = day.weekday() >= 5
        if rng.random() < (0.45 if weekend else 0.2):  # groceries
            store = rng.choice(regulars[: len(grocers)])
            person.add(day, -money(rng.uniform(18, 160) * scale), person.card_line(store, day))
        if rng.random() < 0.3:  # eating out, coffee
            place = rng.choice(regulars[len(grocers) :])
            amount = (
                coffee_price
                if "COFFEE" in place and rng.random() < 0.7
                else money(rng.uniform(6, 70) * scale)
            )
            person.add(day, -amount, person.card_line(place, day))
        if rng.random() < 0.2:
            shop = fill(person, rng.choice(shops), day)
            person.add(day, -money(rng.uniform(5, 120) * scale), person.card_line(shop, day))
        if rng.random() < 0.01:  # a refund
            shop = fill(person, rng.choice(shops), day)
            person.add(day, money(rng.uniform(10, 80) * scale), f"REFUND {shop}")
        if rng.random() < 0.004:  # a trip abroad: several foreign purchases with fees
            for k in range(rng.randint(3, 7)):
                when = day + timedelta(days=k)
                amount = money(rng.uniform(15, 200) * scale)
                person.add(when, -amount, person.card_line(f"HOTEL CASA {person.ref(3)} LISBOA PT", when))
                person.add(when, -money(float(amount) * 0.03), "FOREIGN TRANSACTION FEE")
        day += timedelta(days=1)


LEGAL_FORMS = {"inc", "llc", "ltd", "corp", "gmbh", "ag", "sas", "sarl", "ab", "se", "co", "and"}


def _key(text: str) -> str:
    """The name people use: ``HOOLI INC`` is Hooli, ``BRAMBLE & CO LTD`` is Bramble."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("&", " and "))
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return "-".join(words)


def generate(people: int = PEOPLE, seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [make_person(number, random.Random(rng.getrandbits(64))) for number in range(people)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    users = generate(args.people, args.seed)
    data = json.dumps(users, separators=(",", ":"), sort_keys=True).encode()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(data, mtime=0) if args.out.suffix == ".gz" else data)
    streams = sum(len(u["truth"]) for u in users)
    txns = sum(len(u["transactions"]) for u in users)
    print(f"{args.out}: {len(users)} people, {txns} transactions, {streams} labelled streams")


if __name__ == "__main__":
    main()
