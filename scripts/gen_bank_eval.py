"""Generate the labelled evaluation set for bank recurring-charge detection.

Each synthetic user gets 6-18 months of card and account history ending on their ``today``:
subscriptions (known brands and local services, several descriptor styles per bank), bills with
varying amounts, salary, transfers, plus the noise that makes detection hard (groceries,
restaurants, fuel, marketplace orders, one-off app purchases at the same billing platform,
roughly-monthly haircuts, refunds, duplicate charges). Streams carry posting jitter, weekend
shifts, month-end clamping, price changes, missed payments, cancellations and late starts.

The truth lists every stream with at least two charges in the history (one charge cannot be
told from a one-off), with the transaction ids that belong to it.

    uv run python scripts/gen_bank_eval.py                   # bench/data/bank/{dev,test}.json.gz
    uv run python scripts/gen_bank_eval.py --users 50 --seed 7 --out /tmp/x.json
"""

from __future__ import annotations

import argparse
import calendar
import gzip
import json
import random
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "bench" / "data" / "bank"
ANCHOR = date(2026, 11, 29)
MONTHS = {"weekly": 0, "biweekly": 0, "monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}
DAYS = {
    "weekly": 7,
    "biweekly": 14,
    "monthly": 30.44,
    "quarterly": 91.3,
    "semiannual": 182.6,
    "yearly": 365.25,
}

# name, cycle, prices, descriptor variants ({r}: random reference, {n}: store number)
KNOWN: list[tuple[str, str, list[str], list[str]]] = [
    (
        "Netflix",
        "monthly",
        ["6.99", "15.49", "17.99", "22.99", "24.99"],
        [
            "NETFLIX.COM 866-579-7172 CA",
            "NETFLIX.COM",
            "Netflix.com Los Gatos CA",
            "PAYPAL *NETFLIX",
            "NETFLIX INC",
        ],
    ),
    (
        "Spotify",
        "monthly",
        ["10.99", "11.99", "16.99", "19.99"],
        ["SPOTIFY USA", "PAYPAL *SPOTIFY", "Spotify P{r}", "SPOTIFY.COM NEW YORK NY", "SPOTIFYAB STOCKHOLM"],
    ),
    (
        "YouTube Premium",
        "monthly",
        ["13.99", "22.99"],
        [
            "GOOGLE *YOUTUBEPREMIUM g.co/helppay#CA",
            "GOOGLE*YOUTUBE PREMIUM",
            "YouTube Premium",
            "GOOGLE YOUTUBE",
        ],
    ),
    (
        "Disney+",
        "monthly",
        ["7.99", "9.99", "13.99"],
        ["DISNEY PLUS 888-905-7888 CA", "DISNEYPLUS.COM", "PAYPAL *DISNEYPLUS", "Disney+ Burbank CA"],
    ),
    ("Hulu", "monthly", ["7.99", "17.99"], ["HULU 877-8244858 CA", "HULU.COM/BILL", "Hulu LLC"]),
    ("Max", "monthly", ["9.99", "16.99"], ["HBO MAX HBOMAX.COM NY", "MAX.COM 855-4429206", "HBOMAX.COM"]),
    (
        "Amazon Prime",
        "monthly",
        ["14.99"],
        ["Amazon Prime*{r}", "AMZN PRIME 866-216-1072 WA", "PRIME VIDEO*{r}"],
    ),
    ("Amazon Prime", "yearly", ["139.00"], ["Amazon Prime*{r}", "AMAZON PRIME*{r} AMZN.COM/BILLWA"]),
    ("Audible", "monthly", ["14.95"], ["AUDIBLE*{r} AMZN.COM/BILL NJ", "Audible US 888-283-5051 NJ"]),
    ("Dropbox", "yearly", ["119.88", "199.00"], ["DROPBOX*{r} DROPBOX.COM CA", "Dropbox Inc", "DBX*DROPBOX"]),
    ("Dropbox", "monthly", ["11.99"], ["DROPBOX*{r} DROPBOX.COM CA", "Dropbox Inc"]),
    (
        "Adobe Creative Cloud",
        "monthly",
        ["9.99", "19.99", "59.99"],
        ["ADOBE *CREATIVE CLOUD 408-536-6000 CA", "ADOBE *ACROPRO SUBS", "Adobe Systems", "ADOBE.LY/ENUS"],
    ),
    (
        "The New York Times",
        "monthly",
        ["4.00", "17.00", "25.00"],
        ["NYTIMES*NYTIMES 800-698-4637 NY", "NYT*DIGITAL SUBSCRIPTION", "New York Times Digital"],
    ),
    (
        "Microsoft 365",
        "yearly",
        ["69.99", "99.99"],
        ["MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA", "MSFT * {r}"],
    ),
    (
        "Microsoft 365",
        "monthly",
        ["6.99", "9.99"],
        ["MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA", "Microsoft 365"],
    ),
    ("Google One", "monthly", ["1.99", "2.99", "9.99"], ["GOOGLE *Google One", "GOOGLE*GOOGLE STORAGE"]),
    ("ChatGPT Plus", "monthly", ["20.00"], ["OPENAI *CHATGPT SUBSCR", "OPENAI", "PAYPAL *OPENAI"]),
    ("GitHub", "monthly", ["4.00", "10.00"], ["GITHUB, INC.", "GitHub.com/billing", "PAYPAL *GITHUB"]),
    ("NordVPN", "yearly", ["59.88", "99.48"], ["NORDVPN.COM NORDSEC", "PAYPAL *NORDVPN", "VPN*NORDVPN.COM"]),
    ("ExpressVPN", "yearly", ["99.95"], ["EXPRESSVPN.COM", "PAYPAL *EXPRESSVPN"]),
    ("Headspace", "yearly", ["69.99"], ["HEADSPACE.COM", "Headspace Inc"]),
    ("Duolingo", "yearly", ["83.99"], ["DUOLINGO", "Duolingo Inc Pittsburgh PA"]),
    ("Peloton", "monthly", ["12.99", "44.00"], ["PELOTON* MEMBERSHIP", "ONEPELOTON.COM NY"]),
    (
        "Planet Fitness",
        "monthly",
        ["15.00", "24.99"],
        ["PLANET FITNESS", "PLANET FIT CLUB FEES", "PF CLUB FEES"],
    ),
    ("Xbox Game Pass", "monthly", ["16.99"], ["Microsoft*Xbox Game Pass", "XBOX GAME PASS"]),
    ("PlayStation Plus", "quarterly", ["24.99"], ["PlayStation Network", "SONY PLAYSTATION NETWORK"]),
    ("PlayStation Plus", "yearly", ["79.99"], ["PlayStation Network", "SONY PLAYSTATION NETWORK"]),
    ("LinkedIn Premium", "monthly", ["39.99"], ["LinkedIn P{r}", "LINKEDIN PRE *{r}"]),
    ("Patreon", "monthly", ["5.00", "10.00"], ["PATREON* MEMBERSHIP", "Patreon"]),
    ("Costco", "yearly", ["65.00", "130.00"], ["COSTCO *ANNUAL RENEWAL", "COSTCO MEMBERSHIP"]),
    ("Paramount+", "monthly", ["7.99", "12.99"], ["PARAMOUNT+ 888-274-5343", "PARAMOUNTPLUS.COM"]),
    ("DigitalOcean", "monthly", ["6.00", "12.00"], ["DIGITALOCEAN.COM", "DIGITALOCEAN"]),
    ("Hetzner", "monthly", ["4.51", "5.83"], ["HETZNER ONLINE GMBH", "Hetzner Online"]),
    ("SiriusXM", "monthly", ["10.99"], ["SIRIUSXM RADIO", "SIRIUS XM *{r}"]),
    ("Grammarly", "quarterly", ["59.95"], ["GRAMMARLY", "Grammarly Inc"]),
    ("The Economist", "semiannual", ["109.00"], ["THE ECONOMIST NEWSPAPER", "ECONOMIST.COM"]),
]
APPLE_SERVICES = [
    ("iCloud+", ["0.99", "2.99", "9.99"]),
    ("Apple One", ["19.95", "25.95"]),
    ("Apple Music", ["10.99"]),
]
APPLE_DESCRIPTORS = ["APPLE.COM/BILL 866-712-7753 CA", "APL*ITUNES.COM/BILL", "APPLE.COM/BILL"]

LOCAL_WORDS = [
    "IRONWORKS",
    "SUNRISE",
    "BLUE RIDGE",
    "HARBOR",
    "SUMMIT",
    "MAPLE",
    "CEDAR",
    "NORTHSIDE",
    "LOTUS",
    "KESTREL",
    "ORCHID",
    "GRANITE",
    "WILLOW",
    "FALCON",
    "PINE",
    "RIVERSIDE",
    "ASPEN",
    "COBALT",
]
LOCAL_KINDS = [
    ("GYM", "monthly"),
    ("YOGA STUDIO", "monthly"),
    ("MARTIAL ARTS", "monthly"),
    ("MUSIC LESSONS", "monthly"),
    ("CLIMBING", "monthly"),
    ("PILATES", "monthly"),
    ("LAWN CARE", "biweekly"),
    ("CLEANING SERVICE", "biweekly"),
    ("MEAL KIT", "weekly"),
    ("SOFTWARE", "yearly"),
    ("HOSTING", "yearly"),
    ("STORAGE UNIT", "monthly"),
]
CITIES = ["AUSTIN TX", "DENVER CO", "PORTLAND OR", "BOSTON MA", "SEATTLE WA", "CHICAGO IL", "RALEIGH NC"]
UTILITIES = [
    ("CITY OF {c} UTILITIES", "monthly", 0.25),
    ("{c} ELECTRIC CO", "monthly", 0.3),
    ("{c} WATER DEPT", "quarterly", 0.2),
    ("NATURAL GAS CO {c}", "monthly", 0.45),
]
PHONE = [
    ("VERIZON WIRELESS", "Verizon"),
    ("AT&T*BILL PAYMENT", "AT&T"),
    ("T-MOBILE POSTPAID", "T-Mobile"),
    ("COMCAST CABLE COMM", "Xfinity"),
    ("SPECTRUM", "Spectrum"),
]
INSURANCE = [
    ("GEICO *AUTO", "GEICO", "monthly"),
    ("STATE FARM INSURANCE", "State Farm", "semiannual"),
    ("PROGRESSIVE INS", "Progressive", "monthly"),
    ("LEMONADE INSURANCE", "Lemonade", "monthly"),
]
EMPLOYERS = ["ACME CORP", "GLOBEX INC", "INITECH LLC", "UMBRELLA CO", "STARK INDUSTRIES", "WAYNE ENTERPRISES"]
GROCERS = [
    "WHOLEFDS MKT #{n}",
    "TRADER JOE'S #{n}",
    "SAFEWAY #{n}",
    "KROGER #{n}",
    "ALDI {n}",
    "H-E-B #{n}",
    "PUBLIX SUPER MARKETS",
    "SPROUTS FARMERS MKT #{n}",
]
DINING = [
    "STARBUCKS STORE {n}",
    "CHIPOTLE {n}",
    "SQ *BLUE BOTTLE COFFEE",
    "TST* THE LOCAL TAVERN",
    "MCDONALD'S F{n}",
    "DOORDASH*{w}",
    "UBER EATS",
    "SWEETGREEN {w}",
    "PANERA BREAD #{n}",
    "TST* {w} KITCHEN",
]
FUEL = ["SHELL OIL {n}", "CHEVRON {n}", "EXXONMOBIL {n}", "COSTCO GAS #{n}", "BP#{n}"]
SHOPS = [
    "AMZN Mktp US*{r}",
    "AMAZON.COM*{r}",
    "TARGET {n}",
    "WALMART SUPERCENTER",
    "BEST BUY {n}",
    "ETSY.COM",
    "HOME DEPOT #{n}",
    "IKEA",
    "CVS/PHARMACY #{n}",
    "WALGREENS #{n}",
    "UBER *TRIP",
    "LYFT *RIDE",
]
BANK_STYLES = [
    "{d}",
    "POS DEBIT {d}",
    "DEBIT CARD PURCHASE {d}",
    "PURCHASE AUTHORIZED ON {md} {d} S{r8} CARD {c4}",
    "{d} {md}",
    "CHECKCARD {md} {d}",
    "RECURRING PAYMENT {d}",
]


@dataclass
class Stream:
    """One labelled recurring stream and its transactions."""

    name: str
    kind: str
    cycle: str
    descriptor: str
    truth_key: str
    txns: list[dict[str, Any]] = field(default_factory=list)
    status: str = "active"
    next_renewal: date | None = None
    amount: Decimal = Decimal(0)


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("+", " plus ").replace("&", " and ")
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text).split())


class User:
    """Builds one user's history."""

    def __init__(self, index: int, rng: random.Random) -> None:
        self.rng = rng
        self.index = index
        self.today = ANCHOR - timedelta(days=rng.randint(0, 400))
        self.start = self.today - timedelta(days=rng.choice([190, 300, 400, 430, 550]))
        self.style = rng.choice(BANK_STYLES)
        self.business_days = rng.random() < 0.6
        self.currency = rng.choice(["USD"] * 6 + ["EUR", "GBP"])
        self.card = f"{rng.randint(1000, 9999)}"
        self.txns: list[dict[str, Any]] = []
        self.streams: list[Stream] = []
        self.counter = 0

    # --- helpers -------------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        r = "".join(self.rng.choices(string.ascii_uppercase + string.digits, k=9))
        return template.format(
            r=r,
            n=self.rng.randint(100, 9999),
            w=self.rng.choice(LOCAL_WORDS),
            c=self.rng.choice(CITIES).split()[0],
        )

    def wrap(self, descriptor: str, day: date, card: bool = True) -> str:
        if not card:
            return descriptor
        r8 = "".join(self.rng.choices(string.digits, k=8))
        return self.style.format(d=descriptor, md=day.strftime("%m/%d"), r8=r8, c4=self.card)

    def post(self, day: date, amount: Decimal, description: str) -> dict[str, Any] | None:
        if day > self.today or day < self.start:
            return None
        self.counter += 1
        txn = {
            "id": f"u{self.index}-t{self.counter}",
            "account_id": f"acct-{self.index}",
            "posted_on": day.isoformat(),
            "amount": str(amount),
            "currency": self.currency,
            "description": description,
        }
        self.txns.append(txn)
        return txn

    def posting(self, nominal: date) -> date:
        delay = self.rng.choices([0, 1, 2, 3], weights=[60, 25, 10, 5])[0]
        day = nominal + timedelta(days=delay)
        if self.business_days and day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        return day

    # --- schedules -----------------------------------------------------------------------------
    def schedule(self, cycle: str, first: date, until: date) -> list[date]:
        dates, step = [], MONTHS[cycle]
        anchor = first.day
        current, k = first, 0
        while current <= until:
            dates.append(current)
            k += 1
            if step == 0:
                current = first + timedelta(days=int(DAYS[cycle]) * k)
            else:
                month_index = first.year * 12 + first.month - 1 + step * k
                year, month = divmod(month_index, 12)
                current = date(year, month + 1, min(anchor, calendar.monthrange(year, month + 1)[1]))
        return dates

    def first_date(self, cycle: str) -> date:
        span = int(DAYS[cycle])
        roll = self.rng.random()
        if roll < 0.15:  # started recently
            offset = (self.today - self.start).days - self.rng.randint(int(span * 1.2), int(span * 2.6) + 3)
        else:
            offset = self.rng.randint(-span * 2, span)
        day = self.start + timedelta(days=max(-800, offset))
        if MONTHS[cycle] and self.rng.random() < 0.12:
            last = calendar.monthrange(day.year, day.month)[1]
            day = date(day.year, day.month, self.rng.choice([29, 30, 31, last]) if last >= 31 else last)
        return day

    # --- streams -------------------------------------------------------------------------------
    def add_stream(
        self,
        name: str,
        kind: str,
        cycle: str,
        descriptor: str,
        price: Decimal,
        *,
        variance: float = 0.0,
        card: bool = True,
        key: str | None = None,
        price_change: bool = False,
    ) -> None:
        first = self.first_date(cycle)
        nominal = self.schedule(cycle, first, self.today + timedelta(days=400))
        charged = len(nominal)
        if self.rng.random() < 0.15 and kind == "subscription":  # cancelled some time ago
            until = self.today - timedelta(days=self.rng.randint(int(DAYS[cycle] * 0.8), 300))
            charged = sum(1 for d in nominal if d <= until)
        stream = Stream(name, kind, cycle, descriptor, key or slug(name))
        change_at = self.rng.randint(1, max(1, charged - 1)) if price_change else None
        in_history = sum(1 for d in nominal[:charged] if self.start <= d <= self.today)
        skip = -1
        if in_history > 4 and self.rng.random() < 0.05:  # a missed payment, never the first or last
            first_index = next(i for i, d in enumerate(nominal) if d >= self.start)
            skip = first_index + self.rng.randrange(1, in_history - 1)
        amount, pending = price, None
        for i, day in enumerate(nominal[:charged]):
            if change_at is not None and i == change_at:
                factor = Decimal(self.rng.choice(["1.10", "1.15", "1.20", "1.25"]))
                amount = (price * factor).quantize(Decimal("1")) - Decimal("0.01")
            charge = amount
            if variance:
                charge = (amount * Decimal(str(1 + self.rng.uniform(-variance, variance)))).quantize(
                    Decimal("0.01")
                )
            posted = self.posting(day)
            if i == skip or posted < self.start:
                continue
            if posted > self.today:
                pending = day if pending is None else pending
                continue
            sign = 1 if kind == "income" else -1
            txn = self.post(posted, sign * charge, self.wrap(descriptor, posted, card))
            if txn is not None:
                stream.txns.append(txn)
                stream.amount = amount if not variance else charge
        if not stream.txns:
            return
        upcoming = pending or (nominal[charged] if charged < len(nominal) else None)
        self.finish(stream, upcoming)

    def finish(self, stream: Stream, upcoming: date | None) -> None:
        if upcoming is None or (self.today - upcoming).days > DAYS[stream.cycle] / 2:
            stream.status = "inactive"
        else:
            stream.next_renewal = upcoming
        self.streams.append(stream)

    def build(self) -> None:
        rng = self.rng
        for name, cycle, prices, descriptors in rng.sample(KNOWN, rng.randint(3, 9)):
            price = Decimal(rng.choice(prices))
            self.add_stream(
                name,
                "subscription",
                cycle,
                self.fill(rng.choice(descriptors)),
                price,
                price_change=rng.random() < 0.2,
                variance=0.02 if self.currency != "USD" and rng.random() < 0.3 else 0.0,
            )
        self.add_apple()
        self.add_locals()
        self.add_bills()
        self.add_income_and_transfers()
        self.add_noise()

    def add_apple(self) -> None:
        if self.rng.random() < 0.5:
            return
        descriptor = self.rng.choice(APPLE_DESCRIPTORS)
        for name, prices in self.rng.sample(APPLE_SERVICES, self.rng.randint(1, 2)):
            self.add_stream(name, "subscription", "monthly", descriptor, Decimal(self.rng.choice(prices)))
        for _ in range(self.rng.randint(0, 4)):  # one-off app purchases
            day = self.start + timedelta(days=self.rng.randint(0, (self.today - self.start).days))
            amount = Decimal(self.rng.choice(["1.99", "4.99", "6.99", "14.99", "0.99"]))
            self.post(day, -amount, self.wrap(descriptor, day))

    def add_locals(self) -> None:
        for _ in range(self.rng.choice([0, 1, 1, 2])):
            word = self.rng.choice(LOCAL_WORDS)
            kind_word, cycle = self.rng.choice(LOCAL_KINDS)
            name = f"{word} {kind_word}"
            city = self.rng.choice(CITIES)
            descriptor = self.rng.choice(
                [
                    f"{name} {city}",
                    f"SQ *{name}",
                    f"{name} LLC",
                    f"{name} 512-555-0{self.rng.randint(100, 199)} {city}",
                ]
            )
            price = Decimal(
                self.rng.choice(["29.00", "49.00", "65.00", "89.00", "120.00", "35.50", "150.00"])
            )
            self.add_stream(name.title(), "subscription", cycle, descriptor, price)

    def add_bills(self) -> None:
        rng = self.rng
        city = rng.choice(CITIES).split()[0]
        rent = Decimal(rng.randint(900, 3200))
        if rng.random() < 0.7:
            word = rng.choice(LOCAL_WORDS)
            landlord, name = rng.choice(
                [
                    (f"{word} PROPERTY MGMT", f"{word} Property Management"),
                    ("RENT PAYMENT", "Rent"),
                    (f"{word} APARTMENTS", f"{word} Apartments"),
                ]
            )
            self.add_stream(name.title(), "bill", "monthly", f"ACH DEBIT {landlord}", rent, card=False)
        for template, cycle, variance in rng.sample(UTILITIES, rng.randint(1, 3)):
            descriptor = template.format(c=city)
            base = Decimal(rng.randint(35, 180))
            self.add_stream(
                descriptor.replace(" CO", "").title(),
                "bill",
                cycle,
                f"{descriptor} AUTOPAY",
                base,
                variance=variance,
                card=False,
            )
        descriptor, name = rng.choice(PHONE)
        self.add_stream(
            name,
            "bill",
            "monthly",
            descriptor,
            Decimal(rng.choice(["45.00", "65.00", "85.37", "120.12"])),
            variance=0.03 if rng.random() < 0.5 else 0.0,
            card=False,
            key=slug(name),
        )
        if rng.random() < 0.6:
            descriptor, name, cycle = rng.choice(INSURANCE)
            self.add_stream(name, "bill", cycle, descriptor, Decimal(rng.randint(40, 700)), card=False)

    def add_income_and_transfers(self) -> None:
        rng = self.rng
        employer = rng.choice(EMPLOYERS)
        cycle = rng.choice(["biweekly", "biweekly", "monthly", "weekly"])
        pay = Decimal(rng.randint(900, 5200))
        self.add_stream(
            " ".join(w for w in employer.split() if w not in ("INC", "LLC", "CO", "CORP")).title(),
            "income",
            cycle,
            rng.choice([f"{employer} PAYROLL", f"DIRECT DEP {employer}", f"{employer} DIR DEP PPD"]),
            pay,
            variance=0.04 if rng.random() < 0.4 else 0.0,
            card=False,
        )
        if rng.random() < 0.6:
            descriptor, name = rng.choice(
                [
                    ("ONLINE TRANSFER TO SAVINGS XXXXXX1234", "Transfer To Savings"),
                    ("TRANSFER TO SAV 0042", "Transfer To Savings"),
                    ("ZELLE TO SAVINGS", "Zelle To Savings"),
                ]
            )
            amount = Decimal(rng.choice([100, 200, 250, 500, 1000]))
            self.add_stream(name, "transfer", "monthly", descriptor, amount, card=False)
        if rng.random() < 0.3:
            self.add_stream(
                "Chase Credit Card",
                "transfer",
                "monthly",
                "CHASE CREDIT CRD AUTOPAY PPD",
                Decimal(rng.randint(300, 2500)),
                variance=0.5,
                card=False,
            )

    def add_noise(self) -> None:
        rng = self.rng
        days = (self.today - self.start).days
        grocers = [self.fill(t) for t in rng.sample(GROCERS, 2)]
        dining = [self.fill(t) for t in DINING]
        fuel = [self.fill(t) for t in rng.sample(FUEL, 2)]
        shop_day = rng.randint(0, 6)
        for offset in range(days + 1):
            day = self.start + timedelta(days=offset)
            if day.weekday() == shop_day or rng.random() < 0.08:
                self.post(day, -Decimal(rng.randint(2500, 18000)) / 100, self.wrap(rng.choice(grocers), day))
            if rng.random() < 0.3:
                self.post(day, -Decimal(rng.randint(450, 6500)) / 100, self.wrap(rng.choice(dining), day))
            if rng.random() < 0.1:
                self.post(day, -Decimal(rng.randint(2500, 7000)) / 100, self.wrap(rng.choice(fuel), day))
            if rng.random() < 0.12:
                self.post(
                    day, -Decimal(rng.randint(500, 25000)) / 100, self.wrap(self.fill(rng.choice(SHOPS)), day)
                )
        self.add_haircuts()
        self.add_duplicates_and_refunds()

    def add_haircuts(self) -> None:
        day = self.start + timedelta(days=self.rng.randint(0, 30))
        barber = self.rng.choice(["GREAT CLIPS #{n}", "SQ *FADE MASTERS", "SUPERCUTS {n}"])
        barber = self.fill(barber)
        price = Decimal(self.rng.choice(["25.00", "32.00", "45.00"]))
        while day <= self.today:
            self.post(day, -price - Decimal(self.rng.choice([0, 0, 5, 8])), self.wrap(barber, day))
            day += timedelta(days=self.rng.randint(24, 55))

    def add_duplicates_and_refunds(self) -> None:
        subs = [s for s in self.streams if s.kind == "subscription" and s.txns]
        for stream in subs:
            if self.rng.random() < 0.05:
                txn = self.rng.choice(stream.txns)
                day = date.fromisoformat(txn["posted_on"])
                self.post(day, Decimal(txn["amount"]), txn["description"])
                self.post(
                    day + timedelta(days=self.rng.randint(2, 6)),
                    -Decimal(txn["amount"]),
                    f"REFUND {txn['description']}",
                )

    def to_json(self) -> dict[str, Any]:
        truth = []
        for s in self.streams:
            if len(s.txns) < (3 if s.cycle in ("weekly", "biweekly") else 2):
                continue
            truth.append(
                {
                    "key": s.truth_key,
                    "name": s.name,
                    "kind": s.kind,
                    "cycle": s.cycle,
                    "amount": str(s.amount),
                    "currency": self.currency,
                    "status": s.status,
                    "next_renewal": s.next_renewal.isoformat() if s.next_renewal else None,
                    "transaction_ids": [t["id"] for t in s.txns],
                }
            )
        txns = sorted(self.txns, key=lambda t: (t["posted_on"], t["id"]))
        return {"user": self.index, "today": self.today.isoformat(), "transactions": txns, "truth": truth}


def generate(users: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for index in range(users):
        user = User(index, random.Random(rng.getrandbits(64)))
        user.build()
        out.append(user.to_json())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=120)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.out:
        targets = [(args.out, args.seed if args.seed is not None else 1)]
    else:
        targets = [(DEFAULT_OUT / "dev.json.gz", 1), (DEFAULT_OUT / "test.json.gz", 2)]
    for path, seed in targets:
        data = generate(args.users, seed)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, separators=(",", ":")) + "\n"
        if path.suffix == ".gz":
            path.write_bytes(gzip.compress(text.encode(), mtime=0))
        else:
            path.write_text(text)
        streams = sum(len(u["truth"]) for u in data)
        txns = sum(len(u["transactions"]) for u in data)
        print(f"{path}: {len(data)} users, {txns} transactions, {streams} labelled streams")


if __name__ == "__main__":
    main()
