"""Generate the demo account's bank statement (OFX 2.x) and its truth file.

About fourteen months of a checking account ending on the anchor date: salary, rent,
utilities, groceries, dining, fuel, transfers to savings, and subscriptions that overlap
with the demo mailbox (Netflix, Spotify, YouTube Premium, iCloud+, Adobe, NYT, GitHub,
PureGym, NordVPN yearly, Disney+ cancelled) plus some only the bank shows (a Verizon phone
plan, Audible, a DigitalOcean VPS, Apple Music on the same APPLE.COM/BILL descriptor as
iCloud+). Deterministic for a given anchor.

    uv run python scripts/gen_demo_statement.py --anchor 2026-11-29
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "app" / "demo" / "statement.ofx"
TRUTH = ROOT / "src" / "app" / "demo" / "statement.truth.json"
HISTORY_DAYS = 425
ACCOUNT = "000123456789"


@dataclass(frozen=True)
class Plan:
    """One recurring stream of the demo account."""

    name: str
    key: str
    descriptor: str
    amount: str
    cycle: str
    day: int
    """Day of month (monthly family) or weekday (biweekly, 0 = Monday)."""
    kind: str = "subscription"
    month: int = 0
    """Billing month for yearly plans."""
    ends: str | None = None
    """Last billing date (ISO) for cancelled plans."""
    price_change: tuple[str, str] | None = None
    """(first date at the new price, old price before it)."""
    variance: float = 0.0
    business_days: bool = False


PLANS = (
    Plan(
        "Netflix",
        "netflix",
        "NETFLIX.COM 866-579-7172 CA",
        "17.99",
        "monthly",
        8,
        price_change=("2026-04-08", "15.49"),
    ),
    Plan("Spotify", "spotify", "PAYPAL *SPOTIFY", "11.99", "monthly", 16),
    Plan(
        "YouTube Premium", "youtube-premium", "GOOGLE *YOUTUBEPREMIUM g.co/helppay#", "13.99", "monthly", 22
    ),
    Plan("iCloud+", "icloud-plus", "APPLE.COM/BILL 866-712-7753 CA", "2.99", "monthly", 13),
    Plan("Apple Music", "apple-music", "APPLE.COM/BILL 866-712-7753 CA", "10.99", "monthly", 5),
    Plan(
        "Adobe Creative Cloud",
        "adobe-creative-cloud",
        "ADOBE *CREATIVE CLOUD 408-536-6000 CA",
        "19.99",
        "monthly",
        26,
    ),
    Plan(
        "The New York Times", "the-new-york-times", "NYTIMES*NYTIMES 800-698-4637 NY", "17.00", "monthly", 30
    ),
    Plan("GitHub", "github", "GITHUB, INC. GITHUB.COM CA", "4.00", "monthly", 7),
    Plan("PureGym", "puregym", "PUREGYM MEMBERSHIP", "24.99", "monthly", 4),
    Plan("NordVPN", "nordvpn", "NORDVPN.COM NORDSEC", "99.48", "yearly", 25, month=10),
    Plan("Dropbox", "dropbox", "DROPBOX*7K2LQ DROPBOX.COM CA", "119.88", "yearly", 2, month=2),
    Plan("Disney+", "disney-plus", "DISNEY PLUS 888-905-7888 CA", "9.99", "monthly", 10, ends="2026-05-10"),
    Plan("Audible", "audible", "AUDIBLE*2X8RT1 AMZN.COM/BILL NJ", "14.95", "monthly", 3),
    Plan("DigitalOcean", "digitalocean", "DIGITALOCEAN.COM", "12.00", "monthly", 1),
    Plan(
        "Verizon",
        "verizon",
        "VERIZON WIRELESS PAYMENTS",
        "65.00",
        "monthly",
        18,
        kind="bill",
        business_days=True,
    ),
    Plan(
        "Maple Property Management",
        "maple-property-management",
        "ACH DEBIT MAPLE PROPERTY MGMT",
        "1850.00",
        "monthly",
        1,
        kind="bill",
        business_days=True,
    ),
    Plan(
        "City Of Springfield Utilities",
        "city-of-springfield-utilities",
        "CITY OF SPRINGFIELD UTILITIES AUTOPAY",
        "64.00",
        "monthly",
        12,
        kind="bill",
        variance=0.25,
        business_days=True,
    ),
    Plan(
        "Springfield Electric",
        "springfield-electric",
        "SPRINGFIELD ELECTRIC CO AUTOPAY",
        "88.00",
        "monthly",
        20,
        kind="bill",
        variance=0.3,
        business_days=True,
    ),
    Plan(
        "Transfer To Savings",
        "transfer-to-savings",
        "ONLINE TRANSFER TO SAVINGS XXXXXX4821",
        "300.00",
        "monthly",
        2,
        kind="transfer",
        business_days=True,
    ),
    Plan(
        "Acme Robotics", "acme-robotics", "ACME ROBOTICS PAYROLL PPD", "2450.00", "biweekly", 4, kind="income"
    ),
)
NOISE = (
    ("WHOLEFDS MKT #10234", 3500, 16000, 0.16),
    ("TRADER JOE'S #552", 2000, 9000, 0.1),
    ("STARBUCKS STORE 0813", 450, 1200, 0.2),
    ("SQ *BLUE BOTTLE COFFEE", 500, 1400, 0.08),
    ("CHIPOTLE 2231", 1100, 2600, 0.07),
    ("SHELL OIL 57444", 3000, 6500, 0.07),
    ("AMZN Mktp US*{ref}", 900, 12000, 0.09),
    ("TARGET 00012345", 1500, 9000, 0.05),
    ("UBER *TRIP", 900, 4200, 0.05),
)


@dataclass
class Statement:
    anchor: date
    rng: random.Random
    rows: list[tuple[date, Decimal, str]] = field(default_factory=list)

    @property
    def start(self) -> date:
        return self.anchor - timedelta(days=HISTORY_DAYS)

    def add(self, day: date, amount: Decimal, description: str) -> None:
        if self.start <= day <= self.anchor:
            self.rows.append((day, amount, description))


def month_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def nominal_dates(plan: Plan, start: date, until: date) -> list[date]:
    """Billing dates of ``plan`` from before ``start`` until ``until`` (month ends clamped)."""
    if plan.cycle == "biweekly":
        first = start + timedelta(days=(plan.day - start.weekday()) % 7)
        return [first + timedelta(days=14 * k) for k in range((until - first).days // 14 + 1)]
    step = 12 if plan.cycle == "yearly" else 1
    dates, year, month = [], start.year - 1, plan.month or 1
    while True:
        current = month_day(year, month, plan.day)
        if current > until:
            return dates
        dates.append(current)
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1


def posted(plan: Plan, nominal: date, rng: random.Random) -> date:
    day = nominal + timedelta(days=rng.choice([0, 0, 0, 1]) if not plan.business_days else 0)
    if plan.business_days and day.weekday() >= 5:
        day += timedelta(days=7 - day.weekday())
    return day


def plan_amount(plan: Plan, day: date, rng: random.Random) -> Decimal:
    amount = Decimal(plan.amount)
    if plan.price_change and day < date.fromisoformat(plan.price_change[0]):
        amount = Decimal(plan.price_change[1])
    if plan.variance:
        amount = (amount * Decimal(str(1 + rng.uniform(-plan.variance, plan.variance)))).quantize(
            Decimal("0.01")
        )
    return amount


def add_plan(statement: Statement, plan: Plan) -> dict[str, object] | None:
    """Post ``plan``'s charges; return its truth entry (None when it charged fewer than twice)."""
    horizon = statement.anchor + timedelta(days=400)
    ends = date.fromisoformat(plan.ends) if plan.ends else horizon
    charged: list[tuple[date, Decimal]] = []
    upcoming: date | None = None
    for nominal in nominal_dates(plan, statement.start, horizon):
        if nominal > ends:
            break
        day = posted(plan, nominal, statement.rng)
        if day > statement.anchor:
            upcoming = nominal
            break
        amount = plan_amount(plan, nominal, statement.rng)
        sign = Decimal(1) if plan.kind == "income" else Decimal(-1)
        statement.add(day, sign * amount, plan.descriptor)
        if day >= statement.start:
            charged.append((day, amount))
    return None if len(charged) < 2 else truth_entry(plan, charged, upcoming)


def truth_entry(plan: Plan, charged: list[tuple[date, Decimal]], upcoming: date | None) -> dict[str, object]:
    return {
        "name": plan.name,
        "key": plan.key,
        "amount": str(charged[-1][1]),
        "currency": "USD",
        "cycle": plan.cycle,
        "status": "active" if upcoming else "inactive",
        "next_renewal": upcoming.isoformat() if upcoming else None,
        "kind": plan.kind,
        "charges": len(charged),
    }


def add_noise(statement: Statement) -> None:
    rng = statement.rng
    for offset in range(HISTORY_DAYS + 1):
        day = statement.start + timedelta(days=offset)
        for descriptor, low, high, chance in NOISE:
            if rng.random() < chance:
                text = descriptor.format(ref="".join(rng.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=6)))
                statement.add(day, -Decimal(rng.randint(low, high)) / 100, text)
    for _ in range(3):  # one-off app purchases on the same Apple descriptor
        day = statement.start + timedelta(days=rng.randint(0, HISTORY_DAYS))
        statement.add(day, -Decimal(rng.choice(["0.99", "4.99", "6.99"])), "APPLE.COM/BILL 866-712-7753 CA")


def render_ofx(statement: Statement) -> str:
    rows = sorted(statement.rows, key=lambda r: (r[0], r[2], r[1]))
    transactions = "\n".join(render_transaction(i, *row) for i, row in enumerate(rows, start=1))
    balance = sum((r[1] for r in rows), Decimal("4200.00"))
    stamp = statement.anchor.strftime("%Y%m%d")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1>
    <SONRS>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <DTSERVER>{stamp}120000</DTSERVER>
      <LANGUAGE>ENG</LANGUAGE>
      <FI><ORG>Subscout Demo Bank</ORG><FID>9999</FID></FI>
    </SONRS>
  </SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>1</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <STMTRS>
        <CURDEF>USD</CURDEF>
        <BANKACCTFROM><BANKID>021000021</BANKID><ACCTID>{ACCOUNT}</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>{statement.start.strftime("%Y%m%d")}</DTSTART>
          <DTEND>{stamp}</DTEND>
{transactions}
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>{balance}</BALAMT><DTASOF>{stamp}</DTASOF></LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
"""


def render_transaction(index: int, day: date, amount: Decimal, description: str) -> str:
    kind = "CREDIT" if amount > 0 else "DEBIT"
    return (
        f"          <STMTTRN><TRNTYPE>{kind}</TRNTYPE><DTPOSTED>{day.strftime('%Y%m%d')}</DTPOSTED>"
        f"<TRNAMT>{amount}</TRNAMT><FITID>{day.strftime('%Y%m%d')}{index:05d}</FITID>"
        f"<NAME>{escape(description[:32])}</NAME><MEMO>{escape(description)}</MEMO></STMTTRN>"
    )


def generate(anchor: date) -> tuple[str, list[dict[str, object]]]:
    statement = Statement(anchor, random.Random(f"subscout-demo-{anchor.isoformat()}"))
    truth = [entry for plan in PLANS if (entry := add_plan(statement, plan)) is not None]
    add_noise(statement)
    return render_ofx(statement), sorted(truth, key=lambda e: str(e["key"]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--anchor", type=date.fromisoformat, default=date.today(), help="last day (ISO)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    ofx, truth = generate(args.anchor)
    args.out.write_text(ofx)
    args.out.with_name(args.out.stem + ".truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    print(f"{args.out}: {ofx.count('<STMTTRN>')} transactions, {len(truth)} recurring streams")


if __name__ == "__main__":
    main()
