# ruff: noqa: E501 - the literals are bank export lines and headers, kept whole to be read as such
"""Write the independent evaluation set of bank statement files and its truth.

    python bench/data/bank-files/make.py        # rewrites *.csv/*.ofx/... and truth.json here

Each file is one person's account over 6-15 months, exported the way that country's
banks do (layouts, encodings, date and number formats, descriptor styles). A person
has recurring payments (catalogued per country below, each with the label a careful
human would give it) and the noise of everyday life: shops, restaurants, coffee,
groceries at the same supermarket every week, P2P payments, refunds, one-off big
purchases. Written without looking at the detector: the labels are what a person
reading the statement would call recurring, not what any algorithm finds.

Seeded: the same run writes the same bytes.
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CENT = Decimal("0.01")


@dataclass
class Tx:
    d: date
    amount: Decimal  # signed: negative is money out
    payee: str  # counterparty as the bank names it
    purpose: str  # Verwendungszweck / memo / remittance information
    line: str  # one-line descriptor as a card statement shows it
    method: str  # card, dd (direct debit), so (standing order), in (credit), xfer, atm, p2p
    mandate: str = ""
    creditor: str = ""
    iban: str = ""


@dataclass
class Rec:
    """One recurring payment a person might have, as a country's banks show it."""

    name: str
    aliases: list[str]
    kind: str
    cycle: str
    amount: str
    line: str
    payee: str = ""
    purpose: str = ""
    method: str = "card"
    var: float = 0.0  # relative variation of each charge (FX cards, metered bills)
    core: bool = False  # every current account of that country has it
    vary: bool = False  # may get a price increase, a cancellation or a trial
    increase: str = ""
    cancel_months: int = 0
    late_start_months: int = 0
    skip: float = 0.0
    day: int = 0


CYCLE_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}


def R(name: str, aliases: list[str], kind: str, cycle: str, amount: str, line: str, **kw: object) -> Rec:
    return Rec(name, aliases, kind, cycle, amount, line, **kw)  # type: ignore[arg-type]


def add_months(d: date, n: int, day: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def business(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def money(x: float | Decimal) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def occurrences(rec: Rec, start: date, end: date, rng: random.Random) -> list[date]:
    first = add_months(start, rec.late_start_months, 1) if rec.late_start_months else start
    stop = add_months(end, -rec.cancel_months, end.day) if rec.cancel_months else end
    out: list[date] = []
    if rec.cycle in ("weekly", "biweekly"):
        step = 7 if rec.cycle == "weekly" else 14
        d = first + timedelta(days=(rec.day - first.weekday()) % 7)
        while d <= stop:
            if not (rec.skip and rng.random() < rec.skip and d < stop - timedelta(days=21)):
                out.append(d)
            d += timedelta(days=step)
        return out
    months = CYCLE_MONTHS[rec.cycle]
    day = rec.day or rng.randint(1, 28)
    anchor = date(first.year, first.month, min(day, 28))
    if anchor < first:
        anchor = add_months(anchor, 1, day)
    if rec.cycle == "yearly":
        # a yearly charge whose second one falls inside the history
        anchor = add_months(start, rng.randint(0, max(0, month_span(start, stop) - 12)), day)
    n = 0
    while True:
        d = add_months(anchor, n * months, day)
        if d > stop:
            break
        if d >= first:
            posted = (
                business(d)
                if rec.method in ("dd", "so", "in")
                else d + timedelta(days=rng.choice((0, 0, 1, 2)))
            )
            if posted <= end:
                out.append(posted)
        n += 1
    return out


def month_span(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def fill(template: str, d: date, n: int, rng: random.Random, refs: dict[str, str]) -> str:
    prev = add_months(d, -1, 1)
    return template.format(
        d=d,
        n=n + 1,
        ref=digits(rng, 10),
        ref6=digits(rng, 6),
        code=alnum(rng, 8),
        mon=d.strftime("%b").upper(),
        ddmmyy=d.strftime("%d%m%y"),
        mmyyyy=d.strftime("%m/%Y"),
        prevmm=prev.strftime("%m.%Y"),
        yyyy=d.year,
        q=(d.month - 1) // 3 + 1,
        **refs,
    )


def generate(
    rec: Rec, start: date, end: date, rng: random.Random, country: str
) -> tuple[list[Tx], list[Decimal]]:
    dates = occurrences(rec, start, end, rng)
    refs = {"mref": alnum(rng, 6) + digits(rng, 6), "cred": creditor_id(rng, country), "cust": digits(rng, 9)}
    iban = fake_iban(rng, country)
    base = Decimal(rec.amount)
    switch = len(dates) // 2 + rng.randint(-1, 1)
    txs: list[Tx] = []
    amounts: list[Decimal] = []
    for i, d in enumerate(dates):
        amt = Decimal(rec.increase) if rec.increase and i >= switch else base
        if rec.var:
            amt = money(float(amt) * (1 + rng.uniform(-rec.var, rec.var)))
        amounts.append(amt)
        signed = amt if rec.kind == "income" else -amt
        line = fill(rec.line, d, i, rng, refs)
        payee = fill(rec.payee, d, i, rng, refs) if rec.payee else line
        purpose = fill(rec.purpose, d, i, rng, refs) if rec.purpose else ""
        mandate = refs["mref"] if rec.method == "dd" else ""
        creditor = refs["cred"] if rec.method == "dd" else ""
        txs.append(Tx(d, signed, payee, purpose, line, rec.method, mandate, creditor, iban))
    return txs, amounts


def creditor_id(rng: random.Random, country: str) -> str:
    cc = {"US": "DE", "UK": "GB", "CA": "DE"}.get(country, country)
    return f"{cc}{digits(rng, 2)}ZZZ{digits(rng, 11 if cc == 'DE' else 8)}"


def fake_iban(rng: random.Random, country: str) -> str:
    cc = {"UK": "GB", "US": "DE", "CA": "DE"}.get(country, country)
    if cc == "NL":
        return f"NL{digits(rng, 2)}{rng.choice(['INGB', 'ABNA', 'RABO'])}0{digits(rng, 9)}"
    if cc == "CH":
        return f"CH{digits(rng, 19)}"
    if cc == "FR":
        return f"FR76{digits(rng, 23)}"
    return f"{cc}{digits(rng, 20)}"


# ---------------------------------------------------------------- catalogues per country

S, B, INC, T = "subscription", "bill", "income", "transfer"


def catalogue_us() -> list[Rec]:
    return [
        R(
            "Acme Corp",
            ["Acme", "Acme Corp Payroll", "Payroll"],
            INC,
            "biweekly",
            "2134.56",
            "ACME CORP PAYROLL PPD ID: 1411234567",
            payee="ACME CORP",
            purpose="DIRECT DEP PAYROLL",
            method="in",
            core=True,
            day=4,
        ),
        R(
            "Avalon Communities",
            ["Avalon", "Avalonbay", "Rent"],
            B,
            "monthly",
            "2450.00",
            "AVALONBAY COMM WEB PMTS 8CK2L1 WEB ID: 9000123456",
            payee="AVALONBAY COMM",
            purpose="WEB PMTS",
            method="dd",
            core=True,
            day=1,
        ),
        R("Netflix", [], S, "monthly", "15.49", "NETFLIX.COM 866-579-7172 CA", vary=True, increase="17.99"),
        R(
            "Spotify",
            ["Spotify USA", "Spotify Premium"],
            S,
            "monthly",
            "11.99",
            "Spotify USA 8777781161 NY",
            vary=True,
        ),
        R(
            "Disney+",
            ["Disney Plus", "DisneyPlus"],
            S,
            "monthly",
            "13.99",
            "PAYPAL *DISNEYPLUS 4029357733 CA",
            vary=True,
        ),
        R("Hulu", [], S, "monthly", "17.99", "HULU 877-8244858 CA", vary=True),
        R(
            "YouTube Premium",
            ["YouTube"],
            S,
            "monthly",
            "13.99",
            "GOOGLE *YouTubePremium g.co/helppay#CA",
            vary=True,
        ),
        R(
            "Apple",
            ["Apple.com", "Apple Services", "iCloud", "iCloud+", "Apple.com/bill", "Apple iCloud"],
            S,
            "monthly",
            "2.99",
            "APPLE.COM/BILL 866-712-7753 CA",
            vary=True,
        ),
        R(
            "Adobe Creative Cloud",
            ["Adobe"],
            S,
            "monthly",
            "59.99",
            "ADOBE *CREATIVE CLOUD 408-536-6000 CA",
            vary=True,
        ),
        R(
            "ChatGPT",
            ["OpenAI", "ChatGPT Plus"],
            S,
            "monthly",
            "20.00",
            "OPENAI *CHATGPT SUBSCR OPENAI.COM CA",
            vary=True,
        ),
        R(
            "The New York Times",
            ["NYTimes", "New York Times", "NYT"],
            S,
            "monthly",
            "17.00",
            "NYTimes*NYTimes 800-698-4637 NY",
            vary=True,
        ),
        R("Planet Fitness", [], S, "monthly", "24.99", "PLANET FITNESS 844-880-7180 NH", vary=True),
        R("Audible", [], S, "monthly", "14.95", "Audible*{code} Amzn.com/bill NJ", vary=True),
        R("Amazon Prime", ["Prime"], S, "yearly", "139.00", "Amazon Prime*{code} Amzn.com/bill WA"),
        R(
            "Microsoft 365",
            ["Microsoft", "Microsoft 365 Personal", "Office 365"],
            S,
            "yearly",
            "99.99",
            "MICROSOFT*MICROSOFT 365 P 800-642-7676 WA",
        ),
        R(
            "HelloFresh",
            ["Hello Fresh"],
            S,
            "weekly",
            "69.93",
            "HELLOFRESH 646-846-3663 NY",
            skip=0.25,
            day=2,
        ),
        R(
            "Verizon",
            ["Verizon Wireless"],
            B,
            "monthly",
            "85.00",
            "VERIZON WIRELESS PAYMENTS PPD ID: 2223344556",
            payee="VERIZON WIRELESS",
            purpose="PAYMENTS",
            method="dd",
        ),
        R(
            "Comcast",
            ["Xfinity", "Comcast Cable"],
            B,
            "monthly",
            "79.99",
            "COMCAST CABLE COMM 800-COMCAST PA",
        ),
        R(
            "Con Edison",
            ["Con Ed", "ConEd", "Con Ed of NY"],
            B,
            "monthly",
            "96.00",
            "CON ED OF NY DES:INTELL CK ID:{cust} INDN:JORDAN LEE CO ID:XXXXX98765 PPD",
            payee="CON ED OF NY",
            purpose="INTELL CK",
            method="dd",
            var=0.18,
        ),
        R("GEICO", ["Geico Auto"], B, "semiannual", "612.40", "GEICO *AUTO 800-841-3000 DC"),
        R(
            "Toyota Financial Services",
            ["Toyota Financial", "Toyota Motor Credit", "TMCC"],
            B,
            "monthly",
            "389.17",
            "TOYOTA MOTOR CRED PAYMENT PPD ID: 9111111103",
            payee="TOYOTA MOTOR CRED",
            purpose="PAYMENT",
            method="dd",
        ),
        R(
            "Dept of Education",
            ["Department of Education", "Student Loan", "Nelnet"],
            B,
            "monthly",
            "212.34",
            "DEPT EDUCATION STUDNTLOAN PPD ID: 9102006666",
            payee="DEPT EDUCATION",
            purpose="STUDNTLOAN",
            method="dd",
        ),
        R(
            "Savings",
            ["Online Transfer to SAV", "Transfer to savings", "Chase Savings", "SAV 4821"],
            T,
            "monthly",
            "500.00",
            "Online Transfer to SAV ...4821 transaction#: {ref}",
            payee="Online Transfer to SAV ...4821",
            method="xfer",
            day=2,
        ),
        R(
            "Robinhood",
            [],
            T,
            "monthly",
            "200.00",
            "ROBINHOOD DES:FUNDS ID:{ref} INDN:JORDAN LEE CO ID:XXXXX PPD",
            payee="ROBINHOOD",
            purpose="FUNDS",
            method="xfer",
            day=15,
        ),
        R(
            "Apple",
            ["Apple.com", "Apple Music", "Apple One", "Apple.com/bill"],
            S,
            "monthly",
            "10.99",
            "APPLE.COM/BILL 866-712-7753 CA",
            vary=True,
        ),
    ]


def catalogue_uk() -> list[Rec]:
    return [
        R(
            "Acme Ltd",
            ["Acme", "Acme Ltd Salary", "Salary"],
            INC,
            "monthly",
            "2650.00",
            "ACME LTD SALARY",
            payee="ACME LTD",
            purpose="SALARY",
            method="in",
            core=True,
            day=25,
        ),
        R(
            "Nationwide Mortgage",
            ["Mortgage", "Nationwide BS"],
            B,
            "monthly",
            "1045.67",
            "NATIONWIDE BS MORTGAGE",
            payee="NATIONWIDE B S",
            purpose="MTG 0123456789",
            method="dd",
            core=True,
            day=1,
        ),
        R("Netflix", [], S, "monthly", "10.99", "NETFLIX.COM", vary=True, increase="12.99"),
        R("Spotify", ["Spotify Premium"], S, "monthly", "11.99", "Spotify P{code}", vary=True),
        R("Disney+", ["Disney Plus"], S, "monthly", "7.99", "DISNEY PLUS", vary=True),
        R("Amazon Prime", ["Prime"], S, "monthly", "8.99", "AMAZON PRIME*{code}", vary=True),
        R("Now TV", ["NOW", "NowTV"], S, "monthly", "9.99", "NOWTV.COM", vary=True),
        R(
            "Apple",
            ["Apple.com", "iCloud", "iCloud+", "Apple.com/bill"],
            S,
            "monthly",
            "0.99",
            "APPLE.COM/BILL",
            vary=True,
        ),
        R(
            "PureGym",
            ["Pure Gym"],
            S,
            "monthly",
            "24.99",
            "PUREGYM LTD",
            payee="PUREGYM LTD",
            purpose="PG{ref6}",
            method="dd",
            vary=True,
        ),
        R(
            "The Guardian",
            ["Guardian", "Guardian News & Media", "Guardian News and Media"],
            S,
            "monthly",
            "11.99",
            "GUARDIAN NEWS & MEDIA",
            payee="GUARDIAN NEWS & MED",
            purpose="GNM{ref6}",
            method="dd",
            vary=True,
        ),
        R("Gousto", [], S, "weekly", "35.99", "GOUSTO", skip=0.3, day=4),
        R(
            "Camden Council Tax",
            ["Camden Council", "LB Camden", "Council Tax", "LB Camden CTAX"],
            B,
            "monthly",
            "162.00",
            "LB CAMDEN CTAX",
            payee="LB CAMDEN CTAX",
            purpose="{cust}",
            method="dd",
            day=1,
        ),
        R(
            "TV Licence",
            ["TV Licence MBP", "TV Licensing"],
            B,
            "monthly",
            "14.25",
            "TV LICENCE MBP",
            payee="TV LICENCE MBP",
            purpose="{cust}",
            method="dd",
            day=18,
        ),
        R(
            "British Gas",
            [],
            B,
            "monthly",
            "96.00",
            "BRITISH GAS",
            payee="BRITISH GAS",
            purpose="8500{ref6}",
            method="dd",
            day=12,
        ),
        R(
            "Thames Water",
            [],
            B,
            "monthly",
            "38.50",
            "THAMES WATER",
            payee="THAMES WATER",
            purpose="{ref}",
            method="dd",
            day=20,
        ),
        R(
            "EE",
            ["EE Limited"],
            B,
            "monthly",
            "28.00",
            "EE LIMITED",
            payee="EE LIMITED",
            purpose="Q{ref6}",
            method="dd",
            day=8,
        ),
        R(
            "Virgin Media",
            [],
            B,
            "monthly",
            "45.00",
            "VIRGIN MEDIA PYMTS",
            payee="VIRGIN MEDIA PYMTS",
            purpose="{cust}",
            method="dd",
            day=5,
        ),
        R(
            "Aviva",
            ["Aviva Insurance"],
            B,
            "monthly",
            "18.32",
            "AVIVA INSURANCE",
            payee="AVIVA INSURANCE LTD",
            purpose="P{ref}",
            method="dd",
            day=14,
        ),
        R(
            "Savings",
            ["Savings Pot", "ISA", "Cash ISA", "Transfer to savings"],
            T,
            "monthly",
            "250.00",
            "TO A/C 20-45-67 41234567 ISA",
            payee="J SMITH ISA",
            purpose="TO ISA",
            method="xfer",
            day=26,
        ),
        R(
            "ChatGPT",
            ["OpenAI", "ChatGPT Plus"],
            S,
            "monthly",
            "15.84",
            "OPENAI *CHATGPT SUBSCR",
            var=0.03,
            vary=True,
        ),
        R("YouTube Premium", ["YouTube"], S, "monthly", "12.99", "GOOGLE*YOUTUBEPREMIUM", vary=True),
        R("Audible", ["Audible UK"], S, "monthly", "7.99", "PAYPAL *AUDIBLEUK 35314369001", vary=True),
    ]


def catalogue_de() -> list[Rec]:
    pp = "PayPal Europe S.a.r.l. et Cie S.C.A"
    return [
        R(
            "Acme GmbH",
            ["Acme", "Gehalt", "Lohn"],
            INC,
            "monthly",
            "3184.22",
            "ACME GMBH LOHN/GEHALT",
            payee="ACME GmbH",
            purpose="LOHN/GEHALT {mmyyyy}",
            method="in",
            core=True,
            day=28,
        ),
        R(
            "Hausverwaltung Schmidt",
            ["Miete", "Hausverwaltung Schmidt GmbH"],
            B,
            "monthly",
            "950.00",
            "HAUSVERWALTUNG SCHMIDT",
            payee="Hausverwaltung Schmidt GmbH",
            purpose="Miete Whg. 3 OG links",
            method="so",
            core=True,
            day=1,
        ),
        R(
            "Netflix",
            [],
            S,
            "monthly",
            "13.99",
            "PAYPAL NETFLIX",
            payee=pp,
            purpose="{ref}{ref6} PP.{ref6}.PP . Netflix International B.V., Ihr Einkauf bei Netflix International B.V.",
            method="dd",
            vary=True,
            increase="17.99",
        ),
        R(
            "Spotify",
            ["Spotify AB"],
            S,
            "monthly",
            "10.99",
            "PAYPAL SPOTIFY",
            payee=pp,
            purpose="{ref}{ref6} PP.{ref6}.PP . Spotify AB, Ihr Einkauf bei Spotify AB",
            method="dd",
            vary=True,
        ),
        R(
            "Disney+",
            ["Disney Plus", "The Walt Disney Company"],
            S,
            "monthly",
            "9.99",
            "PAYPAL DISNEY",
            payee=pp,
            purpose="{ref}{ref6} PP.{ref6}.PP . Disney Plus, Ihr Einkauf bei Disney Plus",
            method="dd",
            vary=True,
        ),
        R(
            "McFit",
            ["McFit GmbH", "RSG Group"],
            S,
            "monthly",
            "29.90",
            "MCFIT GMBH",
            payee="McFit GmbH",
            purpose="Mitgliedsbeitrag {mmyyyy} Mitgl.-Nr. {cust}",
            method="dd",
            vary=True,
        ),
        R(
            "DAZN",
            ["DAZN Limited"],
            S,
            "monthly",
            "29.99",
            "DAZN LIMITED",
            payee="DAZN Limited",
            purpose="DAZN Abo {ref}",
            method="dd",
            vary=True,
        ),
        R(
            "Spiegel+",
            ["Der Spiegel", "SPIEGEL-Verlag", "Spiegel"],
            S,
            "monthly",
            "19.99",
            "SPIEGEL-VERLAG",
            payee="SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG",
            purpose="SPIEGEL+ Abo Kd-Nr {cust}",
            method="dd",
            vary=True,
        ),
        R(
            "HelloFresh",
            ["HelloFresh Deutschland"],
            S,
            "weekly",
            "59.99",
            "HELLOFRESH",
            payee="HelloFresh Deutschland SE & Co. KG",
            purpose="HelloFresh Lieferung {ref}",
            method="dd",
            skip=0.3,
            day=1,
        ),
        R(
            "ADAC",
            ["ADAC e.V."],
            S,
            "yearly",
            "94.00",
            "ADAC E.V.",
            payee="ADAC e.V.",
            purpose="Mitgliedsbeitrag {yyyy} Mitgl.-Nr. {cust}",
            method="dd",
        ),
        R(
            "BahnCard 25",
            ["BahnCard", "DB Vertrieb", "Deutsche Bahn"],
            S,
            "yearly",
            "62.90",
            "DB VERTRIEB GMBH",
            payee="DB Vertrieb GmbH",
            purpose="BahnCard 25 Abo Nr {cust}",
            method="dd",
        ),
        R(
            "Rundfunkbeitrag",
            [
                "Rundfunk ARD ZDF DRadio",
                "ARD ZDF Deutschlandradio Beitragsservice",
                "Beitragsservice",
                "Rundfunk ARD, ZDF, DRadio",
            ],
            B,
            "quarterly",
            "55.08",
            "RUNDFUNK ARD ZDF DRADIO",
            payee="Rundfunk ARD, ZDF, DRadio",
            purpose="Rundfunkbeitrag Beitragsnr. {cust} Quartal {q}/{yyyy}",
            method="dd",
            day=15,
        ),
        R(
            "Vattenfall",
            ["Vattenfall Europe Sales"],
            B,
            "monthly",
            "78.00",
            "VATTENFALL",
            payee="Vattenfall Europe Sales GmbH",
            purpose="Abschlag Strom VK {cust}",
            method="dd",
            day=5,
        ),
        R(
            "Telekom",
            ["Telekom Deutschland", "Deutsche Telekom"],
            B,
            "monthly",
            "39.95",
            "TELEKOM DEUTSCHLAND",
            payee="Telekom Deutschland GmbH",
            purpose="Festnetz Kundenkonto {cust} RG {ref}",
            method="dd",
            day=12,
        ),
        R(
            "O2",
            ["Telefonica Germany", "Telefonica"],
            B,
            "monthly",
            "19.99",
            "TELEFONICA GERMANY",
            payee="Telefonica Germany GmbH + Co. OHG",
            purpose="Kd-Nr {cust} Mobilfunk {mmyyyy}",
            method="dd",
            day=20,
        ),
        R(
            "HUK-Coburg",
            ["HUK Coburg", "HUK"],
            B,
            "quarterly",
            "132.45",
            "HUK-COBURG",
            payee="HUK-COBURG Allgemeine Versicherung AG",
            purpose="Kfz-Versicherung VS-Nr {cust}",
            method="dd",
            day=1,
        ),
        R(
            "Santander Consumer Bank",
            ["Santander", "Ratenkredit"],
            B,
            "monthly",
            "245.00",
            "SANTANDER CONSUMER",
            payee="Santander Consumer Bank AG",
            purpose="Rate Kreditvertrag {cust}",
            method="dd",
            day=15,
        ),
        R(
            "Sparkonto",
            ["Tagesgeld", "Eigenes Sparkonto", "Sparen"],
            T,
            "monthly",
            "300.00",
            "SPARKONTO",
            payee="Max Mustermann",
            purpose="Sparkonto Dauerauftrag",
            method="xfer",
            day=2,
        ),
        R(
            "ChatGPT",
            ["OpenAI", "ChatGPT Plus"],
            S,
            "monthly",
            "18.62",
            "OPENAI *CHATGPT SUBSCR",
            payee="OPENAI *CHATGPT SUBSCR",
            var=0.03,
        ),
    ]


def catalogue_fr() -> list[Rec]:
    return [
        R(
            "Acme France",
            ["Acme", "Salaire", "Acme France SAS"],
            INC,
            "monthly",
            "2480.15",
            "VIR SEPA RECU /DE ACME FRANCE SAS /MOTIF SALAIRE {mon}",
            payee="ACME FRANCE SAS",
            purpose="SALAIRE",
            method="in",
            core=True,
            day=28,
        ),
        R(
            "SCI Les Tilleuls",
            ["Loyer", "Les Tilleuls"],
            B,
            "monthly",
            "850.00",
            "VIR SEPA EMIS /MOTIF LOYER /BEN SCI LES TILLEULS",
            payee="SCI LES TILLEULS",
            purpose="LOYER",
            method="so",
            core=True,
            day=3,
        ),
        R("Netflix", [], S, "monthly", "13.49", "CB NETFLIX.COM FACT {ddmmyy}", vary=True, increase="14.99"),
        R("Spotify", [], S, "monthly", "10.99", "CB SPOTIFY FACT {ddmmyy}", vary=True),
        R(
            "Deezer",
            [],
            S,
            "monthly",
            "11.99",
            "PRLV SEPA DEEZER SA",
            payee="DEEZER SA",
            purpose="DEEZER PREMIUM",
            method="dd",
            vary=True,
        ),
        R(
            "Canal+",
            ["Canal Plus", "Groupe Canal+"],
            S,
            "monthly",
            "25.99",
            "PRLV SEPA GROUPE CANAL+",
            payee="GROUPE CANAL+",
            purpose="ABONNEMENT {cust}",
            method="dd",
            vary=True,
        ),
        R("Amazon Prime", ["Prime"], S, "monthly", "6.99", "CB AMAZON PRIME FR FACT {ddmmyy}", vary=True),
        R(
            "Basic-Fit",
            ["Basic Fit"],
            S,
            "monthly",
            "29.99",
            "PRLV SEPA BASIC FIT FRANCE",
            payee="BASIC FIT FRANCE",
            purpose="COTISATION",
            method="dd",
            vary=True,
        ),
        R(
            "Le Monde",
            ["Societe Editrice du Monde"],
            S,
            "monthly",
            "11.99",
            "PRLV SEPA SOCIETE EDITRICE DU MONDE",
            payee="SOCIETE EDITRICE DU MONDE",
            purpose="ABONNEMENT LE MONDE",
            method="dd",
            vary=True,
        ),
        R(
            "Navigo",
            ["Comutitres", "Navigo Annuel"],
            S,
            "monthly",
            "86.40",
            "PRLV SEPA COMUTITRES",
            payee="COMUTITRES",
            purpose="NAVIGO ANNUEL",
            method="dd",
            day=5,
        ),
        R(
            "Free Mobile",
            [],
            B,
            "monthly",
            "19.99",
            "PRLV SEPA FREE MOBILE",
            payee="FREE MOBILE",
            purpose="FREE MOBILE {cust}",
            method="dd",
            day=4,
        ),
        R(
            "Orange",
            ["Orange SA", "Livebox"],
            B,
            "monthly",
            "42.99",
            "PRLV SEPA ORANGE SA",
            payee="ORANGE SA",
            purpose="FACTURE INTERNET",
            method="dd",
            day=11,
        ),
        R(
            "EDF",
            ["EDF Clients Particuliers", "Electricite de France"],
            B,
            "monthly",
            "85.00",
            "PRLV SEPA EDF CLIENTS PARTICULIERS",
            payee="EDF CLIENTS PARTICULIERS",
            purpose="MENSUALITE {cust}",
            method="dd",
            day=8,
        ),
        R(
            "MAIF",
            [],
            B,
            "monthly",
            "32.45",
            "PRLV SEPA MAIF",
            payee="MAIF",
            purpose="ASSURANCE HABITATION",
            method="dd",
            day=10,
        ),
        R(
            "DGFIP",
            ["Impots", "Direction Generale des Finances Publiques", "Taxe fonciere"],
            B,
            "monthly",
            "95.00",
            "PRLV SEPA DGFIP IMPOT",
            payee="DIRECTION GENERALE DES FINANCES PUBLIQUES",
            purpose="TAXE FONCIERE",
            method="dd",
            day=15,
        ),
        R(
            "Livret A",
            ["Virement Livret A"],
            T,
            "monthly",
            "100.00",
            "VIR PERMANENT LIVRET A",
            payee="LIVRET A",
            purpose="VIREMENT PERMANENT",
            method="xfer",
            day=5,
        ),
        R(
            "Midjourney",
            ["Midjourney Inc"],
            S,
            "monthly",
            "9.41",
            "CB MIDJOURNEY INC. FACT {ddmmyy} 10,00 USD",
            var=0.03,
        ),
        R(
            "Disney+",
            ["Disney Plus"],
            S,
            "monthly",
            "9.99",
            "PRLV SEPA PAYPAL EUROPE S.A.R.L. ET CIE S.C.A /MOTIF 1039{ref} PAYPAL DISNEY PLUS",
            payee="PAYPAL EUROPE S.A.R.L. ET CIE S.C.A",
            purpose="1039{ref} PAYPAL DISNEY PLUS",
            method="dd",
            vary=True,
        ),
        R(
            "YouTube Premium",
            ["YouTube"],
            S,
            "monthly",
            "12.99",
            "CB GOOGLE*YOUTUBE PREM FACT {ddmmyy}",
            vary=True,
        ),
    ]


def catalogue_nl() -> list[Rec]:
    return [
        R(
            "Acme B.V.",
            ["Acme", "Salaris", "Acme BV"],
            INC,
            "monthly",
            "2890.40",
            "ACME B.V.",
            payee="ACME B.V.",
            purpose="SALARIS {mmyyyy}",
            method="in",
            core=True,
            day=24,
        ),
        R(
            "Woonstichting De Key",
            ["De Key", "Huur"],
            B,
            "monthly",
            "925.00",
            "WOONSTICHTING DE KEY",
            payee="Woonstichting De Key",
            purpose="Huur {mmyyyy} contract {cust}",
            method="dd",
            core=True,
            day=1,
        ),
        R(
            "Netflix",
            [],
            S,
            "monthly",
            "13.99",
            "NETFLIX INTERNATIONAL B.V.",
            payee="Netflix International B.V.",
            purpose="{ref} Netflix maandabonnement",
            method="dd",
            vary=True,
            increase="15.99",
        ),
        R(
            "Spotify",
            [],
            S,
            "monthly",
            "10.99",
            "SPOTIFY",
            payee="Spotify AB",
            purpose="Spotify Premium {ref}",
            method="dd",
            vary=True,
        ),
        R(
            "Videoland",
            [],
            S,
            "monthly",
            "9.99",
            "VIDEOLAND",
            payee="RTL Nederland Interactief B.V.",
            purpose="Videoland abonnement {ref}",
            method="dd",
            vary=True,
        ),
        R(
            "NRC",
            ["NRC Media", "Mediahuis NRC"],
            S,
            "monthly",
            "26.99",
            "MEDIAHUIS NRC",
            payee="Mediahuis NRC B.V.",
            purpose="Abonnement NRC {cust}",
            method="dd",
            vary=True,
        ),
        R(
            "HelloFresh",
            [],
            S,
            "weekly",
            "52.99",
            "HELLOFRESH",
            payee="HelloFresh B.V.",
            purpose="HelloFresh box {ref}",
            method="dd",
            skip=0.25,
            day=3,
        ),
        R(
            "ANWB",
            ["ANWB Wegenwacht"],
            S,
            "yearly",
            "67.50",
            "ANWB",
            payee="ANWB B.V.",
            purpose="Contributie {yyyy} lidnr {cust}",
            method="dd",
        ),
        R(
            "Ziggo",
            ["VodafoneZiggo"],
            B,
            "monthly",
            "56.00",
            "ZIGGO SERVICES BV",
            payee="Ziggo Services BV",
            purpose="Factuur {ref} klantnr {cust}",
            method="dd",
            day=22,
        ),
        R(
            "KPN",
            ["KPN Mobiel"],
            B,
            "monthly",
            "22.50",
            "KPN B.V.",
            payee="KPN B.V.",
            purpose="Factuur {ref}",
            method="dd",
            day=26,
        ),
        R(
            "Vattenfall",
            [],
            B,
            "monthly",
            "118.00",
            "VATTENFALL KLANTENSERVICE N.V.",
            payee="Vattenfall Klantenservice N.V.",
            purpose="Termijnbedrag {cust}",
            method="dd",
            day=13,
        ),
        R(
            "Zilveren Kruis",
            ["Zilveren Kruis Zorgverzekeringen"],
            B,
            "monthly",
            "138.50",
            "ZILVEREN KRUIS",
            payee="Zilveren Kruis Zorgverzekeringen N.V.",
            purpose="Premie zorgverzekering {mmyyyy}",
            method="dd",
            day=27,
        ),
        R(
            "Gemeente Amsterdam",
            ["Gemeentebelastingen", "Belastingen Gemeente Amsterdam"],
            B,
            "monthly",
            "41.20",
            "GEMEENTE AMSTERDAM BELASTINGEN",
            payee="Gemeente Amsterdam Belastingen",
            purpose="Aanslagnr {ref} termijn {n}",
            method="dd",
            day=28,
        ),
        R(
            "Oranje Spaarrekening",
            ["Spaarrekening", "Sparen"],
            T,
            "monthly",
            "200.00",
            "ORANJE SPAARREKENING",
            payee="Oranje Spaarrekening V{ref6}",
            purpose="Naar Oranje Spaarrekening V{ref6}",
            method="xfer",
            day=25,
        ),
        R("ChatGPT", ["OpenAI", "ChatGPT Plus"], S, "monthly", "18.62", "OPENAI *CHATGPT SUBSCR", var=0.03),
        R(
            "Disney+",
            ["Disney Plus"],
            S,
            "monthly",
            "10.99",
            "PAYPAL DISNEY PLUS",
            payee="PayPal Europe S.a.r.l. et Cie S.C.A",
            purpose="1040{ref} PAYPAL Disney Plus",
            method="dd",
            vary=True,
        ),
    ]


def catalogue_ch() -> list[Rec]:
    return [
        R(
            "Acme AG",
            ["Acme", "Lohn"],
            INC,
            "monthly",
            "6420.55",
            "ACME AG LOHN",
            payee="ACME AG",
            purpose="Lohn {mmyyyy}",
            method="in",
            core=True,
            day=25,
        ),
        R(
            "Immobilien Meier",
            ["Miete", "Immobilien Meier AG"],
            B,
            "monthly",
            "1850.00",
            "IMMOBILIEN MEIER AG",
            payee="Immobilien Meier AG",
            purpose="Mietzins Wohnung 4.5 Zi",
            method="so",
            core=True,
            day=1,
        ),
        R("Netflix", [], S, "monthly", "18.90", "NETFLIX.COM LOS GATOS", vary=True, increase="20.90"),
        R("Spotify", [], S, "monthly", "12.95", "SPOTIFY P{code} STOCKHOLM", vary=True),
        R(
            "Swisscom",
            [],
            B,
            "monthly",
            "69.00",
            "SWISSCOM (SCHWEIZ) AG",
            payee="Swisscom (Schweiz) AG",
            purpose="Rechnung {ref}",
            method="dd",
            day=20,
        ),
        R(
            "CSS Versicherung",
            ["CSS", "CSS Krankenversicherung"],
            B,
            "monthly",
            "385.40",
            "CSS VERSICHERUNG AG",
            payee="CSS Versicherung AG",
            purpose="Praemie {mmyyyy} Vers.-Nr {cust}",
            method="dd",
            day=1,
        ),
        R(
            "Serafe",
            ["Serafe AG"],
            B,
            "yearly",
            "335.00",
            "SERAFE AG",
            payee="Serafe AG",
            purpose="Haushaltabgabe {yyyy}",
            method="so",
        ),
        R("Halbtax", ["SBB Halbtax", "Halbtax-Abo"], S, "yearly", "190.00", "SBB CFF FFS HALBTAX"),
        R(
            "Migros Fitnesspark",
            ["Fitnesspark", "Migros Fitness"],
            S,
            "monthly",
            "99.00",
            "MIGROS FITNESSPARK",
            payee="Genossenschaft Migros Zuerich",
            purpose="Fitnesspark Abo {cust}",
            method="dd",
            vary=True,
        ),
        R(
            "NZZ",
            ["Neue Zuercher Zeitung", "Neue Zürcher Zeitung"],
            S,
            "monthly",
            "39.00",
            "NZZ ABO",
            payee="NZZ AG",
            purpose="NZZ Digital Abo {cust}",
            method="dd",
            vary=True,
        ),
        R(
            "Steueramt Zuerich",
            ["Steuern", "Steueramt", "Kanton Zuerich"],
            B,
            "monthly",
            "720.00",
            "STEUERAMT DES KANTONS ZUERICH",
            payee="Steueramt des Kantons Zuerich",
            purpose="Steuern {yyyy} Rate",
            method="so",
            day=28,
        ),
        R(
            "VIAC 3a",
            ["VIAC", "Saeule 3a", "3a"],
            T,
            "monthly",
            "588.00",
            "VIAC 3A",
            payee="Terzo Vorsorgestiftung",
            purpose="Einzahlung Saeule 3a",
            method="xfer",
            day=26,
        ),
        R(
            "GitHub",
            ["GitHub Copilot", "GitHub Inc"],
            S,
            "monthly",
            "8.94",
            "GITHUB, INC. SAN FRANCISCO USD 10.00",
            var=0.03,
        ),
    ]


def catalogue_se() -> list[Rec]:
    return [
        R(
            "Acme AB",
            ["Acme", "Lön"],
            INC,
            "monthly",
            "28450.00",
            "LÖN ACME AB",
            payee="ACME AB",
            method="in",
            core=True,
            day=25,
        ),
        R(
            "HSB",
            ["Hyra", "HSB Stockholm"],
            B,
            "monthly",
            "7850.00",
            "HSB STOCKHOLM HYRA",
            method="dd",
            core=True,
            day=28,
        ),
        R("Netflix", [], S, "monthly", "129.00", "NETFLIX.COM", vary=True, increase="149.00"),
        R("Spotify", [], S, "monthly", "129.00", "SPOTIFY", vary=True),
        R("Viaplay", [], S, "monthly", "449.00", "VIAPLAY", vary=True),
        R(
            "SL",
            ["SL Access", "Storstockholms Lokaltrafik"],
            S,
            "monthly",
            "970.00",
            "SL ACCESS 30 DAGAR",
            day=1,
        ),
        R("Telia", [], B, "monthly", "399.00", "TELIA SVERIGE AB", method="dd", day=27),
        R("Vattenfall", [], B, "monthly", "612.00", "VATTENFALL AB", method="dd", var=0.2, day=30),
        R("CSN", ["Centrala Studiestödsnämnden"], B, "monthly", "1345.00", "CSN", method="dd", day=27),
        R(
            "Sparkonto",
            ["Sparande", "Överföring sparkonto"],
            T,
            "monthly",
            "2000.00",
            "ÖVERFÖRING SPARKONTO",
            method="xfer",
            day=26,
        ),
        R("ChatGPT", ["OpenAI", "ChatGPT Plus"], S, "monthly", "214.80", "OPENAI *CHATGPT SUBSCR", var=0.04),
    ]


def catalogue_dk() -> list[Rec]:
    return [
        R(
            "Acme A/S",
            ["Acme", "Løn"],
            INC,
            "monthly",
            "24310.00",
            "Lønoverførsel ACME A/S",
            method="in",
            core=True,
            day=28,
        ),
        R(
            "Husleje",
            ["Boligselskabet", "Boligselskabet Kbh"],
            B,
            "monthly",
            "8250.00",
            "Husleje Boligselskabet Kbh",
            method="so",
            core=True,
            day=1,
        ),
        R("Netflix", [], S, "monthly", "114.00", "Netflix.com", vary=True),
        R("Spotify", [], S, "monthly", "109.00", "Spotify P{code}", vary=True, increase="119.00"),
        R("Viaplay", [], S, "monthly", "149.00", "Viaplay", vary=True),
        R("Fitness World", ["PureGym"], S, "monthly", "269.00", "Fitness World BS", method="dd", vary=True),
        R("TDC", ["TDC Net", "YouSee"], B, "monthly", "299.00", "TDC BS", method="dd", day=3),
        R("HOFOR", [], B, "quarterly", "1845.00", "HOFOR BS", method="dd", day=10),
        R("Tryg", ["Tryg Forsikring"], B, "monthly", "412.00", "Tryg Forsikring BS", method="dd", day=1),
        R(
            "Opsparing",
            ["Opsparingskonto"],
            T,
            "monthly",
            "1500.00",
            "Overført til opsparing",
            method="xfer",
            day=2,
        ),
        R("ChatGPT", ["OpenAI", "ChatGPT Plus"], S, "monthly", "139.20", "OPENAI *CHATGPT SUBSCR", var=0.03),
    ]


def catalogue_ca() -> list[Rec]:
    return [
        R(
            "Acme Inc",
            ["Acme", "Payroll"],
            INC,
            "biweekly",
            "2210.88",
            "PAYROLL DEP ACME INC",
            method="in",
            core=True,
            day=3,
        ),
        R("Netflix", [], S, "monthly", "16.49", "NETFLIX.COM", vary=True, increase="18.99"),
        R("Spotify", [], S, "monthly", "10.99", "SPOTIFY P{code}", vary=True),
        R("Crave", ["Bell Media Crave"], S, "monthly", "19.99", "CRAVE BELL MEDIA", vary=True),
        R("Disney+", ["Disney Plus"], S, "monthly", "11.99", "DISNEY PLUS", vary=True),
        R("GoodLife Fitness", ["GoodLife"], S, "biweekly", "32.74", "GOODLIFE CLUBS", method="dd", day=4),
        R("Amazon Prime", ["Prime"], S, "yearly", "99.00", "AMAZON.CA PRIME MEMBER"),
        R("Rogers", ["Rogers Wireless"], B, "monthly", "75.00", "ROGERS WIRELESS", method="dd"),
        R("Bell Canada", ["Bell"], B, "monthly", "89.95", "BELL CANADA", method="dd"),
        R("Hydro One", [], B, "monthly", "142.00", "HYDRO ONE NETWORKS", method="dd", var=0.22),
        R(
            "City of Toronto",
            ["Property Tax", "Toronto Property Tax"],
            B,
            "monthly",
            "312.00",
            "CITY OF TORONTO TAX",
            method="dd",
            day=15,
        ),
        R(
            "TD Mortgage",
            ["Mortgage"],
            B,
            "monthly",
            "1980.25",
            "MORTGAGE PAYMENT TD",
            method="dd",
            core=True,
            day=1,
        ),
        R(
            "Wealthsimple",
            ["TFSA", "Wealthsimple TFSA"],
            T,
            "monthly",
            "400.00",
            "WEALTHSIMPLE INVESTMENTS",
            method="xfer",
            day=16,
        ),
        R(
            "ChatGPT",
            ["OpenAI", "ChatGPT Plus"],
            S,
            "monthly",
            "27.36",
            "OPENAI *CHATGPT SUBSCR SAN FRANCISCO",
            var=0.03,
        ),
    ]


def catalogue_es() -> list[Rec]:
    return [
        R(
            "Acme Iberia",
            ["Acme", "Nomina", "Acme Iberia SL"],
            INC,
            "monthly",
            "2105.30",
            "TRANSFERENCIA DE ACME IBERIA SL, CONCEPTO NOMINA {mon}",
            payee="ACME IBERIA SL",
            purpose="NOMINA",
            method="in",
            core=True,
            day=28,
        ),
        R(
            "Alquiler",
            ["Inmobiliaria Sol", "Inmobiliaria Sol SL"],
            B,
            "monthly",
            "875.00",
            "TRANSFERENCIA A INMOBILIARIA SOL SL, CONCEPTO ALQUILER",
            payee="INMOBILIARIA SOL SL",
            purpose="ALQUILER",
            method="so",
            core=True,
            day=2,
        ),
        R(
            "Netflix",
            [],
            S,
            "monthly",
            "12.99",
            "COMPRA TARJ. 5540XXXXXXXX1234 NETFLIX.COM AMSTERDAM",
            vary=True,
            increase="13.99",
        ),
        R(
            "Spotify",
            [],
            S,
            "monthly",
            "10.99",
            "COMPRA TARJ. 5540XXXXXXXX1234 SPOTIFY P{code} STOCKHOLM",
            vary=True,
        ),
        R(
            "HBO Max",
            ["Max", "HBO"],
            S,
            "monthly",
            "9.99",
            "COMPRA TARJ. 5540XXXXXXXX1234 HBOMAX MADRID",
            vary=True,
        ),
        R(
            "Movistar",
            ["Telefonica de Espana", "Movistar Fibra"],
            B,
            "monthly",
            "58.90",
            "RECIBO TELEFONICA DE ESPANA SAU",
            payee="TELEFONICA DE ESPANA SAU",
            purpose="MOVISTAR FIBRA",
            method="dd",
            day=6,
        ),
        R(
            "Iberdrola",
            ["Iberdrola Clientes"],
            B,
            "monthly",
            "64.00",
            "RECIBO IBERDROLA CLIENTES SAU",
            payee="IBERDROLA CLIENTES SAU",
            purpose="FACTURA LUZ",
            method="dd",
            var=0.2,
            day=12,
        ),
        R(
            "Canal de Isabel II",
            ["Canal Isabel II"],
            B,
            "quarterly",
            "48.30",
            "RECIBO CANAL DE ISABEL II",
            payee="CANAL DE ISABEL II SA",
            purpose="AGUA",
            method="dd",
            day=20,
        ),
        R(
            "Mapfre",
            ["Mapfre Seguros"],
            B,
            "monthly",
            "27.15",
            "RECIBO MAPFRE ESPANA",
            payee="MAPFRE ESPANA",
            purpose="SEGURO HOGAR",
            method="dd",
            day=3,
        ),
        R(
            "Basic-Fit",
            ["Basic Fit"],
            S,
            "monthly",
            "24.99",
            "RECIBO BASIC FIT SPAIN SA",
            payee="BASIC FIT SPAIN SA",
            purpose="CUOTA",
            method="dd",
            vary=True,
        ),
        R(
            "El Pais",
            ["Prisa", "Ediciones El Pais"],
            S,
            "monthly",
            "10.00",
            "RECIBO EDICIONES EL PAIS SL",
            payee="EDICIONES EL PAIS SL",
            purpose="SUSCRIPCION DIGITAL",
            method="dd",
            vary=True,
        ),
        R(
            "Cuenta Ahorro",
            ["Ahorro", "Traspaso ahorro"],
            T,
            "monthly",
            "150.00",
            "TRASPASO A CUENTA AHORRO ...7781",
            method="xfer",
            day=1,
        ),
    ]


# ---------------------------------------------------------------- everyday noise


@dataclass
class Noise:
    groceries: list[str]
    coffee: list[str]
    eat: list[str]
    shop: list[str]
    transport: list[str]
    p2p: list[str]  # templates with {who}
    people: list[str]
    oneoff: list[tuple[str, str]]  # (descriptor, amount): a flight, a TV
    atm: str
    scale: float = 1.0


NOISE = {
    "US": Noise(
        ["TRADER JOE S #552 QPS AUSTIN TX", "WHOLEFDS ARB 10234 AUSTIN TX", "HEB #431 AUSTIN TX"],
        ["STARBUCKS STORE 08123 AUSTIN TX", "BLUE BOTTLE COFFEE AUSTIN TX"],
        [
            "CHIPOTLE 1234 AUSTIN TX",
            "DOORDASH*THAI KITCHEN DOORDASH.COM CA",
            "SQ *VERACRUZ ALL NATURA Austin TX",
            "TST* KERBEY LANE CAFE AUSTIN TX",
        ],
        [
            "AMZN Mktp US*{code} Amzn.com/bill WA",
            "TARGET 00012345 AUSTIN TX",
            "CVS/PHARMACY #01234 AUSTIN TX",
            "HOME DEPOT #6543 AUSTIN TX",
        ],
        ["UBER *TRIP HELP.UBER.COM CA", "SHELL OIL 57444563 AUSTIN TX", "LYFT *RIDE SUN 8PM LYFT.COM CA"],
        ["VENMO PAYMENT {ref} WEB ID: 3264681992", "Zelle payment to {who} JPM99{code}"],
        ["Alex Kim", "Sam Ortiz", "Priya N"],
        [("UNITED 0162312345678 UNITED.COM TX", "412.30"), ("BEST BUY 00012345 AUSTIN TX", "899.99")],
        "ATM WITHDRAWAL 001234 {mon} 1234 MAIN ST AUSTIN TX",
    ),
    "UK": Noise(
        ["TESCO STORES 3012", "SAINSBURYS S/MKTS", "LIDL GB LONDON"],
        ["PRET A MANGER", "COSTA COFFEE 43012"],
        ["DELIVEROO", "WAGAMAMA CAMDEN", "NANDOS KENTISH TOWN"],
        ["AMAZON.CO.UK*{code}", "BOOTS 1234", "ARGOS LTD"],
        ["TFL TRAVEL CH", "UBER *TRIP", "SHELL CAMDEN"],
        ["{who} FASTER PAYMENT", "MONZO PAYMENT TO {who}"],
        ["J BROWN", "S PATEL", "A JONES"],
        [("BRITISH AIRWAYS 1252", "318.40"), ("CURRYS 2934", "649.00")],
        "CASH NOTEMC {mon} LONDON",
    ),
    "DE": Noise(
        ["REWE Markt GmbH", "EDEKA Center", "ALDI SUED"],
        ["Backwerk", "Starbucks Deutschland"],
        ["Lieferando.de", "Vapiano", "Burgermeister"],
        ["Amazon EU S.a r.L.", "dm-drogerie markt", "Rossmann", "Zalando SE"],
        ["DB Vertrieb GmbH Fahrkarte", "Shell Deutschland", "Aral Station"],
        ["PayPal {who}", "{who}"],
        ["Lisa Becker", "Jonas Wolf", "Anna Schulz"],
        [("Deutsche Lufthansa AG", "389.00"), ("MediaMarkt", "799.00")],
        "Bargeldauszahlung GA",
    ),
    "FR": Noise(
        ["CB CARREFOUR MARKET {dmy}", "CB MONOPRIX {dmy}", "CB FRANPRIX {dmy}"],
        ["CB BOULANGERIE PAUL {dmy}", "CB STARBUCKS {dmy}"],
        ["CB UBER EATS {dmy}", "CB LE PETIT BISTROT {dmy}", "CB DELIVEROO {dmy}"],
        ["CB AMAZON PAYMENTS {dmy}", "CB FNAC {dmy}", "CB PHARMACIE DU CENTRE {dmy}"],
        ["CB SNCF INTERNET {dmy}", "CB TOTAL ENERGIES {dmy}", "CB RATP {dmy}"],
        ["VIR LYDIA {who}", "VIR INST {who}"],
        ["M DUPONT", "C MARTIN", "L BERNARD"],
        [("CB AIR FRANCE {dmy}", "286.00"), ("CB DARTY {dmy}", "749.00")],
        "RETRAIT DAB {dmy}",
    ),
    "NL": Noise(
        ["Albert Heijn 1234", "Jumbo Amsterdam", "Lidl Amsterdam"],
        ["Coffee Company", "Starbucks Centraal"],
        ["Thuisbezorgd.nl", "Febo", "Wagamama Amsterdam"],
        ["bol.com", "HEMA Amsterdam", "Kruidvat"],
        ["NS Reizigers", "GVB Amsterdam", "Shell Amsterdam"],
        ["Tikkie {who}", "{who}"],
        ["J de Vries", "M Jansen", "S Bakker"],
        [("KLM Royal Dutch Airlines", "412.00"), ("Coolblue B.V.", "699.00")],
        "Geldautomaat ING Amsterdam",
    ),
    "CH": Noise(
        ["MIGROS ZUERICH", "COOP-1234 ZUERICH", "DENNER ZUERICH"],
        ["SPRUENGLI ZUERICH", "STARBUCKS ZUERICH HB"],
        ["ZFV RESTAURANT", "EAT.CH", "HILTL AG"],
        ["DIGITEC GALAXUS", "MANOR AG", "ZALANDO CH"],
        ["SBB CFF FFS BILLETT", "ZVV TICKET", "SOCAR ZUERICH"],
        ["TWINT {who}", "{who}"],
        ["L MUELLER", "N KELLER", "P WEBER"],
        [("SWISS INTERNATIONAL AIR", "620.00"), ("INTERDISCOUNT", "1299.00")],
        "BANCOMAT ZUERICH",
        scale=1.4,
    ),
    "SE": Noise(
        ["ICA SUPERMARKET", "COOP KONSUM", "HEMKOP"],
        ["ESPRESSO HOUSE", "WAYNES COFFEE"],
        ["FOODORA", "MAX HAMBURGARE", "PIZZERIA NAPOLI"],
        ["KLARNA*ZALANDO", "APOTEK HJARTAT", "CLAS OHLSON"],
        ["SJ AB", "CIRCLE K", "VOI TECHNOLOGY"],
        ["SWISH {who}", "SWISH {who}"],
        ["ERIK LINDQVIST", "SARA NILSSON", "OLLE BERG"],
        [("SAS SCANDINAVIAN AIRLI", "3450.00"), ("ELGIGANTEN", "8990.00")],
        "UTTAG BANKOMAT",
        scale=10.0,
    ),
    "DK": Noise(
        ["Netto", "Føtex", "Rema 1000"],
        ["Espresso House", "Lagkagehuset"],
        ["Wolt", "Sticks n Sushi", "Joe & The Juice"],
        ["Matas", "Elgiganten", "Zalando"],
        ["DSB", "Circle K", "Rejsekort"],
        ["MobilePay {who}", "MobilePay {who}"],
        ["Mads Hansen", "Sofie Jensen", "Emil Nielsen"],
        [("SAS Scandinavian Airlines", "2890.00"), ("Power Elektronik", "6499.00")],
        "Hævning Hæveautomat",
        scale=7.0,
    ),
    "ES": Noise(
        [
            "COMPRA TARJ. 5540XXXXXXXX1234 MERCADONA MADRID",
            "COMPRA TARJ. 5540XXXXXXXX1234 CARREFOUR MADRID",
            "COMPRA TARJ. 5540XXXXXXXX1234 DIA MADRID",
        ],
        [
            "COMPRA TARJ. 5540XXXXXXXX1234 CAFETERIA LA ESQUINA",
            "COMPRA TARJ. 5540XXXXXXXX1234 STARBUCKS MADRID",
        ],
        [
            "COMPRA TARJ. 5540XXXXXXXX1234 GLOVO MADRID",
            "COMPRA TARJ. 5540XXXXXXXX1234 TELEPIZZA",
            "COMPRA TARJ. 5540XXXXXXXX1234 100 MONTADITOS",
        ],
        [
            "COMPRA TARJ. 5540XXXXXXXX1234 AMAZON.ES",
            "COMPRA TARJ. 5540XXXXXXXX1234 EL CORTE INGLES",
            "COMPRA TARJ. 5540XXXXXXXX1234 ZARA",
        ],
        [
            "COMPRA TARJ. 5540XXXXXXXX1234 RENFE",
            "COMPRA TARJ. 5540XXXXXXXX1234 REPSOL",
            "COMPRA TARJ. 5540XXXXXXXX1234 CABIFY",
        ],
        ["BIZUM ENVIADO A {who}", "BIZUM RECIBIDO DE {who}"],
        ["LUCIA GARCIA", "PABLO MARTIN", "SARA LOPEZ"],
        [
            ("COMPRA TARJ. 5540XXXXXXXX1234 IBERIA", "245.00"),
            ("COMPRA TARJ. 5540XXXXXXXX1234 MEDIA MARKT", "699.00"),
        ],
        "RETIRADA CAJERO {mon}",
    ),
    "CA": Noise(
        ["LOBLAWS #1234 TORONTO ON", "METRO 543 TORONTO ON", "NO FRILLS #3456 TORONTO ON"],
        ["TIM HORTONS #2211 TORONTO ON", "STARBUCKS 04321 TORONTO ON"],
        ["UBER CANADA/UBEREATS TORONTO", "PIZZA PIZZA 123 TORONTO ON", "SKIPTHEDISHES WINNIPEG MB"],
        ["AMAZON.CA AMAZON.CA ON", "SHOPPERS DRUG MART TORONTO", "CANADIAN TIRE #123 TORONTO"],
        ["PRESTO FARE TORONTO ON", "PETRO-CANADA TORONTO ON", "UBER CANADA/UBERTRIP TORONTO"],
        ["E-TRANSFER SENT {who}", "E-TRANSFER SENT {who}"],
        ["ALEX TREMBLAY", "PRIYA SINGH", "SAM WONG"],
        [("AIR CANADA 0142345678901", "512.40"), ("BEST BUY #954 TORONTO ON", "1099.99")],
        "ATM WITHDRAWAL TD BANK",
    ),
}


def noise_txs(country: str, start: date, end: date, rng: random.Random, card_only: bool) -> list[Tx]:
    nz = NOISE[country]
    out: list[Tx] = []

    def add(d: date, amt: float, tmpl: str, method: str = "card", who: str = "") -> None:
        line = tmpl.format(
            code=alnum(rng, 9), ref=digits(rng, 10), mon=d.strftime("%m/%d"), dmy=d.strftime("%d/%m"), who=who
        )
        value = money(abs(amt) * nz.scale)
        out.append(Tx(d, -value if amt > 0 else value, line, "", line, method))

    store, cafe, shop_day = rng.choice(nz.groceries), rng.choice(nz.coffee), rng.randint(4, 6)
    # (chance a day, lowest, highest, descriptors): the everyday spending that is never recurring
    daily = [
        (0.15, 5, 35, nz.groceries),
        (0.18, 12, 65, nz.eat),
        (0.10, 8, 120, nz.shop),
        (0.12, 3, 55, nz.transport),
    ]
    d = start
    while d <= end:
        if d.weekday() == shop_day:  # the weekly shop at the same supermarket, a different total every time
            add(d, rng.uniform(45, 140), store)
        if d.weekday() < 5 and rng.random() < 0.45:  # coffee on most work days: same shop, nearly same price
            add(d, rng.choice((4.2, 4.5, 4.5, 4.8)), cafe)
        for chance, low, high, names in daily:
            if rng.random() < chance:
                add(d, rng.uniform(low, high), rng.choice(names))
        if not card_only and rng.random() < 0.04:
            add(d, rng.choice((40, 60, 100, 200)), nz.atm, "atm")
        if not card_only and rng.random() < 0.05:  # P2P, some to the same friend, at no rhythm
            amt = rng.choice((12.5, 20, 25, 25, 30, 45, 60))
            add(d, amt if rng.random() < 0.7 else -amt, rng.choice(nz.p2p), "p2p", rng.choice(nz.people))
        d += timedelta(days=1)
    return out + refunds(out, country, end, rng) + one_offs(nz, start, end, rng)


def refunds(txs: list[Tx], country: str, end: date, rng: random.Random) -> list[Tx]:
    """Three purchases given back a few days later."""
    out = []
    for tx in rng.sample([t for t in txs if t.method == "card" and t.amount < -20], 3):
        rd = tx.d + timedelta(days=rng.randint(3, 12))
        if rd > end:
            continue
        line = f"{tx.line} REFUND" if country in ("US", "CA", "UK") else f"{tx.line} Gutschrift/Erstattung"
        if country == "FR":
            line = tx.line.replace("CB ", "AVOIR CB ")
        out.append(Tx(rd, -tx.amount, tx.payee, "Erstattung" if country == "DE" else "", line, "card"))
    return out


def one_offs(nz: Noise, start: date, end: date, rng: random.Random) -> list[Tx]:
    """A flight and a TV: big, once, not a subscription."""
    out = []
    for desc, amt in nz.oneoff:
        d = start + timedelta(days=rng.randint(20, (end - start).days - 10))
        line = desc.format(dmy=d.strftime("%d/%m"))
        out.append(Tx(d, -Decimal(amt), line, "", line, "card"))
    return out


# ---------------------------------------------------------------- a person


@dataclass
class Person:
    txs: list[Tx]
    streams: list[dict[str, object]]
    start: date
    end: date


CATALOGUES = {
    "US": catalogue_us,
    "UK": catalogue_uk,
    "DE": catalogue_de,
    "FR": catalogue_fr,
    "NL": catalogue_nl,
    "CH": catalogue_ch,
    "SE": catalogue_se,
    "DK": catalogue_dk,
    "CA": catalogue_ca,
    "ES": catalogue_es,
}


def pick(country: str, months: int, rng: random.Random, card_only: bool, n_subs: int) -> list[Rec]:
    cat = CATALOGUES[country]()
    if card_only:
        cat = [r for r in cat if r.method == "card" or (r.kind == S and r.method != "dd")]
    core = [r for r in cat if r.core]
    rest = [r for r in cat if not r.core and (months >= 13 or r.cycle != "yearly")]
    return core + rng.sample(rest, min(len(rest), n_subs + rng.randint(0, 3)))


def vary(picked: list[Rec], months: int, rng: random.Random) -> list[Rec]:
    """One price increase, one cancellation, and (mostly) one free trial that turned into charges."""
    varying = [r for r in picked if r.vary]
    rng.shuffle(varying)
    changes = {id(r): replace(r, increase="") for r in varying}
    if varying:
        r = varying.pop()
        base = Decimal(r.amount)
        changes[id(r)] = r if r.increase else replace(r, increase=str(int(base * Decimal("1.15")) + base % 1))
    if varying:
        r = varying.pop()
        changes[id(r)] = replace(r, cancel_months=rng.randint(3, 5), increase="")
    if varying and rng.random() < 0.7:
        r = varying.pop()
        changes[id(r)] = replace(r, late_start_months=months - rng.randint(3, 5), increase="")
    return [changes.get(id(r), r) for r in picked]


def label(rec: Rec, got: list[Tx], amounts: list[Decimal]) -> dict[str, object] | None:
    """The truth a careful reader of the statement would write for this stream, if any."""
    if len(got) < 2 or (rec.cycle == "yearly" and (got[-1].d - got[0].d).days < 350):
        return None
    last = got[-1]
    stream: dict[str, object] = {
        "name": rec.name,
        "aliases": rec.aliases,
        "kind": rec.kind,
        "cycle": rec.cycle,
        "amount": str(amounts[-1]),
        "status": "cancelled" if rec.cancel_months else "active",
        "charges": len(got),
        "first": got[0].d.isoformat(),
        "last": last.d.isoformat(),
        "example": last.line if last.method == "card" else f"{last.payee} | {last.purpose}",
    }
    if rec.var:
        stream["amount_tolerance"] = round(rec.var * 2, 2)
    return stream


def person(
    country: str, start: date, months: int, seed: int, card_only: bool = False, n_subs: int = 6
) -> Person:
    rng = random.Random(seed)
    end = add_months(start, months, 1) - timedelta(days=1)
    txs: list[Tx] = []
    streams: list[dict[str, object]] = []
    for rec in vary(pick(country, months, rng, card_only, n_subs), months, rng):
        got, amounts = generate(rec, start, end, rng, country)
        txs += got
        stream = label(rec, got, amounts)
        if stream:
            streams.append(stream)
    txs += noise_txs(country, start, end, rng, card_only)
    txs.sort(key=lambda t: (t.d, t.line))
    return Person(txs, streams, start, end)


# ---------------------------------------------------------------- number and text formats


def us(x: Decimal) -> str:
    return f"{x:.2f}"


def de(x: Decimal, thousands: bool = False) -> str:
    s = f"{x:,.2f}" if thousands else f"{x:.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def csv_row(values: list[str], sep: str = ",", quote_all: bool = False) -> str:
    out = []
    for v in values:
        if quote_all or sep in v or '"' in v:
            out.append('"' + v.replace('"', '""') + '"')
        else:
            out.append(v)
    return sep.join(out)


def balances(p: Person, opening: Decimal) -> list[Decimal]:
    bal, out = opening, []
    for t in p.txs:
        bal += t.amount
        out.append(bal)
    return out


def sepa_text(t: Tx) -> str:
    """A German Verwendungszweck with its SEPA fields, as Sparkasse/DKB put them in one string."""
    if t.method == "dd":
        return f"EREF+{t.mandate}{t.d:%m%y} MREF+{t.mandate} CRED+{t.creditor} SVWZ+{t.purpose}"
    return t.purpose


def de_kind(t: Tx, credit: str = "GUTSCHRIFT") -> str:
    return {
        "dd": "FOLGELASTSCHRIFT",
        "so": "DAUERAUFTRAG",
        "in": "LOHN GEHALT" if credit == "GUTSCHRIFT" else credit,
        "xfer": "UMBUCHUNG",
        "atm": "BARGELDAUSZAHLUNG",
        "p2p": "ONLINE-UEBERWEISUNG",
    }.get(t.method, "KARTENZAHLUNG" if t.amount < 0 else "GUTSCHRIFT")


def card_purpose_de(t: Tx) -> str:
    return f"{t.line}//{'Berlin'}/DE {t.d:%Y-%m-%d}T{10 + t.d.day % 9}:{t.d.day + 10}:0{t.d.month % 10} Folgenr. 0{t.d.day % 9} Verfalld. 2812"


# ---------------------------------------------------------------- writers


def w_chase(p: Person) -> bytes:
    rows = ["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #"]
    bals = balances(p, Decimal("4210.33"))
    for t, b in reversed(list(zip(p.txs, bals, strict=False))):
        kind = {
            "dd": "ACH_DEBIT",
            "in": "ACH_CREDIT",
            "xfer": "ACCT_XFER",
            "atm": "ATM",
            "p2p": "QUICKPAY_DEBIT",
        }
        typ = kind.get(t.method, "DEBIT_CARD" if t.amount < 0 else "MISC_CREDIT")
        rows.append(
            csv_row(
                [
                    "DEBIT" if t.amount < 0 else "CREDIT",
                    f"{t.d:%m/%d/%Y}",
                    t.line,
                    us(t.amount),
                    typ,
                    us(b),
                    "",
                ]
            )
            + ","
        )
    return ("\n".join(rows) + "\n").encode()


def w_boa(p: Person) -> bytes:
    bals = balances(p, Decimal("1820.00"))
    total_in = sum((t.amount for t in p.txs if t.amount > 0), Decimal(0))
    total_out = sum((t.amount for t in p.txs if t.amount < 0), Decimal(0))
    rows = [
        "Description,,Summary Amt.",
        f'Beginning balance as of {p.start:%m/%d/%Y},,"1,820.00"',
        f'Total credits,,"{total_in:,.2f}"',
        f'Total debits,,"{total_out:,.2f}"',
        f'Ending balance as of {p.end:%m/%d/%Y},,"{bals[-1]:,.2f}"',
        "",
        "Date,Description,Amount,Running Bal.",
        f'{p.start:%m/%d/%Y},Beginning balance as of {p.start:%m/%d/%Y},,"1,820.00"',
    ]
    for t, b in zip(p.txs, bals, strict=False):
        rows.append(csv_row([f"{t.d:%m/%d/%Y}", t.line, f"{t.amount:,.2f}", f"{b:,.2f}"], quote_all=True))
    return ("\r\n".join(rows) + "\r\n").encode()


def w_wells(p: Person) -> bytes:
    # Wells Fargo: no header row at all
    rows = [csv_row([f"{t.d:%m/%d/%Y}", us(t.amount), "*", "", t.line], quote_all=True) for t in p.txs]
    return ("\n".join(rows) + "\n").encode()


def w_capone(p: Person) -> bytes:
    rows = ["Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit"]
    for t in reversed(p.txs):
        post = t.d + timedelta(days=1)
        cat = "Payment/Credit" if t.amount > 0 else "Merchandise"
        debit, credit = (us(-t.amount), "") if t.amount < 0 else ("", us(t.amount))
        rows.append(csv_row([f"{t.d:%Y-%m-%d}", f"{post:%Y-%m-%d}", "4821", t.line, cat, debit, credit]))
    return ("\n".join(rows) + "\n").encode()


def w_monzo(p: Person) -> bytes:
    head = (
        "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,"
        "Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"
    )
    rows = [head]
    rng = random.Random(7)
    for t in p.txs:
        typ = {
            "dd": "Direct Debit",
            "in": "Faster payment",
            "xfer": "Pot transfer",
            "p2p": "Faster payment",
            "so": "Standing order",
            "atm": "Card payment",
        }.get(t.method, "Card payment")
        name = t.line.split("*")[0].title() if t.method == "card" else t.payee.title()
        if t.method == "xfer":
            name = "Savings Pot"
        out, inn = (us(-t.amount), "") if t.amount < 0 else ("", us(t.amount))
        rows.append(
            csv_row(
                [
                    f"tx_0000{alnum(rng, 18)}",
                    f"{t.d:%d/%m/%Y}",
                    f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                    typ,
                    name,
                    "",
                    "general",
                    us(t.amount),
                    "GBP",
                    us(t.amount),
                    "GBP",
                    "",
                    "",
                    "",
                    t.line if t.method == "card" else f"{t.payee} {t.purpose}".strip(),
                    "",
                    out,
                    inn,
                ]
            )
        )
    return ("\n".join(rows) + "\n").encode()


def w_barclays(p: Person) -> bytes:
    rows = ["Number,Date,Account,Amount,Subcategory,Memo"]
    for t in p.txs:
        if t.method == "card":
            memo, sub = f"{t.line[:18]:<18} ON {t.d:%d %b} BCC", "PAYMENT"
        elif t.method == "dd":
            memo, sub = f"{t.payee[:18]:<18} {t.purpose[:18]:<18} DDR", "DIRECTDEBIT"
        elif t.method == "in":
            memo, sub = f"{t.payee:<18} {t.purpose:<18} BGC", "DIRECTDEP"
        elif t.method == "atm":
            memo, sub = f"{t.line[:18]} ON {t.d:%d %b}", "CASH"
        else:
            memo, sub = f"{t.line[:30]} FT", "FT"
        rows.append(csv_row(["", f"{t.d:%d/%m/%Y}", "20-32-06 13152170", us(t.amount), sub, memo]))
    return ("\n".join(rows) + "\n").encode()


def w_nationwide(p: Person) -> bytes:
    bals = balances(p, Decimal("2310.10"))
    rows = [
        '"Account Name:","FlexDirect ****12345"',
        f'"Account Balance:","£{bals[-1]:,.2f}"',
        f'"Available Balance: ","£{bals[-1] + 250:,.2f}"',
        "",
        '"Date","Transaction type","Description","Paid out","Paid in","Balance"',
    ]
    for t, b in zip(p.txs, bals, strict=False):
        typ = {
            "dd": "Direct debit",
            "in": "Bank credit",
            "so": "Standing order",
            "xfer": "Transfer to",
            "atm": "Cash withdrawal",
            "p2p": "Payment to",
        }.get(t.method, "Visa purchase")
        desc = t.payee if t.method in ("dd", "in", "so", "xfer") else t.line
        out, inn = (f"£{-t.amount:,.2f}", "") if t.amount < 0 else ("", f"£{t.amount:,.2f}")
        rows.append(csv_row([f"{t.d:%d %b %Y}", typ, desc, out, inn, f"£{b:,.2f}"], quote_all=True))
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def w_sparkasse(p: Person) -> bytes:
    head = [
        "Auftragskonto",
        "Buchungstag",
        "Valutadatum",
        "Buchungstext",
        "Verwendungszweck",
        "Glaeubiger ID",
        "Mandatsreferenz",
        "Kundenreferenz (End-to-End)",
        "Sammlerreferenz",
        "Lastschrift Ursprungsbetrag",
        "Auslagenersatz Ruecklastschrift",
        "Beguenstigter/Zahlungspflichtiger",
        "Kontonummer/IBAN",
        "BIC (SWIFT-Code)",
        "Betrag",
        "Waehrung",
        "Info",
    ]
    rows = [csv_row(head, ";", True)]
    for t in reversed(p.txs):
        purpose = t.purpose if t.method != "card" else card_purpose_de(t)
        payee = t.payee if t.method != "card" else t.line.upper()
        rows.append(
            csv_row(
                [
                    "DE44370501981234567890",
                    f"{t.d:%d.%m.%y}",
                    f"{t.d:%d.%m.%y}",
                    de_kind(t),
                    purpose,
                    t.creditor,
                    t.mandate,
                    f"{t.mandate}{t.d:%m%y}" if t.mandate else "",
                    "",
                    "",
                    "",
                    payee,
                    t.iban,
                    "",
                    de(t.amount),
                    "EUR",
                    "Umsatz gebucht",
                ],
                ";",
                True,
            )
        )
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def w_dkb(p: Person) -> bytes:
    bals = balances(p, Decimal("3120.55"))
    rows = [
        '"Girokonto";"DE12120300001234567890"',
        '""',
        f'"Kontostand vom {p.end:%d.%m.%Y}:";"{de(bals[-1], True)} €"',
        '""',
        csv_row(
            [
                "Buchungsdatum",
                "Wertstellung",
                "Status",
                "Zahlungspflichtige*r",
                "Zahlungsempfänger*in",
                "Verwendungszweck",
                "Umsatztyp",
                "IBAN",
                "Betrag (€)",
                "Gläubiger-ID",
                "Mandatsreferenz",
                "Kundenreferenz",
            ],
            ";",
            True,
        ),
    ]
    for t in reversed(p.txs):
        me = "Max Mustermann"
        other = t.payee if t.method != "card" else t.line
        purpose = t.purpose if t.method != "card" else card_purpose_de(t)
        payer, payee = (me, other) if t.amount < 0 else (other, me)
        rows.append(
            csv_row(
                [
                    f"{t.d:%d.%m.%y}",
                    f"{t.d:%d.%m.%y}",
                    "Gebucht",
                    payer,
                    payee,
                    purpose,
                    "Ausgang" if t.amount < 0 else "Eingang",
                    t.iban,
                    de(t.amount, True),
                    t.creditor,
                    t.mandate,
                    "",
                ],
                ";",
                True,
            )
        )
    return ("\n".join(rows) + "\n").encode("utf-8-sig")


def w_ingdiba(p: Person) -> bytes:
    bals = balances(p, Decimal("1500.00"))
    rows = [
        f"Umsatzanzeige;Datei erstellt am: {p.end + timedelta(days=2):%d.%m.%Y} 10:12",
        ";Letztes Update: aktuell",
        "",
        "IBAN;DE12 5001 0517 0648 4898 90",
        "Kontoname;Girokonto",
        "Bank;ING",
        "Kunde;Erika Mustermann",
        f"Zeitraum;{p.start:%d.%m.%Y} - {p.end:%d.%m.%Y}",
        f"Saldo;{de(bals[-1], True)};EUR",
        "",
        "Sortierung;Datum absteigend",
        "",
        "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
        "",
        "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung",
    ]
    for t, b in reversed(list(zip(p.txs, bals, strict=False))):
        text = {
            "dd": "Lastschrift",
            "so": "Dauerauftrag",
            "in": "Gehalt/Rente",
            "xfer": "Überweisung",
            "atm": "Abbuchung",
            "p2p": "Überweisung",
        }.get(t.method, "Lastschrift" if t.amount < 0 else "Gutschrift")
        who = t.payee if t.method != "card" else f"VISA {t.line.upper()}"
        purpose = (
            sepa_text(t) if t.method != "card" else f"NR XXXX 4821 {t.line.upper()} KAUFUMSATZ {t.d:%d.%m}"
        )
        rows.append(
            ";".join(
                [
                    f"{t.d:%d.%m.%Y}",
                    f"{t.d:%d.%m.%Y}",
                    who,
                    text,
                    purpose,
                    de(b, True),
                    "EUR",
                    de(t.amount, True),
                    "EUR",
                ]
            )
        )
    return ("\n".join(rows) + "\n").encode("cp1252", errors="replace")


def w_fr_sg(p: Person) -> bytes:
    bals = balances(p, Decimal("1204.12"))
    rows = [
        '="FR76 3000 3012 3400 0501 2345 678";Compte Courant;',
        f"Solde au {p.end:%d/%m/%Y};{de(bals[-1])} EUR;",
        "",
        "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise",
    ]
    for t in reversed(p.txs):
        detail = t.line if t.method == "card" else f"{t.line} {t.purpose} REF: {t.mandate or 'NOTPROVIDED'}"
        if t.method == "card":
            detail = f"CARTE X4821 {t.d:%d/%m} {t.line.replace('CB ', '')}"
        label = t.line.split(" FACT ")[0] if t.method == "card" else t.line
        rows.append(";".join([f"{t.d:%d/%m/%Y}", label, detail, de(t.amount), "EUR"]))
    return ("\r\n".join(rows) + "\r\n").encode("cp1252", errors="replace")


def w_fr_ca(p: Person) -> bytes:
    rows = [
        "Téléchargement du 04/01/2025;",
        "",
        "Monsieur Jean DURAND;",
        "Compte de Dépôt carte n° 12345678901;",
        f"Solde au {p.end:%d/%m/%Y} 2 345,67 €",
        "",
        f"Liste des opérations du compte entre le {p.start:%d/%m/%Y} et le {p.end:%d/%m/%Y};",
        "",
        "Date;Libellé;Débit euros;Crédit euros;",
    ]
    for t in reversed(p.txs):
        label = t.line if t.method == "card" else f"{t.line}\n{t.purpose}" if t.purpose else t.line
        debit, credit = (de(-t.amount), "") if t.amount < 0 else ("", de(t.amount))
        rows.append(f'{t.d:%d/%m/%Y};"{label}";{debit};{credit};')
    return ("\n".join(rows) + "\n").encode("cp1252", errors="replace")


def w_boursorama(p: Person) -> bytes:
    bals = balances(p, Decimal("980.00"))
    rows = [
        "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance"
    ]
    for t, b in reversed(list(zip(p.txs, bals, strict=False))):
        label = t.line.split(" FACT ")[0]
        supplier = label.replace("CB ", "").replace("PRLV SEPA ", "").lower()
        rows.append(
            csv_row(
                [
                    f"{t.d:%Y-%m-%d}",
                    f"{t.d:%Y-%m-%d}",
                    label,
                    "Non catégorisé",
                    "Divers",
                    supplier,
                    de(t.amount),
                    "",
                    "00040123456",
                    "BoursoBank",
                    de(b),
                ],
                ";",
                True,
            )
        )
    return ("\n".join(rows) + "\n").encode()


def w_ing_nl(p: Person) -> bytes:
    bals = balances(p, Decimal("2140.00"))
    rows = [
        csv_row(
            [
                "Datum",
                "Naam / Omschrijving",
                "Rekening",
                "Tegenrekening",
                "Code",
                "Af Bij",
                "Bedrag (EUR)",
                "Mutatiesoort",
                "Mededelingen",
                "Saldo na mutatie",
                "Tag",
            ],
            ";",
            True,
        )
    ]
    for t, b in reversed(list(zip(p.txs, bals, strict=False))):
        if t.method == "card":
            code, soort = "BA", "Betaalautomaat"
            med = f"Pasvolgnr: 004 {t.d:%d-%m-%Y} {10 + t.d.day % 10}:{t.d.day + 10} Transactie: {t.d:%y}J{t.d.day:02d}K4 Term: CT{t.d.month:02d}1234 Apple Pay"
            name = t.line
        elif t.method == "dd":
            code, soort, name = "IC", "Incasso", t.payee
            med = (
                f"Naam: {t.payee} Omschrijving: {t.purpose} IBAN: {t.iban} Kenmerk: {t.mandate}{t.d:%m%y} "
                f"Machtiging ID: {t.mandate} Incassant ID: {t.creditor} Doorlopende incasso Valutadatum: {t.d:%d-%m-%Y}"
            )
        elif t.method == "p2p":
            code, soort, name = "GT", "Online bankieren", t.line
            med = f"Naam: {t.line} Omschrijving: Tikkie ID 0012{t.d:%m%d}34, {t.d:%d %b}, Van {t.line.split()[-1]} IBAN: NL12ABNA0123456789 Valutadatum: {t.d:%d-%m-%Y}"
        else:
            code = "GT" if t.amount < 0 else "OV"
            soort = "Online bankieren" if t.amount < 0 else "Overschrijving"
            name = t.payee
            med = f"Naam: {t.payee} Omschrijving: {t.purpose} IBAN: {t.iban} Valutadatum: {t.d:%d-%m-%Y}"
        rows.append(
            csv_row(
                [
                    f"{t.d:%Y%m%d}",
                    name,
                    "NL12INGB0001234567",
                    t.iban if t.method != "card" else "",
                    code,
                    "Af" if t.amount < 0 else "Bij",
                    de(abs(t.amount)),
                    soort,
                    med,
                    de(b),
                    "",
                ],
                ";",
                True,
            )
        )
    return ("\n".join(rows) + "\n").encode()


def w_rabo(p: Person) -> bytes:
    head = [
        "IBAN/BBAN",
        "Munt",
        "BIC",
        "Volgnr",
        "Datum",
        "Rentedatum",
        "Bedrag",
        "Saldo na trn",
        "Tegenrekening IBAN/BBAN",
        "Naam tegenpartij",
        "Naam uiteindelijke partij",
        "Naam initiërende partij",
        "BIC tegenpartij",
        "Code",
        "Batch ID",
        "Transactiereferentie",
        "Machtigingskenmerk",
        "Incassant ID",
        "Betalingskenmerk",
        "Omschrijving-1",
        "Omschrijving-2",
        "Omschrijving-3",
        "Reden retour",
        "Oorspr bedrag",
        "Oorspr munt",
        "Koers",
    ]
    rows = [csv_row(head, ",", True)]
    bals = balances(p, Decimal("1890.00"))
    for i, (t, b) in enumerate(zip(p.txs, bals, strict=False)):
        code = {"card": "bc", "dd": "id", "in": "cb", "xfer": "tb", "atm": "ga", "p2p": "ei", "so": "bg"}[
            t.method
        ]
        name = t.payee if t.method != "card" else t.line
        om1 = t.purpose if t.method != "card" else f"{t.line} Apple Pay"
        sign = "+" if t.amount > 0 else "-"
        rows.append(
            csv_row(
                [
                    "NL77RABO0311467415",
                    "EUR",
                    "RABONL2U",
                    f"{9000 + i:018d}",
                    f"{t.d:%Y-%m-%d}",
                    f"{t.d:%Y-%m-%d}",
                    sign + de(abs(t.amount)),
                    ("+" if b >= 0 else "-") + de(abs(b)),
                    t.iban if t.method != "card" else "",
                    name,
                    "",
                    "",
                    "",
                    code,
                    "",
                    f"{t.mandate}{t.d:%m%y}" if t.mandate else "",
                    t.mandate,
                    t.creditor,
                    "",
                    om1,
                    " ",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                ",",
                True,
            )
        )
    return ("\n".join(rows) + "\n").encode()


def w_postfinance(p: Person) -> bytes:
    rows = [
        f"Datum von:;{p.start:%Y-%m-%d}",
        f"Datum bis:;{p.end:%Y-%m-%d}",
        "Buchungsart:;Alle Buchungen",
        "Konto:;CH5209000000871234567",
        "Währung:;CHF",
        "",
        "Buchungsdatum;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Label;Kategorie;Valuta;Saldo in CHF",
    ]
    bals = balances(p, Decimal("5400.00"))
    for t, b in reversed(list(zip(p.txs, bals, strict=False))):
        if t.method == "card":
            text = f"KAUF/DIENSTLEISTUNG VOM {t.d:%d.%m.%Y} KARTEN NR. XXXX4821 {t.line}"
        elif t.method == "dd":
            text = f"LASTSCHRIFT {t.payee} {t.purpose}"
        elif t.method == "in":
            text = f"GUTSCHRIFT AUFTRAGGEBER: {t.payee} MITTEILUNGEN: {t.purpose}"
        else:
            text = f"DAUERAUFTRAG: {t.payee} {t.purpose}".strip() if t.method in ("so", "xfer") else t.line
        cr, dr = (us(t.amount), "") if t.amount > 0 else ("", us(t.amount))
        rows.append(";".join([f"{t.d:%d.%m.%Y}", text, cr, dr, "", "", f"{t.d:%d.%m.%Y}", us(b)]))
    return ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")


def w_swedbank(p: Person) -> bytes:
    rows = [
        f"* Transaktioner Period {p.start:%Y-%m-%d} \u2013 {p.end:%Y-%m-%d} Skapad {p.end + timedelta(days=2):%Y-%m-%d} 09:14",
        "Radnummer,Clearingnummer,Kontonummer,Produkt,Valuta,Bokföringsdag,Transaktionsdag,Valutadag,Referens,Beskrivning,Belopp,Bokfört saldo",
    ]
    bals = balances(p, Decimal("12450.00"))
    n = len(p.txs)
    for i, (t, b) in enumerate(reversed(list(zip(p.txs, bals, strict=False)))):
        ref = t.line if t.method != "card" else t.line[:16]
        rows.append(
            ",".join(
                [
                    str(n - i),
                    "8327-9",
                    "123456789",
                    "Privatkonto",
                    "SEK",
                    f"{t.d:%Y-%m-%d}",
                    f"{t.d - timedelta(days=1 if t.method == 'card' else 0):%Y-%m-%d}",
                    f"{t.d:%Y-%m-%d}",
                    f'"{ref}"',
                    f'"{t.line}"',
                    us(t.amount),
                    us(b),
                ]
            )
        )
    return ("\n".join(rows) + "\n").encode()


def w_danske(p: Person) -> bytes:
    rows = ['"Dato";"Tekst";"Beløb";"Saldo";"Status";"Afstemt"']
    bals = balances(p, Decimal("9800.00"))
    for t, b in zip(p.txs, bals, strict=False):
        text = t.line if t.method != "card" else f"{t.line} Nota nr. {t.d:%d%m}{t.d.day % 7}"
        rows.append(
            ";".join(
                f'"{v}"' for v in [f"{t.d:%d.%m.%Y}", text, de(t.amount, True), de(b, True), "Udført", "Nej"]
            )
        )
    return ("\r\n".join(rows) + "\r\n").encode("cp1252", errors="replace")


def w_bbva(p: Person) -> bytes:
    bals = balances(p, Decimal("1650.00"))
    rows = [
        "Últimos movimientos",
        "",
        "Cuenta;ES21 0182 1234 5100 0012 3456",
        "",
        "F.Valor;Fecha;Concepto;Movimiento;Importe;Divisa;Disponible;Divisa;Observaciones",
    ]
    for t, b in reversed(list(zip(p.txs, bals, strict=True))):
        mov = {
            "dd": "Recibo",
            "in": "Transferencia recibida",
            "so": "Transferencia realizada",
            "xfer": "Traspaso",
            "atm": "Reintegro cajero",
            "p2p": "Bizum",
        }.get(t.method, "Pago con tarjeta")
        rows.append(
            ";".join(
                [
                    f"{t.d:%d/%m/%Y}",
                    f"{t.d:%d/%m/%Y}",
                    t.line,
                    mov,
                    de(t.amount, True),
                    "EUR",
                    de(b, True),
                    "EUR",
                    t.purpose,
                ]
            )
        )
    return ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")


def ofx_trntype(t: Tx) -> str:
    return {
        "dd": "DIRECTDEBIT",
        "in": "DIRECTDEP",
        "xfer": "XFER",
        "atm": "ATM",
        "p2p": "PAYMENT",
        "so": "REPEATPMT",
    }.get(t.method, "POS" if t.amount < 0 else "CREDIT")


def ofx_entries(p: Person, xml: bool, seed: int) -> list[str]:
    out = []
    for i, t in enumerate(p.txs):
        name = (t.payee if t.method in ("dd", "in", "xfer") else t.line)[:32]
        memo = t.purpose or (t.line if len(t.line) > 32 else "")
        lines = [
            "<STMTTRN>",
            f"<TRNTYPE>{ofx_trntype(t)}",
            f"<DTPOSTED>{t.d:%Y%m%d}120000.000[-5:EST]" if not xml else f"<DTPOSTED>{t.d:%Y%m%d}000000",
            f"<TRNAMT>{us(t.amount)}",
            f"<FITID>{t.d:%Y%m%d}{seed:03d}{i:05d}",
            f"<NAME>{esc(name)}",
        ]
        if memo:
            lines.append(f"<MEMO>{esc(memo)}")
        lines.append("</STMTTRN>")
        if xml:
            lines = [close_tag(x) for x in lines]
        out += lines
    return out


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def close_tag(x: str) -> str:
    if x.startswith("</") or x.endswith(">"):
        return x
    tag = x[1 : x.index(">")]
    return f"{x}</{tag}>"


def ofx_body(p: Person, currency: str, card: bool, xml: bool, seed: int, org: str, fid: str) -> list[str]:
    bal = balances(p, Decimal("2500.00"))[-1]
    acct = (
        ["<CCACCTFROM>", "<ACCTID>4266841234564821", "</CCACCTFROM>"]
        if card
        else [
            "<BANKACCTFROM>",
            "<BANKID>121000248",
            "<ACCTID>9876543210",
            "<ACCTTYPE>CHECKING",
            "</BANKACCTFROM>",
        ]
    )
    wrap = (
        ("CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS") if card else ("BANKMSGSRSV1", "STMTTRNRS", "STMTRS")
    )
    lines = [
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        f"<DTSERVER>{p.end + timedelta(days=2):%Y%m%d}083000",
        "<LANGUAGE>ENG",
        "<FI>",
        f"<ORG>{org}",
        f"<FID>{fid}",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        f"<{wrap[0]}>",
        f"<{wrap[1]}>",
        "<TRNUID>1",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        f"<{wrap[2]}>",
        f"<CURDEF>{currency}",
        *acct,
        "<BANKTRANLIST>",
        f"<DTSTART>{p.start:%Y%m%d}",
        f"<DTEND>{p.end:%Y%m%d}",
    ]
    if xml:
        lines = [close_tag(x) for x in lines]
    lines += ofx_entries(p, xml, seed)
    tail = [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        f"<BALAMT>{us(bal)}",
        f"<DTASOF>{p.end:%Y%m%d}",
        "</LEDGERBAL>",
        f"</{wrap[2]}>",
        f"</{wrap[1]}>",
        f"</{wrap[0]}>",
        "</OFX>",
    ]
    if xml:
        tail = [close_tag(x) for x in tail]
    return lines + tail


def w_ofx1(p: Person, currency: str, card: bool = False, seed: int = 1, qfx: bool = False) -> bytes:
    head = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:USASCII",
        "CHARSET:1252",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:NONE",
        "",
    ]
    body = ofx_body(
        p, currency, card, False, seed, "B1" if not card else "Citigroup", "10898" if not card else "24909"
    )
    if qfx:
        body.insert(body.index("</FI>") + 1, "<INTU.BID>10898")
        body.insert(body.index("</FI>") + 2, "<INTU.USERID>jlee2044")
    return ("\r\n".join(head + body) + "\r\n").encode("cp1252", errors="replace")


def w_ofx2(p: Person, currency: str, card: bool = False, seed: int = 2) -> bytes:
    head = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    ]
    body = ofx_body(p, currency, card, True, seed, "Tangerine" if currency == "CAD" else "Bank", "12345")
    return ("\n".join(head + body) + "\n").encode()


def mt_amount(x: Decimal) -> str:
    return f"{abs(x):.2f}".replace(".", ",")


def wrap65(s: str, first: str) -> list[str]:
    s = first + s
    return [s[i : i + 65] for i in range(0, len(s), 65)]


def months_of(p: Person) -> list[list[Tx]]:
    groups: dict[tuple[int, int], list[Tx]] = {}
    for t in p.txs:
        groups.setdefault((t.d.year, t.d.month), []).append(t)
    return [groups[k] for k in sorted(groups)]


def w_mt940_de(p: Person) -> bytes:
    out: list[str] = []
    bal = Decimal("2750.00")
    for n, group in enumerate(months_of(p), 1):
        first = group[0].d
        out += [
            ":20:STARTUMSE",
            ":25:37050198/1234567890",
            f":28C:{n:05d}/001",
            f":60F:{'C' if bal >= 0 else 'D'}{first:%y%m%d}EUR{mt_amount(bal)}",
        ]
        for t in group:
            code, gvc = {
                "dd": ("NDDT", "105"),
                "in": ("NTRF", "153"),
                "so": ("NSTO", "117"),
                "xfer": ("NTRF", "116"),
                "atm": ("NMSC", "083"),
                "p2p": ("NTRF", "116"),
            }.get(t.method, ("NMSC", "106") if t.amount < 0 else ("NMSC", "166"))
            dc = "D" if t.amount < 0 else "C"
            out.append(f":61:{t.d:%y%m%d}{t.d:%m%d}{dc}R{mt_amount(t.amount)}{code}NONREF")
            text = {
                "105": "FOLGELASTSCHRIFT",
                "153": "LOHN GEHALT",
                "117": "DAUERAUFTRAG",
                "116": "UEBERWEISUNG",
                "083": "BARGELDAUSZAHLUNG",
                "106": "KARTENZAHLUNG",
                "166": "GUTSCHRIFT",
            }[gvc]
            purpose = sepa_text(t) if t.method != "card" else card_purpose_de(t)
            chunks = [purpose[i : i + 27] for i in range(0, len(purpose), 27)][:10]
            name = t.payee if t.method != "card" else t.line
            fields = f"{gvc}?00{text}?100599" + "".join(f"?{20 + i}{c}" for i, c in enumerate(chunks))
            fields += f"?30COBADEFFXXX?31{t.iban}?32{name[:27]}"
            if len(name) > 27:
                fields += f"?33{name[27:54]}"
            fields += "?34992"
            out += wrap65(fields, ":86:")
            bal += t.amount
        out += [f":62F:{'C' if bal >= 0 else 'D'}{group[-1].d:%y%m%d}EUR{mt_amount(bal)}", "-"]
    return ("\r\n".join(out) + "\r\n").encode("cp1252", errors="replace")


def w_mt940_rabo(p: Person) -> bytes:
    out: list[str] = [":940:"]
    bal = Decimal("1320.00")
    for group in months_of(p):
        first = group[0].d
        out += [
            f":20:940S{first:%y%m%d}",
            ":25:NL71RABO0123456789 EUR",
            ":28C:0",
            f":60F:{'C' if bal >= 0 else 'D'}{first:%y%m%d}EUR{abs(bal):018.2f}".replace(".", ","),
        ]
        for t in group:
            dc = "D" if t.amount < 0 else "C"
            code = {"dd": "N102", "card": "N541", "in": "N541", "atm": "N546"}.get(t.method, "N100")
            ref = "EREF" if t.method != "card" else "NONREF"
            out.append(f":61:{t.d:%y%m%d}{dc}{abs(t.amount):015.2f}{code}{ref}".replace(".", ","))
            if t.method != "card":
                out.append(t.iban)
            name = t.payee if t.method != "card" else t.line
            if t.method == "dd":
                s = (
                    f"/EREF/{t.mandate}{t.d:%m%y}/MARF/{t.mandate}/CSID/{t.creditor}/CNTP/{t.iban}/RABONL2U/"
                    f"{name}/AMSTERDAM/REMI/USTD//{t.purpose}/"
                )
            elif t.method == "card":
                s = f"/REMI/USTD//{t.line} Pasnr. 003 {t.d:%d-%m-%Y} Apple Pay/"
            else:
                s = f"/EREF/NOTPROVIDED/CNTP/{t.iban}/RABONL2U/{name}//REMI/USTD//{t.purpose or name}/"
            out += wrap65(s, ":86:")
            bal += t.amount
        out.append(
            f":62F:{'C' if bal >= 0 else 'D'}{group[-1].d:%y%m%d}EUR{abs(bal):018.2f}".replace(".", ",")
        )
    return ("\r\n".join(out) + "\r\n").encode()


def w_camt(p: Person, currency: str, iban: str, version: str = "02") -> bytes:
    ns = f"urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<Document xmlns="{ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "<BkToCstmrStmt>",
        f"<GrpHdr><MsgId>CAMT053{p.end:%Y%m%d}0001</MsgId><CreDtTm>{p.end + timedelta(days=1)}T06:12:00</CreDtTm></GrpHdr>",
    ]
    bal = Decimal("4100.00")
    for n, group in enumerate(months_of(p), 1):
        last_day = group[-1].d
        open_bal = bal
        entries: list[str] = []
        for i, t in enumerate(group):
            bal += t.amount
            dbit = t.amount < 0
            fam = {
                "dd": ("RDDT", "ESDD"),
                "in": ("RCDT", "SALA"),
                "so": ("ICDT", "STDO"),
                "xfer": ("ICDT", "BOOK"),
                "atm": ("CCRD", "CWDL"),
                "p2p": ("ICDT", "ESCT"),
            }.get(t.method, ("CCRD", "POSD"))
            amt = f'<Amt Ccy="{currency}">{abs(t.amount):.2f}</Amt>'
            refs = (
                f"<EndToEndId>{t.mandate + t.d.strftime('%m%y') if t.mandate else 'NOTPROVIDED'}</EndToEndId>"
            )
            if t.mandate:
                refs += f"<MndtId>{t.mandate}</MndtId>"
            other = t.payee if t.method != "card" else t.line
            party = f"<Nm>{esc(other)}</Nm>"
            if t.creditor:
                party += f"<Id><PrvtId><Othr><Id>{t.creditor}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id>"
            me = "<Nm>Max Muster</Nm>"
            acct = f"<Id><IBAN>{t.iban}</IBAN></Id>" if t.method != "card" else ""
            if dbit:
                parties = f"<Dbtr>{me}</Dbtr><Cdtr>{party}</Cdtr>" + (
                    f"<CdtrAcct>{acct}</CdtrAcct>" if acct else ""
                )
            else:
                parties = (
                    f"<Dbtr>{party}</Dbtr>"
                    + (f"<DbtrAcct>{acct}</DbtrAcct>" if acct else "")
                    + f"<Cdtr>{me}</Cdtr>"
                )
            rmt = t.purpose if t.method != "card" else f"{t.line} {t.d:%d.%m.%Y} Karte 4821"
            entries.append(
                f"<Ntry><NtryRef>{n:03d}{i:04d}</NtryRef>{amt}<CdtDbtInd>{'DBIT' if dbit else 'CRDT'}</CdtDbtInd>"
                f"<Sts>BOOK</Sts><BookgDt><Dt>{t.d}</Dt></BookgDt><ValDt><Dt>{t.d}</Dt></ValDt>"
                f"<AcctSvcrRef>{t.d:%Y%m%d}{n:03d}{i:05d}</AcctSvcrRef>"
                f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{fam[0]}</Cd><SubFmlyCd>{fam[1]}</SubFmlyCd></Fmly></Domn></BkTxCd>"
                f"<NtryDtls><TxDtls><Refs>{refs}</Refs><AmtDtls><TxAmt>{amt}</TxAmt></AmtDtls>"
                f"<RltdPties>{parties}</RltdPties><RmtInf><Ustrd>{esc(rmt)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
            )
        out.append(
            f"<Stmt><Id>{p.end:%Y}{n:04d}</Id><ElctrncSeqNb>{n}</ElctrncSeqNb><CreDtTm>{last_day}T23:00:00</CreDtTm>"
            f"<FrToDt><FrDtTm>{group[0].d.replace(day=1)}T00:00:00</FrDtTm><ToDtTm>{last_day}T23:59:59</ToDtTm></FrToDt>"
            f"<Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>{currency}</Ccy><Ownr><Nm>Max Muster</Nm></Ownr></Acct>"
            f'<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">{abs(open_bal):.2f}</Amt>'
            f"<CdtDbtInd>{'CRDT' if open_bal >= 0 else 'DBIT'}</CdtDbtInd><Dt><Dt>{group[0].d.replace(day=1)}</Dt></Dt></Bal>"
            f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">{abs(bal):.2f}</Amt>'
            f"<CdtDbtInd>{'CRDT' if bal >= 0 else 'DBIT'}</CdtDbtInd><Dt><Dt>{last_day}</Dt></Dt></Bal>"
            + "".join(entries)
            + "</Stmt>"
        )
    out += ["</BkToCstmrStmt>", "</Document>"]
    return ("\n".join(out) + "\n").encode()


def w_qif(p: Person, us_dates: bool) -> bytes:
    out = ["!Type:Bank"]
    for t in p.txs:
        d = f"{t.d.month}/{t.d.day:2d}'{t.d:%y}" if us_dates else f"{t.d:%d/%m/%Y}"
        out += [
            f"D{d}",
            f"T{t.amount:,.2f}",
            "C*" if t.d.day % 3 else "CX",
            f"P{t.payee if t.method != 'card' else t.line}",
        ]
        if t.purpose:
            out.append(f"M{t.purpose}")
        out.append("^")
    return ("\n".join(out) + "\n").encode("cp1252", errors="replace")


# ---------------------------------------------------------------- the set


@dataclass
class FileSpec:
    name: str
    country: str
    start: date
    months: int
    seed: int
    write: Callable[[Person], bytes]
    currency: str
    half: str
    fmt: str
    cli_args: list[str] = field(default_factory=list)
    card_only: bool = False


def files() -> list[FileSpec]:
    d = date
    return [
        FileSpec(
            "us_chase_checking.csv",
            "US",
            d(2024, 3, 1),
            13,
            101,
            w_chase,
            "USD",
            "dev",
            "csv",
            ["--currency", "USD"],
        ),
        FileSpec(
            "us_boa_checking.csv",
            "US",
            d(2024, 7, 1),
            9,
            102,
            w_boa,
            "USD",
            "blind",
            "csv",
            ["--currency", "USD"],
        ),
        FileSpec(
            "us_wells_fargo.csv",
            "US",
            d(2024, 1, 1),
            14,
            103,
            w_wells,
            "USD",
            "blind",
            "csv",
            ["--currency", "USD"],
        ),
        FileSpec(
            "us_capitalone_card.csv",
            "US",
            d(2024, 5, 1),
            12,
            104,
            w_capone,
            "USD",
            "dev",
            "csv",
            ["--currency", "USD"],
            card_only=True,
        ),
        FileSpec("uk_monzo.csv", "UK", d(2024, 2, 1), 14, 201, w_monzo, "GBP", "dev", "csv"),
        FileSpec(
            "uk_barclays.csv",
            "UK",
            d(2024, 6, 1),
            10,
            202,
            w_barclays,
            "GBP",
            "blind",
            "csv",
            ["--currency", "GBP"],
        ),
        FileSpec("uk_nationwide.csv", "UK", d(2024, 4, 1), 12, 203, w_nationwide, "GBP", "blind", "csv"),
        FileSpec("de_sparkasse.csv", "DE", d(2024, 1, 1), 15, 301, w_sparkasse, "EUR", "dev", "csv"),
        FileSpec("de_dkb.csv", "DE", d(2024, 5, 1), 11, 302, w_dkb, "EUR", "blind", "csv"),
        FileSpec("de_ing_diba.csv", "DE", d(2024, 2, 1), 14, 303, w_ingdiba, "EUR", "dev", "csv"),
        FileSpec("fr_societe_generale.csv", "FR", d(2024, 3, 1), 12, 401, w_fr_sg, "EUR", "dev", "csv"),
        FileSpec("fr_credit_agricole.csv", "FR", d(2024, 1, 1), 14, 402, w_fr_ca, "EUR", "blind", "csv"),
        FileSpec(
            "fr_boursorama.csv",
            "FR",
            d(2024, 6, 1),
            9,
            403,
            w_boursorama,
            "EUR",
            "blind",
            "csv",
            ["--currency", "EUR"],
        ),
        FileSpec("nl_ing.csv", "NL", d(2024, 2, 1), 13, 501, w_ing_nl, "EUR", "dev", "csv"),
        FileSpec("nl_rabobank.csv", "NL", d(2024, 4, 1), 11, 502, w_rabo, "EUR", "blind", "csv"),
        FileSpec("ch_postfinance.csv", "CH", d(2024, 1, 1), 15, 601, w_postfinance, "CHF", "dev", "csv"),
        FileSpec("se_swedbank.csv", "SE", d(2024, 3, 1), 12, 701, w_swedbank, "SEK", "blind", "csv"),
        FileSpec(
            "dk_danske_bank.csv",
            "DK",
            d(2024, 5, 1),
            10,
            801,
            w_danske,
            "DKK",
            "dev",
            "csv",
            ["--currency", "DKK"],
        ),
        FileSpec("es_bbva.csv", "ES", d(2024, 2, 1), 13, 1001, w_bbva, "EUR", "dev", "csv"),
        FileSpec(
            "us_checking.ofx",
            "US",
            d(2024, 2, 1),
            12,
            111,
            lambda p: w_ofx1(p, "USD", seed=11),
            "USD",
            "dev",
            "ofx1",
        ),
        FileSpec(
            "us_citi_card.ofx",
            "US",
            d(2024, 4, 1),
            10,
            112,
            lambda p: w_ofx1(p, "USD", card=True, seed=12),
            "USD",
            "blind",
            "ofx1",
            card_only=True,
        ),
        FileSpec(
            "us_quicken.qfx",
            "US",
            d(2023, 12, 1),
            15,
            113,
            lambda p: w_ofx1(p, "USD", seed=13, qfx=True),
            "USD",
            "blind",
            "qfx",
        ),
        FileSpec(
            "ca_tangerine.ofx",
            "CA",
            d(2024, 1, 1),
            14,
            901,
            lambda p: w_ofx2(p, "CAD", seed=21),
            "CAD",
            "dev",
            "ofx2",
        ),
        FileSpec(
            "uk_firstdirect.ofx",
            "UK",
            d(2024, 3, 1),
            12,
            204,
            lambda p: w_ofx2(p, "GBP", seed=22),
            "GBP",
            "blind",
            "ofx2",
        ),
        FileSpec("de_sparkasse.sta", "DE", d(2024, 2, 1), 13, 304, w_mt940_de, "EUR", "dev", "mt940"),
        FileSpec("nl_rabobank.sta", "NL", d(2024, 1, 1), 14, 503, w_mt940_rabo, "EUR", "blind", "mt940"),
        FileSpec("de_commerzbank.mt940", "DE", d(2024, 6, 1), 9, 305, w_mt940_de, "EUR", "dev", "mt940"),
        FileSpec(
            "de_camt053.xml",
            "DE",
            d(2024, 1, 1),
            14,
            306,
            lambda p: w_camt(p, "EUR", "DE44370501981234567890"),
            "EUR",
            "dev",
            "camt053",
        ),
        FileSpec(
            "ch_camt053.xml",
            "CH",
            d(2024, 3, 1),
            13,
            602,
            lambda p: w_camt(p, "CHF", "CH5209000000871234567", "04"),
            "CHF",
            "blind",
            "camt053",
        ),
        FileSpec(
            "nl_camt053.xml",
            "NL",
            d(2024, 5, 1),
            10,
            504,
            lambda p: w_camt(p, "EUR", "NL12INGB0001234567", "02"),
            "EUR",
            "blind",
            "camt053",
        ),
        FileSpec(
            "us_quicken.qif",
            "US",
            d(2024, 1, 1),
            13,
            114,
            lambda p: w_qif(p, True),
            "USD",
            "dev",
            "qif",
            ["--currency", "USD"],
        ),
        FileSpec(
            "uk_export.qif",
            "UK",
            d(2024, 2, 1),
            12,
            205,
            lambda p: w_qif(p, False),
            "GBP",
            "blind",
            "qif",
            ["--currency", "GBP"],
        ),
    ]


ABOUT = (
    "Labelling rules. A stream is 2+ charges (or credits) of one counterparty on a standard cycle (weekly, "
    "biweekly, monthly, quarterly, semiannual, yearly); a yearly one needs 2 charges about 12 months apart, "
    "else it is not labelled. name is the service, not the intermediary (PayPal, Apple, Google); for Apple's "
    "APPLE.COM/BILL the service cannot be told, so it is 'Apple' with iCloud among the aliases. kind: "
    "streaming, software, gym, newspaper, meal kit, transport pass, memberships are subscription; rent, "
    "mortgage, utilities, phone, internet, insurance, council/property tax, TV licence/broadcast fee, loans are "
    "bill; salary is income; money to one's own savings/ISA/3a/brokerage is transfer. amount is the next charge: "
    "the latest price after an increase; for metered bills and FX cards amount_tolerance (relative) says how far "
    "off is still right. status: active unless the charges stopped (cancelled months before the end) - then "
    "'cancelled', and the scorer counts 'inactive' as the same thing, since a statement cannot tell the two "
    "apart. Not labelled: groceries at the same supermarket every week, coffee on work days, restaurants, P2P "
    "payments (Venmo, Zelle, Tikkie, Twint, Swish, MobilePay, Lydia, Bizum) at irregular intervals, refunds, one-off "
    "flights and TVs. A stream that started late in the history after a free trial is labelled like any other. "
    "cli_args passes --currency for exports that do not name their currency (Chase, BoA, Wells Fargo, Capital "
    "One, Barclays, Boursorama, Danske Bank, QIF). charges/first/last/example are informative only."
)


def main() -> None:
    truth: dict[str, object] = {"_about": ABOUT}
    for spec in files():
        p = person(spec.country, spec.start, spec.months, spec.seed, spec.card_only)
        (HERE / spec.name).write_bytes(spec.write(p))
        for s in p.streams:
            s["currency"] = spec.currency
        truth[spec.name] = {
            "half": spec.half,
            "format": spec.fmt,
            "country": spec.country,
            "today": (p.end + timedelta(days=4)).isoformat(),
            "cli_args": spec.cli_args,
            "streams": p.streams,
        }
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
