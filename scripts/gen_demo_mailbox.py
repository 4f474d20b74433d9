"""Generate the demo account's mailbox: ``src/app/demo/mailbox.mbox`` and its truth file.

    uv run python scripts/gen_demo_mailbox.py --anchor 2026-11-29

Deterministic for a given anchor and seed. The truth file lists what a correct detector
finds when it reads the whole mailbox on the anchor date.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).parent))

from gen_email_corpus import Mail, Plan, at, write_mbox, write_truth
from gen_email_negatives import FRIENDS, negatives
from gen_email_templates import plan_mails

DEMO_DIR = Path(__file__).resolve().parent.parent / "src" / "app" / "demo"


def demo_plans(a: date) -> list[Plan]:
    """The demo account's subscriptions, positioned relative to the anchor date ``a``."""
    s = a - timedelta(days=420)
    return [
        Plan(
            "Netflix",
            ("Netflix", "info@account.netflix.com"),
            "USD",
            D("15.49"),
            "monthly",
            s + timedelta(3),
            plan_label="Standard",
            price_change=(a - timedelta(100), D("17.99")),
        ),
        Plan(
            "Spotify",
            ("Spotify", "no-reply@spotify.com"),
            "GBP",
            D("11.99"),
            "monthly",
            s + timedelta(11),
            lang="en_GB",
            plan_label="Premium Individual",
        ),
        Plan(
            "YouTube Premium",
            ("Google Play", "googleplay-noreply@google.com"),
            "USD",
            D("13.99"),
            "monthly",
            s + timedelta(17),
            via="google",
            plan_label="YouTube Premium",
            merchant="YouTube",
        ),
        Plan(
            "iCloud+",
            ("Apple", "no_reply@email.apple.com"),
            "EUR",
            D("2.99"),
            "monthly",
            s + timedelta(8),
            lang="de",
            via="apple",
            plan_label="iCloud+ mit 200 GB",
        ),
        Plan(
            "Adobe Creative Cloud",
            ("Adobe", "mail@mail.adobe.com"),
            "USD",
            D("19.99"),
            "monthly",
            s + timedelta(21),
            plan_label="Creative Cloud Photography plan (20GB)",
        ),
        Plan(
            "The New York Times",
            ("The New York Times", "nytdirect@nytimes.com"),
            "USD",
            D("17.00"),
            "monthly",
            s + timedelta(26),
            plan_label="All Access digital subscription",
        ),
        Plan(
            "Dropbox",
            ("Dropbox", "no-reply@dropbox.com"),
            "USD",
            D("119.88"),
            "yearly",
            a - timedelta(300),
            plan_label="Dropbox Plus (annual)",
            renewal_notices=True,
        ),
        Plan(
            "GitHub",
            ("GitHub", "noreply@github.com"),
            "USD",
            D("4.00"),
            "monthly",
            s + timedelta(2),
            plan_label="GitHub Pro",
        ),
        Plan(
            "PureGym",
            ("PureGym", "hello@puregym.com"),
            "GBP",
            D("24.99"),
            "monthly",
            s + timedelta(30),
            lang="en_GB",
            plan_label="Core membership",
            failed_on=None,
        ),
        Plan(
            "NordVPN",
            ("NordVPN", "support@nordvpn.com"),
            "USD",
            D("99.48"),
            "yearly",
            a - timedelta(400),
            plan_label="NordVPN Standard 1-year plan",
            renewal_notices=True,
        ),
        Plan(
            "Disney+",
            ("Disney+", "disneyplus@mail.disneyplus.com"),
            "EUR",
            D("9.99"),
            "monthly",
            s + timedelta(14),
            lang="fr",
            plan_label="Disney+ Standard",
            cancelled_on=a - timedelta(75),
        ),
        Plan(
            "ChatGPT Plus",
            ("OpenAI", "noreply@tm.openai.com"),
            "USD",
            D("20.00"),
            "monthly",
            a - timedelta(200),
            plan_label="ChatGPT Plus",
        ),
        Plan(
            "Headspace",
            ("Headspace", "hello@headspace.com"),
            "USD",
            D("69.99"),
            "yearly",
            a - timedelta(150),
            plan_label="Headspace Annual",
            trial_days=14,
        ),
        Plan(
            "Babbel",
            ("Babbel", "no-reply@babbel.com"),
            "EUR",
            D("29.97"),
            "quarterly",
            s + timedelta(40),
            lang="de",
            plan_label="Babbel 3 Monate",
        ),
        Plan(
            "Evernote",
            ("Evernote", "team@service.evernote.com"),
            "USD",
            D("14.99"),
            "monthly",
            s + timedelta(5),
            plan_label="Evernote Personal",
            stopped_on=a - timedelta(160),
        ),
        Plan(
            "Crunchyroll",
            ("service@paypal.com", "service@paypal.com"),
            "USD",
            D("7.99"),
            "monthly",
            a - timedelta(230),
            via="paypal",
            plan_label="Crunchyroll Fan",
            merchant="Crunchyroll, LLC",
        ),
    ]


def _set_failures(plans: list[Plan], a: date) -> None:
    gym = next(p for p in plans if p.name == "PureGym")
    gym.failed_on = gym.charge_dates(a)[5]
    gpt = next(p for p in plans if p.name == "ChatGPT Plus")
    gpt.failed_on = gpt.charge_dates(a)[2]


def forwarded(original: Mail, rng: random.Random) -> Mail:
    """A household member forwarding a receipt: the evidence sits in the quoted block."""
    name, addr = FRIENDS[0]
    when = original.when + timedelta(days=rng.randint(1, 6))
    head = (
        "---------- Forwarded message ---------\n"
        f"From: {original.sender[0]} <{original.sender[1]}>\n"
        f"Date: {original.when.strftime('%a, %b %-d, %Y at %-I:%M %p')}\n"
        f"Subject: {original.subject}\n"
        f"To: {name} <{addr}>\n\n"
    )
    text = (
        "Hey, this is the one I told you about, can you add it to the spreadsheet?\n\n"
        + head
        + (original.text or "")
    )
    return Mail(
        at(when.date(), rng),
        (name, addr),
        "Fwd: " + original.subject,
        text,
        None,
        original.label,
        original.service,
    )


def build(anchor: date, seed: int, total: int) -> tuple[list[Mail], list[Plan]]:
    rng = random.Random(seed)
    plans = demo_plans(anchor)
    _set_failures(plans, anchor)
    mails = [m for p in plans for m in plan_mails(p, anchor, rng)]
    spotify = [m for m in mails if m.service == "Spotify" and m.text and m.label == "receipt"]
    mails.append(forwarded(spotify[len(spotify) // 2], rng))
    start = anchor - timedelta(days=420)
    mails += negatives(rng, start, anchor, max(0, total - len(mails)))
    return mails, plans


@click.command()
@click.option("--anchor", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Scan date (default today).")
@click.option("--seed", type=int, default=20261129, show_default=True)
@click.option("--total", type=int, default=600, show_default=True, help="Approximate number of messages.")
@click.option("--out", type=click.Path(path_type=Path), default=DEMO_DIR, show_default=True)
def main(anchor: object, seed: int, total: int, out: Path) -> None:
    day = anchor.date() if hasattr(anchor, "date") else date.today()
    out.mkdir(parents=True, exist_ok=True)
    mails, plans = build(day, seed, total)
    labels = write_mbox(mails, seed, out / "mailbox.mbox")
    write_truth(out / "mailbox.truth.json", plans, day)
    positives = sum(1 for lab in labels if lab["service"])
    click.echo(f"wrote {len(labels)} messages ({positives} subscription mail) to {out / 'mailbox.mbox'}")


if __name__ == "__main__":
    main()
