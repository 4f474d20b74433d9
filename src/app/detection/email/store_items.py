"""App store receipts list several items; each subscription among them is its own finding.

An Apple receipt reads, per item: its name (sometimes with its price on the same line), its
plan with the billing period in brackets ("Premier (Monthly)", "(Monatlich)", "(Annuel)"),
"Renews <date>" (or "Verlängert sich am", "Se renueva el"...), then its
price (on the "Renews" line itself where the receipt's table is read as text row by row).
Items without a plan line (an audiobook, an app bought once) are purchases, not subscriptions,
and give no finding.

A Google Play receipt reads, per item: its name with the app's in brackets and the price per
period on one line ("YouTube Premium (YouTube)   €12.99/month"), then "Auto-renewing
subscription" (in the receipt's language) for a subscription.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.detection.email.dates import find_dates
from app.detection.email.money import find_prices
from app.detection.types import Cycle

STORE_SENDERS = frozenset({"Apple", "Google Play"})

_CYCLE_WORDS: dict[str, Cycle] = {
    # Apple writes the period in the receipt's language: "(Monthly)", "(Monatlich)", "(Annuel)".
    **dict.fromkeys(
        ("monthly", "1 month", "monatlich", "mensuel", "mensual", "mensile", "maandelijks", "mensal"),
        "monthly",
    ),
    **dict.fromkeys(("月額", "1か月", "1ヶ月", "每月", "包月", "按月", "월간", "1개월"), "monthly"),
    **dict.fromkeys(
        ("yearly", "annual", "1 year", "jährlich", "annuel", "anual", "annuale", "jaarlijks"), "yearly"
    ),
    **dict.fromkeys(("年額", "1年", "每年", "包年", "按年", "연간", "1년"), "yearly"),
    **dict.fromkeys(
        ("weekly", "wöchentlich", "hebdomadaire", "semanal", "settimanale", "wekelijks"), "weekly"
    ),
    **dict.fromkeys(
        (
            "quarterly",
            "3 months",
            "vierteljährlich",
            "trimestriel",
            "trimestral",
            "trimestrale",
            "per kwartaal",
        ),
        "quarterly",
    ),
    **dict.fromkeys(("6 months", "halbjährlich", "semestriel", "semestral", "semestrale"), "semiannual"),
}
_CYCLE_ALTERNATIVES = "|".join(sorted(_CYCLE_WORDS, key=len, reverse=True))
_ITEM = re.compile(
    r"^(?!(?-i:[A-Z][A-Z .]{1,20}:[ \t]*\S*\d))"  # not a label line ("ORDER ID: M388005530")
    r"(?P<name>[^\n\[]{2,80}?(?<!:))(?P<inline>[ \t]+\$?[\d.,]+[^\n]{0,6})?\n"
    rf"(?:subscription:[ \t]*)?"
    rf"(?P<plan>[^\n:]{{0,60}}?[(\uff08](?P<cycle>{_CYCLE_ALTERNATIVES})[)\uff09])[ \t]*\n"
    r"(?:(?:renews|verlängert sich am|verlängerung am|se renouvelle le|renouvellement le|se renueva el"
    r"|renovación el|si rinnova il|rinnovo il|wordt verlengd op|verlenging op|renova em|renovação em"
    r"|(?:次回)?更新日|续订日期|續訂日期|갱신일)[ \t:\uff1a]+(?P<renews>[^\n]{4,30})\n)?",
    re.I | re.M,
)
_PLAY_ITEM = re.compile(
    r"^(?P<line>[^\n]{2,120}?/[ \t]?(?P<unit>[^\W\d_]+)\.?)[ \t]*\n[ \t]*"
    r"(?:auto-renewing subscription|abo mit automatischer verlängerung"
    r"|automatisch verleng(?:d|end)e? abonnement"
    r"|abonnement (?:à renouvellement automatique|renouvelé automatiquement)"
    r"|suscripción (?:con|de) renovación automática|abbonamento (?:con|a) rinnovo automatico"
    r"|assinatura (?:com renovação automática|renovada automaticamente))",
    re.I | re.M,
)
_UNITS: tuple[tuple[Cycle, tuple[str, ...]], ...] = (
    ("monthly", ("month", "mo", "monat", "mois", "mes", "mese", "maand", "mês")),
    ("yearly", ("year", "yr", "jahr", "an", "année", "año", "anno", "jaar", "ano")),
    ("weekly", ("week", "wk", "woche", "semaine", "semana", "settimana")),
)
_TOTAL_LINE = re.compile(r"(?:total|sub-?total|tax|vat|gesamt|summe|totale|totaal|importe total)\b", re.I)
_NAMED_ITEM = re.compile(r"^([^\n()]{2,80}?)\s*\([^()\n]{2,40}\)[ \t]*$", re.M)
"""An item's line of its own: its name, then the app's in brackets ("Google One 2 TB (Google One)")."""
_PER_UNIT: dict[str, Cycle] = {unit: cycle for cycle, units in _UNITS for unit in units}
_FIELD_LABEL = re.compile(
    r"(?:subscription|abo(?:nnement)?|suscripción|abbonamento|assinatura|abonnemang|サブスクリプション|订阅|訂閱|구독)$",
    re.I,
)
"""The label above the plan in Apple's subscription confirmation; the app's name is the line above it."""
_SENTENCE = re.compile(r"[.!]$|^(?:your|dear|hi|hello|you)\b", re.I)
_BRACKETED_END = re.compile(r"\s*[(\uff08][^)\uff09]*[)\uff09]\s*$")
_SUBSCRIPTION_TO = re.compile(r"subscription to (.{2,40}?) (?:has|have|was|is|will)\b", re.I)
_APP_LABEL = re.compile(r"^\s*(?:app|application|item|product|artikel|article|artículo)\s*:\s*", re.I)
"""A confirmation's label before the app's name ("App: Duolingo - Language Lessons")."""
_PRICE_REACH = 160
"""Characters after an item's plan in which its price stands."""


@dataclass(frozen=True, slots=True)
class StoreItem:
    name: str
    cycle: Cycle
    amount: Decimal | None
    currency: str | None
    renews: date | None


def store_items(text: str, *, domain: str, sent: date) -> list[StoreItem]:
    """The subscription items of an app store receipt, in order."""
    items: list[StoreItem] = []
    for m in _ITEM.finditer(text):
        named = _APP_LABEL.sub("", m.group("name")).strip(" -\u2013")
        if _FIELD_LABEL.match(named):  # a confirmation's "App / <app> / Subscription / <plan>"
            named = text[: m.start()].rstrip("\n").rpartition("\n")[2].strip(" -\u2013")
        if _SENTENCE.search(named):  # "Your subscription to Crave has been cancelled." above the plan
            said = _SUBSCRIPTION_TO.search(named)
            named = said.group(1) if said else _BRACKETED_END.sub("", m.group("plan"))
        # "CapCut - Video Editor", "Fitbod: Gym & Fitness Planner": the app, not its tagline
        name = re.split(r"\s[-\u2013]\s|:\s", named, maxsplit=1)[0]
        inline = find_prices(m.group(0).split("\n", 1)[0], domain=domain) if m.group("inline") else []
        # From the plan's end: "Renews 11 Oct 2026 €2.99" holds the item's price; after that line
        # come the next item's, or the receipt's VAT and total.
        after_plan = text[m.end("plan") : m.end("plan") + _PRICE_REACH]
        price = inline[0] if inline else next(iter(find_prices(after_plan, domain=domain)), None)
        renews = find_dates(m.group("renews"), ref=sent) if m.group("renews") else []
        items.append(
            StoreItem(
                name=name,
                cycle=_CYCLE_WORDS[m.group("cycle").lower()],
                amount=price.amount if price else None,
                currency=price.currency if price else None,
                renews=renews[0][1] if renews else None,
            )
        )
    return items or _play_items(text, domain=domain)


def _play_items(text: str, *, domain: str) -> list[StoreItem]:
    """The subscription items of a Google Play receipt: the name before its price, not the app's
    in brackets after it (the app sells the subscription: "YouTube Premium (YouTube)")."""
    items: list[StoreItem] = []
    for m in _PLAY_ITEM.finditer(text):
        cycle = _PER_UNIT.get(m.group("unit").lower())
        prices = find_prices(m.group("line"), domain=domain)
        if cycle is None or not prices:
            continue
        name = re.sub(r"\s*\([^()\n]*\)\s*$", "", m.group("line")[: prices[-1].start]).strip()
        if _TOTAL_LINE.match(name):  # the item stands above its price, tax and total lines
            named = _NAMED_ITEM.findall(text[: m.start()])
            name = named[-1].strip() if named else ""
        if name:
            items.append(StoreItem(name, cycle, prices[-1].amount, prices[-1].currency, None))
    return items
