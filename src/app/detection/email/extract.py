"""One message → one finding: which service, what signal, what price, cycle and dates."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.detection.email.catalog import BILLERS, INTERMEDIARIES, PROPERTY_PLATFORMS
from app.detection.email.classify import (
    BOOKING,
    HOSTED_RENEWAL,
    LAST_CHARGE,
    PERIODIC_BILL,
    PLAN_BEGUN,
    STANDING,
    Signal,
    classify,
    is_bill,
    is_call_back_scam,
    is_lookalike_sender,
    is_personal,
    may_carry_signal,
)
from app.detection.email.dates import find_dates
from app.detection.email.markup import billing_facts, structured_price
from app.detection.email.money import Money, find_prices
from app.detection.email.parse import ParsedMail, parse_message
from app.detection.email.service_naming import (
    ServiceId,
    canonical_name,
    catalog_mention,
    identify,
    is_known,
    registrable_domain,
)
from app.detection.email.store_items import STORE_SENDERS, StoreItem, store_items
from app.detection.types import CYCLE_DAYS, CYCLE_MONTHS, Cycle, Kind, add_months, service_key

PRICE_SCAN_CHARS = 6000


@dataclass(frozen=True, slots=True)
class Finding:
    """What one message says about one subscription."""

    service: ServiceId
    signal: Signal
    message_id: str
    occurred_on: date
    subject: str
    amount: Decimal | None
    currency: str | None
    cycle: Cycle | None
    next_date: date | None
    kind: Kind = "subscription"
    """``bill`` for rent and what property managers collect."""
    standing: bool = False
    """The mail says the charge is taken under a standing authority (an automatic payment, a direct
    debit): the payer does nothing for the next one, and each one is mailed the same way."""
    billed_by: str | None = None
    """The key of the app store whose receipt this is (``apple``, ``google-play``): the bank statement
    names the store, not the service."""
    before_tax: bool = False
    """The amount is said to come before tax ("$129.99 plus applicable taxes"): less than is charged."""
    debited_on: date | None = None
    """The later day a bill says its amount is taken ("口座振替日 2026年11月30日", "Due date: Dec 31"):
    the day of its charge, where the mail is sent before it."""
    next_amount: Decimal | None = None
    """What the mail says the next charge will be where that differs from this one ("Your next
    invoice of $60.00 … on December 5" on a prorated $34.67 receipt): the price from its next date."""
    currency_assumed: bool = False
    """The currency is a guess from an ambiguous sign (``Money.assumed``): a bare "$" is USD here."""


def analyse(raw: bytes, fallback_id: str = "") -> Finding | None:
    """Parse and classify one raw message (an app store receipt's first subscription item)."""
    found = analyse_all(raw, fallback_id)
    return found[0] if found else None


def analyse_all(raw: bytes, fallback_id: str = "") -> list[Finding]:
    """What one raw message says: one finding, or one per subscription item of a store receipt."""
    mail = parse_message(raw, fallback_id)
    finding = analyse_parsed(mail)
    if finding is None or (finding.service.name not in STORE_SENDERS and not _from_store(mail)):
        return [] if finding is None else [finding]
    items = store_items(mail.text[:PRICE_SCAN_CHARS], domain=mail.sender_domain, sent=finding.occurred_on)
    if not items and finding.signal == "receipt" and finding.cycle is None:
        return []  # apps, in-app purchases, books, films: bought once
    store_named = finding.service.name in STORE_SENDERS
    if not items and store_named and finding.signal == "renewal_notice" and finding.amount is None:
        return []  # "your subscription will renew soon" from a store, naming no item nor price: of what?
    store = replace(finding, billed_by=_store_key(finding, mail))
    taxed = _tax_added(mail.text[:PRICE_SCAN_CHARS], store, items) if len(items) > 1 else None
    return [_item_finding(store, item, several=len(items) > 1, taxed=taxed) for item in items] or [store]


def _tax_added(text: str, receipt: Finding, items: list[StoreItem]) -> Decimal | None:
    """The factor each item's price is charged at when the receipt adds one tax line to the items'
    sum (US sales tax: "Subtotal $37.98 / Tax $3.93 / TOTAL $41.91"): an item costs its price plus
    its share of the tax. None where the prices include it (EU VAT: the items sum to the total)."""
    if receipt.currency is None or any(i.amount is None or i.currency != receipt.currency for i in items):
        return None
    subtotal = sum((i.amount for i in items if i.amount is not None), Decimal(0))
    prices = [p for p in find_prices(text) if p.currency == receipt.currency]
    charged = {p.amount for p in prices}
    for tax in (p.amount for p in prices if _TAX_LABEL.search(_label(text, p))):
        if 0 < tax <= subtotal * (MAX_TAX - 1) and subtotal + tax in charged:
            return (subtotal + tax) / subtotal
    return None


def _store_key(finding: Finding, mail: ParsedMail) -> str:
    """The store a store's mail is from: the one it is named after, else the one its domain is."""
    if finding.service.name in STORE_SENDERS:
        return service_key(finding.service.name)
    return service_key(INTERMEDIARIES[registrable_domain(mail.sender_domain)])


MAX_TAX = Decimal("1.3")
"""A charge at most 30 % above an item's price is that item with its sales tax or VAT."""


def _from_store(mail: ParsedMail) -> bool:
    return INTERMEDIARIES.get(registrable_domain(mail.sender_domain)) in STORE_SENDERS


def _item_finding(finding: Finding, item: StoreItem, *, several: bool, taxed: Decimal | None) -> Finding:
    """The receipt's finding about one item: the receipt's charge when that is the item with its tax,
    else (several items, or purchases besides) the item's own price, with its share of a tax the
    receipt adds to the items (``taxed``)."""
    mentioned = catalog_mention(item.name)
    name = mentioned.name if mentioned else canonical_name(item.name)
    with_tax = (
        item.amount is not None
        and finding.amount is not None
        and item.amount <= finding.amount <= item.amount * MAX_TAX
    )
    amount = item.amount
    if amount is not None and taxed is not None:
        amount = (amount * taxed).quantize(Decimal(1) if item.currency in {"JPY", "KRW"} else Decimal("0.01"))
    own_price = (
        {"amount": amount, "currency": item.currency} if item.amount and (several or not with_tax) else {}
    )
    return replace(
        finding,
        service=ServiceId(name, service_key(name), is_known(name)),
        cycle=item.cycle,
        next_date=item.renews or finding.next_date,
        **own_price,  # type: ignore[arg-type]
    )


def analyse_parsed(mail: ParsedMail) -> Finding | None:
    if mail.sent_at is None or not (mail.structured or may_carry_signal(mail.subject, mail.text)):
        return None
    if is_call_back_scam(mail.sender_addr, mail.forwarded, mail.text) or (
        not mail.forwarded and is_lookalike_sender(registrable_domain(mail.sender_domain))
    ):
        return None
    personal = is_personal(mail.sender_addr, mail.forwarded)
    facts = None if personal else billing_facts(mail.structured)
    service = None if personal else _billed_by(facts.seller if facts else None) or identify(mail)
    if service is None:
        return None
    # A phone, energy or insurance company's bill comes period after period, said or not.
    known = service.known or _known_biller(mail, service)
    verdict = classify(mail.subject, mail.text, known_service=known, personal=personal)
    signal = verdict.signal or verdict.short_of_recurring
    if (
        signal is None
        and facts is not None
        and (facts.cycle is not None or (facts.invoice and service.known))
    ):
        # An Invoice or Order marked up as billed every period is a recurring charge; so is a
        # well-known subscription's marked-up Invoice.
        signal = "receipt"
    if signal is None:
        return None
    text = f"{mail.subject}\n{mail.text[:PRICE_SCAN_CHARS]}"
    lowered = text.lower()
    sent = mail.sent_at.date()
    prices = find_prices(text, domain=mail.sender_domain)
    dates = find_dates(
        text, lang_hint=date_order_hint(text, prices[0].currency if prices else None), ref=sent
    )
    period = find_period(text, dates)
    # Needed a billing period as its sign of recurrence; beside a booking's words a span of dates
    # is a stay or a trip ("Resa: 2026-07-04 - 2026-07-11").
    billing_period = period is not None and not BOOKING.search(lowered)
    if verdict.signal is None and not billing_period and not (facts and (facts.cycle or facts.invoice)):
        return None
    price = pick_price(text, signal, prices, mail.structured)
    cycle = (
        (facts.cycle if facts else None)
        or (instalment_cycle(text, price) if price else None)
        or (billed_cycle(text, price, prices) if price else None)
        or find_cycle(text, price.end if price else None)
        # A last bill's period is what was left of one: it says nothing of the cycle.
        or (None if signal == "cancellation" and LAST_CHARGE.search(lowered) else _cycle_of(period))
    )
    # A year's bill paid in monthly parts: the year's end is not when the next part is taken.
    in_parts = period is not None and _longer(_cycle_of(period), cycle)
    next_date = _next_date(text, sent, dates, None if in_parts else period, bill=signal == "receipt")
    schedule = instalment_schedule(text, dates, prices)
    if schedule is not None:
        price, cycle = schedule.price, schedule.cycle
        next_date = next((d for d in schedule.dates if d > sent), next_date)
    debited = due_date(text, sent, dates) if signal == "receipt" else None
    # A bill's own debit day is no next charge: it says nothing of the cycle.
    own_debit = next_date is not None and next_date == debited
    cycle, next_date = _complete(text, signal, sent, dates, cycle, None if own_debit else next_date)
    return Finding(
        service=service,
        signal=signal,
        message_id=mail.message_id,
        occurred_on=sent,
        subject=mail.subject,
        amount=price.amount if price else None,
        currency=price.currency if price else None,
        cycle=cycle,
        next_date=next_date,
        kind="bill"
        if _rent_portal(mail)
        or _known_biller(mail, service)
        or is_bill(mail.sender_name, mail.subject, mail.text)
        else "subscription",
        standing=STANDING.search(lowered) is not None,
        debited_on=debited,
        before_tax=price is not None and _BEFORE_TAX.match(text, price.end, price.end + 40) is not None,
        next_amount=next_charge(text, price, prices) if signal == "receipt" and next_date else None,
        currency_assumed=price is not None and price.assumed,
    )


def _complete(
    text: str,
    signal: Signal,
    sent: date,
    dates: list[tuple[int, date]],
    cycle: Cycle | None,
    next_date: date | None,
) -> tuple[Cycle | None, date | None]:
    """The cycle and next date a message implies where it does not state them."""
    if cycle is None and signal == "receipt" and next_date is not None:
        cycle = _cycle_of((sent, next_date))  # charged today, next charge then: one period apart
    if next_date is None and signal == "renewal_notice" and cycle is not None:
        next_date = first_renewal(text, sent, dates, cycle)
    if cycle is None and PERIODIC_BILL.search(text.lower()):
        cycle = "monthly"  # a bill for a named month ("your bill for November") comes every month
    if cycle == "monthly" and next_date is not None:
        next_date = on_stated_day(text, next_date)
    if cycle is None and HOSTED_RENEWAL.search(text.lower()):
        cycle = "yearly"  # registries renew a domain a year at a time; hosts bill hosting with it
    return cycle, next_date


_DAY_OF_MONTH = re.compile(
    r"\b(?:zum|am) (\d{1,2})\. (?:eines|jedes|des) monats"
    r"|\bon the (\d{1,2})(?:st|nd|rd|th)? (?:day )?of (?:each|every|the) month"
    r"|\ble (\d{1,2}) (?:de chaque|du) mois|\bel (?:día )?(\d{1,2}) de cada mes"
    r"|\bil (?:giorno )?(\d{1,2}) di ogni mese|\bop de (\d{1,2})e van (?:de|elke) maand",
    re.I,
)
"""The day of the month a monthly charge falls on ("jeweils zum 5. eines Monats fällig")."""


def on_stated_day(text: str, day: date) -> date:
    """``day`` moved to the first date on or after it that falls on the day of the month the
    message names for its charges (a plan starting on the 1st, collected on the 5th)."""
    m = _DAY_OF_MONTH.search(text)
    wanted = int(next(g for g in m.groups() if g)) if m else day.day
    if not 1 <= wanted <= 28 or wanted == day.day:
        return day
    moved = day.replace(day=wanted)
    return moved if moved >= day else add_months(moved, 1)


def _longer(cycle: Cycle | None, than: Cycle | None) -> bool:
    return cycle is not None and than is not None and CYCLE_DAYS.get(cycle, 0) > CYCLE_DAYS.get(than, 0)


def _next_date(
    text: str, sent: date, dates: list[tuple[int, date]], period: tuple[date, date] | None, *, bill: bool
) -> date | None:
    """The date the message points to, else the start of the period after the one it bills."""
    period_end = period_renewal(period) if period else None
    to_come = period_end if period_end and period_end > sent else None
    stated = find_next_date(text, sent, dates, bill=bill)
    if period and stated == period[1] and to_come:
        return to_come  # "Billing period: Nov 15 to Dec 14": the next one starts on Dec 15
    return stated or to_come


def _billed_by(seller: str | None) -> ServiceId | None:
    """The service an Order's or Invoice's markup names as who bills (provider, merchant, seller)."""
    if not seller:
        return None
    mentioned = catalog_mention(seller)
    name = mentioned.name if mentioned else canonical_name(seller)
    return ServiceId(name, service_key(name), is_known(name))


_FIRST_WORDS = re.compile(r"[\w&.+-]+(?: [\w&.+-]+)?")


def _known_biller(mail: ParsedMail, service: ServiceId) -> bool:
    """Whether a well-known phone, energy, insurance or loan company sends or is named: its mail is a bill."""
    label = registrable_domain(mail.sender_domain).split(".")[0]
    words = _FIRST_WORDS.match(service.name.lower())
    first = words.group(0) if words else ""
    return label in BILLERS or first in BILLERS or first.split(" ")[0] in BILLERS


def _rent_portal(mail: ParsedMail) -> bool:
    return INTERMEDIARIES.get(registrable_domain(mail.sender_domain)) in PROPERTY_PLATFORMS


# ---------------------------------------------------------------- price

_LABEL_GOOD = re.compile(
    r"total|amount|charged|paid|price|cost|betrag|gesamt|summe|preis|montant|prix|importe|precio|importo"
    r"|prezzo"
    r"|bedrag|prijs|valor|preço|belopp|beløb|pris|renewal|kostet|costs?|coûte|cuesta|will be charged|tarif"
    r"|合計|金額|料金|価格|月額|年額|合计|金额|实付|价格|费用|결제 ?금액|금액|합계|요금",
    re.I,
)
_INSURED_SUM = re.compile(
    r"sum insured|versicherungssumme|deckungssumme|somme assurée|capital assuré|suma asegurada"
    r"|\bcover(?:age)? amount|\b(?:life|disability) cover\b",
    re.I,
)
"""What a policy insures ("Versicherungssumme 58.650 €"): no charge, and no new price after a change."""
_LABEL_BAD = re.compile(
    r"sub[- ]?total|zwischensumme|sous-total|tax|vat|mwst|ust|tva|iva|btw|\b[csi]?gst\b|\b[hpq]st\b"
    r"|discount|rabatt|remise|descuento|sav(?:ed?|ings)|\bbase(?: amount| price)?\s*:?\s*$"
    r"|last year|vorjahr|l'an dernier|l'année dernière|año pasado|anno scorso|vorig jaar"
    r"|credit|gutschrift|refund|erstattung|balance|guthaben|previously|bisher|statt|was\b|déjà prélevé"
    r"|to settle|settlement|final payment"
    # A bill's net before its tax line, and the tax in German ("Versicherungsteuer", "Umsatzsteuer";
    # not a tax that is itself the bill: "Kfz-Steuer", "Grundsteuer").
    r"|\bnetto\b|\bnet (?:amount|total)\b(?! (?:payable|due))|hors taxes?"
    r"|(?<!kfz-)(?<!grund)(?<!hunde)steuer\b"
    r"|passez à l'offre|switch to (?:the |our )?(?:monthly|annual|yearly)|cámbiate a"
    r"|小計|割引|税額|消費税|うち|内訳|基本料金|小计|折扣|优惠|税额|소계|할인|부가세|" + _INSURED_SUM.pattern,
    re.I,
)
_TOTAL_LABEL = re.compile(
    r"\btotal\b|gesamt|\bsumme\b|totale|totaal|zu zahlen|te betalen|à payer|a pagar|da pagare|amount due"
    r"|合計|合计|총액|합계|税込|ご請求金額|請求金額|お支払金額|청구 ?금액|결제 ?금액",
    re.I,
)
"""A receipt's total: what was charged, over the price of any one line item."""
_OLD_MARK = re.compile(
    r"(?:previously|formerly|instead of|currently|was|from|statt|bisher|anstelle von|au lieu de|auparavant|"
    r"actuellement|antes|anteriormente|en lugar de|invece di|precedentemente|voorheen|in plaats van|de|van"
    r"|von|da|由|从|從)"
    r"\s*[:(]?\s*$",
    re.I,
)
_OLD_AFTER = re.compile(r"\s*(?:から|より|에서|(?:[-\u2013]+>|\u2192|\u27f6)\s*(?=\S))")
"""Words after a price that make it the one replaced: Japanese "¥980から¥1,180に", Korean
"9,900원에서", or an arrow ("$15.99 → $17.99")."""

_NEW_LABEL = re.compile(
    r"\b(?:new|nieuwe?|neue[rns]?|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|novo|nova|nytt|nya)\b", re.I
)
"""A price's line that names it the new one ("Nieuwe kale huur per 1 juli: € 1.485,00")."""
_OLD_LABEL = re.compile(
    r"\b(?:current|old|previous|huidige|oude|vorige|aktuelle[rns]?|bisherige[rns]?|alte[rns]?|actuel(?:le)?"
    r"|ancien(?:ne)?|actual|anterior|attuale|precedente|atual|nuvarande)\b",
    re.I,
)
"""A price's line that names it the one being replaced ("Huidige kale huur: € 1.445,00")."""


def pick_price(
    text: str, signal: Signal, prices: list[Money], structured: list[dict[str, Any]]
) -> Money | None:
    """The price the message is about: the charge, or for a price change, the new price."""
    from_markup = structured_price(structured)
    if from_markup is not None:
        return from_markup
    if not prices:
        return None
    if signal == "price_change":
        not_old = [
            p
            for p in prices
            if not _OLD_MARK.search(text[max(0, p.start - 30) : p.start])
            and not _OLD_LABEL.search(_label(text, p))
            and not _OLD_AFTER.match(text, p.end)
            and not _INSURED_SUM.search(_label(text, p))
        ]
        # A schedule's new part ("5 instalments of £213.55"), else the price named new, else the
        # first not named old.
        parts = [p for p in not_old if _INSTALMENT_LABEL.search(_label(text, p))]
        new = parts or [p for p in prices if _NEW_LABEL.search(_label(text, p))] or not_old
        return new[0] if new else prices[-1]
    picked = gross(text, max(prices, key=lambda p: (_score(text, p, prices), -p.start)), prices)
    return _as_billed(text, picked)


def _as_billed(text: str, price: Money) -> Money:
    """The amount billed when the only price is its per-month equivalent ("$4 per month, billed
    annually" bills $48.00 a year): what a person pays each time is the finding's amount."""
    stated = per_period_billed(text, price)
    times = _times(*stated) if stated else None
    if times is None:
        return price
    amount = price.amount * times
    return Money(
        amount if price.currency in {"JPY", "KRW"} else amount.quantize(Decimal("0.01")),
        price.currency,
        price.start,
        price.end,
    )


_TAX_LABEL = re.compile(
    r"\b(?:tax|vat|gst|cgst|sgst|igst|hst|pst|qst|mwst|ust|tva|iva|btw|moms)\b|消費税|税額|增值税|税额|부가세",
    re.I,
)


def gross(text: str, net: Money, prices: list[Money]) -> Money:
    """The price with tax when the message adds one to it (subtotal + tax = total): what is charged."""
    taxes = [p for p in prices if p.currency == net.currency and _TAX_LABEL.search(_label(text, p))]
    for total in prices:
        if total.currency == net.currency and any(net.amount + t.amount == total.amount for t in taxes):
            return total
    return net


def _label(text: str, price: Money) -> str:
    """The words before a price on its line, or on the line above when the price stands alone."""
    line_start = text.rfind("\n", 0, price.start) + 1
    line = text[line_start : price.start]
    if not any(ch.isalpha() for ch in line) and line_start > 0:
        line = text[text.rfind("\n", 0, line_start - 1) + 1 : price.start]
    return line


def _score(text: str, price: Money, prices: list[Money]) -> int:
    line = _own_words(_label(text, price))
    taken_each_time = _INSTALMENT_LABEL.search(line) or _PAID_EACH_TIME.match(text, price.end)
    if taken_each_time and not _OLD_LABEL.search(line):
        return 9  # what each charge takes, over the year's total it is a part of
    score = 2 if _LABEL_GOOD.search(line) else 0
    score += 1 if _TOTAL_LABEL.search(line) else 0
    score -= 3 if _LABEL_BAD.search(line) else 0
    score -= 3 if _equivalent_of(text, price, prices) or per_period_billed(text, price) else 0
    score -= 2 if _BEFORE_TAX.match(text, price.end, price.end + 40) else 0
    score -= 3 if text[max(0, price.start - 1) : price.start] in ("-", "\u2212") else 0  # a credit
    score -= 6 if _PER_SEAT.match(text, price.end, price.end + 30) else 0
    score -= (
        6
        if _IN_A_RANGE.match(text, price.end) or _RANGE_END.search(text, max(0, price.start - 6), price.start)
        else 0
    )
    # "Your new monthly subscription from January 2026: £22.84" over "… until December 2025: £22.10".
    score += 2 if _NEW_LABEL.search(line) and not _OLD_LABEL.search(line) else 0
    after = text[price.end : price.end + 14]
    return score + (1 if _CYCLE_AFTER.match(after) else 0)


_PAID_EACH_TIME = re.compile(
    r"\s*(?:will (?:keep being|continue to be|be) |is )(?:paid|collected|debited|taken)\b"
    r"[^.\n]{0,40}?\b(?:every|each)\b",
    re.I,
)
"""A fixed amount taken period after period ("Your Smooth Pay of $168.00 will keep being paid by
direct debit every fortnight"), whatever a bill's own total is."""


def _own_words(label: str) -> str:
    """A label without what it says in brackets of another amount ("Total (includes VAT £3.00) ");
    inside an open bracket, the words after it ("Total (includes VAT ")."""
    opened = label.rfind("(")
    if opened > label.rfind(")"):
        return label[opened + 1 :]
    return _BRACKETED.sub(" ", label)


_BRACKETED = re.compile(r"\([^()]*\)")
_IN_A_RANGE = re.compile(r"\s*(?:-|\u2013|to|bis|à|a|al|naar|para)\s*(?:[$€£¥]\s?\d|\d[\d.,]*\s?[$€£])")
_RANGE_END = re.compile(r"[$€£¥]\s?\d[\d.,]*\s*(?:-|\u2013)\s*\Z")
"""A price that opens a range ("salary band £50,001 - £60,000") or a change ("de 312,40 € à 329,80 €"):
not what is charged next."""
_PER_SEAT = re.compile(
    r"\s*(?:/ ?|per |a |each |pro |par |por )(?:user|seat|member|licen[cs]e|nutzer|benutzer|utilisateur"
    r"|usuario|utente|gebruiker|usuário)\b",
    re.I,
)
"""A price per user or seat ("US$16.80 per user per month"): a unit price, not what is charged."""


_INSTALMENTS_IN_A_YEAR = re.compile(
    r"\b(?:(?P<n>\d{1,2}) (?:monthly |equal )?(?:direct debit )?(?:payments|instalments|installments"
    r"|prélèvements|mensualités|cuotas|rate|termijnen|raten) (?:of|de|di|van|von|à)"
    r"|instal?lments?\s*:?\s*(?P<times>\d{1,2})\s*[x\u00d7])\s*$",
    re.I,
)
"""The count of instalments before one's amount: "12 monthly payments of £21.34", "12 prélèvements de",
"Instalments: 12 x £54.71"."""
_INSTALMENT_LABEL = re.compile(
    r"(?:importe|monto|montant|importo|amount|betrag|bedrag|valor) de (?:cada|chaque|ogni)"
    r" (?:recibo|cuota|plazo|prélèvement|échéance|rata)"
    r"|\b(?:each|every) (?:instalment|installment|payment)\b|importo (?:della )?rata|bedrag per termijn"
    r"|betrag je rate|\b(?:votre |nouvelle |la )?mensualité\b(?! actuelle)"
    # A year's bill collected in parts by direct debit ("From April we'll collect £48.45 on the 18th"),
    # the next one announced ("Your next Direct Debit of £156.00 will be collected on 5 December").
    r"|\bwe(?:'ll| will) (?:now )?(?:collect|take)\s*$"
    r"|\bnext (?:direct debit|collection|instalment|installment) of\s*$"
    r"|\b(?:monthly|next) (?:payment|instalment|installment|repayment)(?: amount)?\s*:\s*$"
    r"|\bcuota mensual\b|\brata mensile\b"
    # The instalment an annual energy bill sets ("Ihr neuer Abschlag: 94,00 € monatlich").
    r"|\b(?:neuer|künftiger|monatlicher|ihr|dein) abschlag(?:sbetrag)?\b[^\n\d]{0,20}?:?\s*$|"
    + _INSTALMENTS_IN_A_YEAR.pattern,
    re.I,
)
"""The amount of each instalment of a premium or a fee paid in parts ("Importe de cada recibo 103,09 €")."""


_NEXT_AMOUNT_LABEL = re.compile(
    r"\b(?:next|upcoming) (?:invoice|charge|payment|bill|renewal)(?: amount)?(?: of| will be| is)?:?\s*$"
    r"|\b(?:bill|price|charge|payment) will (?:be|increase to|change to)\s*$",
    re.I,
)


def next_charge(text: str, price: Money | None, prices: list[Money]) -> Decimal | None:
    """The next charge's amount a receipt states where it differs from the one charged."""
    if price is None:
        return None
    for p in prices:
        if (
            p.currency == price.currency
            and p.amount != price.amount
            and _NEXT_AMOUNT_LABEL.search(_label(text, p))
        ):
            return p.amount
    return None


def instalment_cycle(text: str, price: Money) -> Cycle | None:
    """How often an instalment of a year's premium is taken ("12 instalments of EUR 38.17" each
    month, "4 cuotas de" each quarter): the year's cycle named beside it is the premium's, not
    the charge's."""
    said = _INSTALMENTS_IN_A_YEAR.search(_label(text, price))
    if said is None:
        return None
    n = int(said.group("n") or said.group("times"))
    return {2: "semiannual", 3: None, 4: "quarterly"}.get(n, "monthly") if 2 <= n <= 12 else None


_BEFORE_TAX = re.compile(
    r"\s*(?:/ ?\w+\s*|(?:a|per) \w+\s*)?[(,]?\s*"
    r"(?:plus|\+|excl\.?|excluding|before|zzgl\.?|exkl\.?|hors|sin|senza)"
    r"\s*(?:applicable |local |any )?(?:sales )?(?:tax|taxes|vat|mwst|ust|tva|iva|btw|gst|hst)\b"
    r"|\s*(?:/ ?\w+\s*)?\(?(?:ht|netto|net)\b",
    re.I,
)
"""A price said to come before tax ("$99.99/year plus applicable taxes", "9,91 € HT"): not what is charged."""


_OPEN_PAREN = re.compile(
    r"\s*[(\uff08]\s*(?:(?:i\.e\.|that's|soit|das sind|also|equivale a|ovvero)\s*)?$", re.I
)


def _equivalent_of(text: str, price: Money, prices: list[Money]) -> Money | None:
    """The price this one restates in brackets ("29,97 € (9,99 € par mois)": the billed amount per
    month), if it does: what is charged is the one before."""
    before = [p for p in prices if p.end <= price.start]
    if before and _OPEN_PAREN.fullmatch(text, before[-1].end, price.start):
        return before[-1]
    if not before or not _OPENS_BRACKET.search(text, max(0, price.start - 2), price.start):
        return None
    # Words between: "$29.97 for 3 months of Acme Pro ($9.99/month)": a bracketed price per
    # period that a price shortly before is a whole number of periods of.
    per = find_cycle(text[price.end : price.end + 16], 0)
    near = [p for p in before[-3:] if price.start - p.end <= _RESTATED_REACH and p.currency == price.currency]
    return next((p for p in reversed(near) if _periods_of(p, price, per)), None)


_OPENS_BRACKET = re.compile(r"[(\uff08]\s*$")
_RESTATED_REACH = 80
"""Characters between a charge and the bracketed price per period that restates it."""


def _periods_of(billed: Money, per_price: Money, per: Cycle | None) -> bool:
    return any(per == unit and _ratio_is(billed, per_price, times) for unit, _cycle, times in _RATIO_CYCLES)


_RATIO_CYCLES: tuple[tuple[Cycle, Cycle, int], ...] = (
    ("monthly", "quarterly", 3),
    ("monthly", "semiannual", 6),
    ("monthly", "yearly", 12),
    ("weekly", "yearly", 52),
)


def billed_cycle(text: str, billed: Money, prices: list[Money]) -> Cycle | None:
    """The period a billed amount covers when the message restates it per month or week in brackets
    (3 months at 29,97 €, "9,99 € par mois"; $119.88 "($9.99/mo)"): the ratio of the two prices."""
    for p in prices:
        stated = per_period_billed(text, p)
        times = _times(*stated) if stated else None
        # At least the periods' worth: "$8 per seat per month, billed yearly" charges $288 for 3 seats.
        if stated and times and (p.start == billed.start or _at_least(billed, p, times)):
            return stated[1]
    restated = next(
        (p for p in prices if p.start >= billed.end and _equivalent_of(text, p, prices) == billed), None
    )
    if restated is None or restated.currency != billed.currency or not restated.amount:
        return None
    per = find_cycle(text[restated.end : restated.end + 16], 0)
    ratio = billed.amount / restated.amount
    if per is not None and abs(ratio - 1) < Decimal("0.02"):
        return per
    for unit, cycle, times in _RATIO_CYCLES:
        if per == unit and abs(ratio - times) <= Decimal("0.02") * times:
            return cycle
    return None


def _times(per: Cycle, billed: Cycle) -> int | None:
    return next((k for unit, cycle, k in _RATIO_CYCLES if (unit, cycle) == (per, billed)), None)


def _at_least(billed: Money, per: Money, times: int) -> bool:
    return billed.currency == per.currency and billed.amount >= per.amount * times * Decimal("0.98")


def _ratio_is(billed: Money, per: Money, times: int) -> bool:
    return (
        billed.currency == per.currency and abs(billed.amount - per.amount * times) <= Decimal("0.02") * times
    )


_BILLED_WORD = re.compile(
    r"\b(?:billed|charged|paid|invoiced|abgerechnet|berechnet|bezahlt|facturée?|payée?|prélevée?|facturado|cobrado"
    r"|pagado|fatturato|addebitato|pagato|gefactureerd|betaald|faturado|pago)\b"
)
_PER_BILLED_REACH = 60
"""Characters after a price in which "per month, billed annually" is said of it."""


def per_period_billed(text: str, price: Money) -> tuple[Cycle, Cycle] | None:
    """The period a price is stated per and the longer one it is billed for, when the words after
    it say so ("$4 per month, billed annually", "4 € pro Monat, jährlich abgerechnet"): the price
    is an equivalent, not what is charged."""
    after = text[price.end : price.end + _PER_BILLED_REACH].split("\n", 1)[0].lower()
    billed = _BILLED_WORD.search(after)
    if billed is None:
        return None
    hits: list[tuple[int, Cycle]] = [(m.start(), m.lastgroup) for m in _CYCLE_RX.finditer(after)]  # type: ignore[misc]
    if len(hits) < 2 or hits[0][0] > 16 or hits[0][0] > billed.start():
        return None  # the unit comes first, next to the price
    per = hits[0][1]
    other = next((c for pos, c in hits[1:] if c != per and abs(pos - billed.start()) <= 24), None)
    return (per, other) if other and _times(per, other) else None


# ---------------------------------------------------------------- cycle

_CYCLES: tuple[tuple[Cycle, str], ...] = (
    (
        "biweekly",
        r"every (?:2|two) weeks|bi-?weekly|fortnightly|(?:per|a|each|every) fortnight|alle (?:2|zwei) wochen"
        r"|toutes les (?:2|deux) semaines"
        r"|cada (?:2|dos) semanas|quincenal|(?:elke|iedere|om de) (?:2|twee) weken|tweewekelijks"
        r"|ogni (?:2|due) settimane|a cada (?:2|duas) semanas|var(?:annan| andra) vecka"
        r"|every other (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|\b(?:two|2)-week (?:billing )?period"
        r"|jede zweite woche|une semaine sur deux|hver (?:anden|2\.) uge|annenhver uke"
        r"|隔週|每两周|每兩週|격주|2주마다",
    ),
    (
        "weekly",
        r"\bweekly|per week|a week\b|/ ?w(?:ee)?k\b(?!\s*\d)|every week|wöchentlich|pro woche|hebdomadaire"
        r"|par semaine|semanal|por semana|settimanale|wekelijks|elke week|iedere week|jede woche"
        r"|chaque semaine|cada semana|ogni settimana|varje vecka|per vecka|毎週|每周|每週|매주"
        # A box for a calendar week ("Deine Box für KW 48"), or whose next one comes a week on
        # ("Next box: the following Tuesday, unless you skip").
        r"|\b(?:box|lieferung|bestellung) für kw ?\d{1,2}\b"
        r"|\bnext (?:box|delivery|bag|basket)\b[^.\n]{0,12}?\bthe following (?:week|monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday)\b",
    ),
    (
        "quarterly",
        r"quarterly|per quarter|every (?:3|three) months|\bq[1-4] 20\d\d (?:assessment|dues|invoice|bill)\b"
        r"|\b3[- ]months?\b|3 monate|vierteljährlich"
        r"|quartalsweise|trimestriel|tous les 3 mois|trimestral|cada 3 meses|trimestrale|per kwartaal"
        r"|\b3 mois\b"
        r"|\b3 meses\b|kvartalsvis"
        r"|(?:elk|ieder) kwartaal|jedes quartal|chaque trimestre|cada trimestre|ogni trimestre"
        r"|3[か ヶ]?月(?:ごと|毎)|(?<!\d)[3\uff13][かヵヶケ]月|四半期|每季|季付|3개월|분기"
        r"|三个月|(?<!\d)3个月",
    ),
    (
        "semiannual",
        r"semi-?annual|every (?:6|six) months|\b6[- ]months?\b|half-?yearly|biannual|halbjährlich"
        r"|twice a year|twice yearly"
        r"|6 monate|semestriel|semestral|semestrale|halfjaarlijks|\b6 mois\b|\b6 meses\b|半年|6개월"
        r"|(?:per|elk|ieder) half jaar|alle (?:6|sechs) monate|tous les (?:6|six) mois|cada (?:6|seis) meses"
        r"|ogni (?:6|sei) mesi",
    ),
    (
        "yearly",
        r"\bjahres(?:abo|mitgliedschaft|beitrag|gebühr|abonnement)|\byearly"
        r"|\bannual(?:ly)?\b(?! (?:statement|report|summary|review|percentage))|per year"
        r"|(?<!twice )(?<!times )a year\b|/ ?y(?:ea)?r\b|every year|\b12[- ]months?\b"
        r"|(?<!pendant )(?<!ersten )(?<!durante )(?<!primeros )(?<!primi )(?<!first )"
        r"\b12[- ](?:mois|meses|monate|monaten|mesi|maanden|månader|måneder)\b"
        r"|(?:met|voor) een jaar|for (?:another|a further|one more) year|um (?:ein|1) jahr|pour (?:un|1) an\b"
        r"|pour une année"
        # An insurance premium is a year's ("This year's premium: £421.73", "Jahresprämie").
        r"|this year's premium|\b(?:annual|yearly) premium|jahresprämie|prime annuelle|prima anual"
        r"|premio annuo|jaarpremie"
        r"|por (?:un|1) año|per (?:un|1) anno"
        r"|\b1[- ]year\b|jährlich|pro jahr|/ ?jahr\b|jahresabo|\bannuel(?:le)?\b|par an\b|/ ?an\b"
        r"|\banual(?:mente)?\b"
        r"|al año|por año|/ ?año\b|annuale|all'anno|/ ?anno\b|jaarlijks|per jaar|/ ?jaar\b"
        r"|por ano|/ ?ano\b|årlig|por mais (?:1|um) ano|(?<!\d)1 (?:\(um\) )?ano\b|por un año más"
        r"|(?<!\d)(?:12|\uff11\uff12)[かヵヶケ]月|年払|年会費|年間プラン|年間保険料|(?<!\d)12개월|(?<!\d)12个月"
        r"|per år|/ ?år\b|varje år|\bårsavgift|\b1 år\b"
        # A season's subscription: a theatre's or a club's, renewed each year ("the 2026/27 season").
        r"|\b20\d\d/\d\d season\b|\bseason tickets?\b"
        r"|年額|年払い|毎年|/ ?年|1年(?:間|ごと)|每年|按年|包年|年付|年费|年度会员"
        r"|매년|연간|/ ?년|(?<!\d)1년",
    ),
    (
        "monthly",
        r"\bmonats(?:abo|beitrag|gebühr|abonnement)|\bmonthly|per month|a month\b|/ ?mo(?:nth)?\b"
        r"|every month|each month|month[- ]to[- ]month"
        r"|elke maand|iedere maand|jeden monat|chaque mois|cada mes\b|ogni mese|maandabonnement"
        r"|mensualidad|mensalidade|cada mês|todo mês|todos os meses|por mais um mês|por un mes más"
        r"|maandbedrag|monatsabschlag|mensualité"
        r"|\b1[- ]month\b|mes a mes|mois par mois|von monat zu monat"
        r"|monatlich|pro monat|/ ?monat\b|im monat|mensuel(?:le)?|par mois|/ ?mois\b|\bmensual\b|al mes\b"
        r"|por mes\b"
        r"|/ ?mes\b|/ ?mese\b|mensile|al mese|maandelijks|per maand|/ ?maand\b|\bmensal\b|por mês|/ ?mês"
        r"|månadsvis|månadsavgift|/ ?månad\b|i månaden|varje månad|\b1 månad\b"
        r"|per månad|/ ?mån\b|månedlig|per måned"
        r"|月額|月払い|毎月|/ ?月|1[か ヶ]?月(?:ごと|毎)|月ぎめ|月会費|每月|按月|包月|月付|月费|连续包月"
        r"|매월|월간|/ ?월|월 ?(?:이용 ?)?(?:요금|결제|구독)|월정액|(?<!\d)월 ?(?=[\d₩])",
    ),
)
_CYCLE_RX = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _CYCLES))
"""Applied to lower-cased text."""
_CYCLE_AFTER = re.compile(r"\s*(?:/|per\b|a month|a year|pro\b|par\b|al\b|monthly|yearly|annual)", re.I)


_BILLED_EVERY = re.compile(r"\b(?:billed|paid|charged) (?=(?:monthly|annually|yearly|quarterly|weekly)\b)")
"""How often a plan is billed, whatever term it is bought for ("Annual, billed monthly"): the
cycle word after it."""
_A_RATE = re.compile(r"%\s*$")
"""A percentage before a period is a rate ("interest of 0.75% per month"), not how often one pays."""


def find_cycle(text: str, price_end: int | None) -> Cycle | None:
    """The billing cycle the message states: the one next to the price, else the one stated most."""
    lowered = text.lower()
    billed = _BILLED_EVERY.search(lowered)
    said = _CYCLE_RX.match(lowered, billed.end()) if billed else None
    if said:
        return said.lastgroup  # type: ignore[return-value]
    hits: list[tuple[int, Cycle]] = [
        (m.start(), m.lastgroup)  # type: ignore[misc]
        for m in _CYCLE_RX.finditer(lowered)
        if not _A_RATE.search(lowered, max(0, m.start() - 4), m.start())
    ]
    if not hits:
        return None
    if price_end is not None and price_end >= 0:
        # On the price's own line: the next line's "Annual total" is another amount's.
        near = [c for pos, c in hits if 0 <= pos - price_end <= 16 and "\n" not in lowered[price_end:pos]]
        if near:
            return near[0]
    counts: dict[Cycle, int] = {}
    for _, c in hits:
        counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: (counts[c], -next(p for p, x in hits if x == c)))


# ---------------------------------------------------------------- dates

_NEXT_CUE = re.compile(
    r"\b(?:renew(?!ed)|next|trial ends|ends on|ends|effective|starting|from|beginning|until|expires|due"
    r"|first (?:payment|direct debit|charge|collection)|(?:collected|debited|taken) on|be (?:charged|billed)"
    r"|primer (?:cargo|cobro|pago)|premier prélèvement|erster? (?:beitrag|zahlung|lastschrift|abschlag)"
    r"|verlängert|nächste|ab dem|ab\b|bis zum|endet|erste zahlung|prochain|renouvel|jusqu'au|à partir du|le\b"
    r"|próximo|a partir del|hasta|prossimo|rinnov|dal\b|volgende|verlengd|vanaf|op\b|próxima|renova|até|am\b"
    r"|scadrà|scade|terminerà|finalizará|caducará|vencerá|terminará|eindigt|verloopt"
    r"|nästa|förnyas|från och med|dras\b|debiteras"
    r"|incassodatum|collection date|debit date|abbuchungsdatum|einzugsdatum|date de prélèvement"
    r"|fecha de cobro|\bper\s*$|fälligkeit|fällig am)"
    r"|次回|更新日|有効期限|終了日|下次|续费|续订|到期|다음|갱신|만료",
    re.I,
)
"""Words that put a date in the future ("renews on"); short ones whole words ("le", not "people")."""


_ENDS_TODAY = re.compile(r"\b(?:ends|expires|renews|will (?:end|expire|renew)|is ending) today\b", re.I)
"""A trial or plan ending on the day of the mail ("Your free trial ends today"): the day is the date."""
_TOMORROW = re.compile(r"\b(?:tomorrow|morgen|demain|mañana|domani|amanhã|imorgon|i morgen)\b", re.I)
_IN_DAYS = re.compile(
    r"\b(?:in|within|dans|en|tra|fra|em|om|über)\s+(\d{1,2})\s+(?:days?|tagen|jours|días|dias|giorni|dagen|dagar)\b",
    re.I,
)
_DAY_FIRST_HINTS = re.compile(
    r"\b(?:der|die|das|und|ihr|le|la|les|votre|el|los|tu|su|il|di|het|een|je|o|sua|seu|och|og)\b", re.I
)


_DUE_CUE = re.compile(
    r"(?:\bdue(?: date)?|scheduled|payment date|abbuchung am|fällig(?: am)?|zahlbar bis|einzug am|prélèvement"
    r"|prélevé le|échéance|fecha de cargo|se cargará el|vencimiento|addebito il|scadenza|afschrijving op"
    r"|vervaldatum|afschrijfdatum|förfallodatum|förfaller(?: den)?|betalas senast|débito em|vencimento"
    r"|fecha l[ií]mite(?: de pago)?|pague até|pagar antes del"
    r"|prélevée? (?:à partir du|le)|date de prélèvement|date du prélèvement"
    r"|\b(?:we'll|we will) (?:collect|take|debit|charge)\b[^\n]{0,50}?"
    r"\bon(?: or (?:just )?(?:after|around|about))?"
    r"|incassodatum|collection date|debit date|abbuchungsdatum|einzugsdatum|date de prélèvement"
    r"|\b(?:we|wij) schrijven\b[^\n]{0,40}|\bschrijven (?:we|wij)\b[^\n]{0,40}"
    r"|fecha de cobro|(?:口座)?振替(?:予定)?日|お?引(?:き)?落(?:と)?し(?:予定)?日|決済日"
    r"|支払(?:い)?期(?:日|限)"
    r"|납부(?:일|기한)|출금(?:일|예정일)|결제 ?예정일|扣款日"
    r"|(?:collected|debited|taken)(?: on)?(?: or (?:just )?after)?"
    # "Der Betrag wird am 13.05.2026 … eingezogen", "Le montant sera prélevé le": this bill's debit.
    r"|(?:der|dieser|ihr|dein) (?:rechnungs)?betrag wird (?:frühestens |voraussichtlich )?(?:am|zum|ab dem)"
    r"|le montant sera (?:prélevé|débité) le)\W*(?:on\W*)?$",
    re.I,
)
_NEXT_WORD = re.compile(
    r"next|nächste|prochain|próxim|prossim|volgende|nästa|renew|verläng|renouvel|renov|rinnov", re.I
)


def find_next_date(
    text: str, sent: date, dates: list[tuple[int, date]], *, bill: bool = False
) -> date | None:
    """The date a notice points to (renewal, trial end, new price), if one comes after a cue.

    On a bill, the date its own amount is due or debited is not the next renewal.
    """
    for pos, d in dates:
        before = text[max(0, pos - 60) : pos]
        if d > sent and _NEXT_CUE.search(before):
            line = before[before.rfind("\n") + 1 :]
            if bill and _names_own_due(line):
                continue
            return d
        if d > sent and _CUE_AFTER.match(text, pos + _date_length(text[pos : pos + 30])):
            return d
    return _relative_date(text, sent)


@dataclass(frozen=True, slots=True)
class Schedule:
    """The instalments a message lists, one dated amount a line."""

    price: Money
    cycle: Cycle
    dates: list[date]


_SCHEDULE_MIN_LINES = 3


def instalment_schedule(text: str, dates: list[tuple[int, date]], prices: list[Money]) -> Schedule | None:
    """A table of instalments ("01/05/2026 £201.00" a line, month after month: a council tax bill, an
    échéancier, an Abschlagsplan), if the message has one: its usual amount and its rhythm."""
    rows: list[tuple[date, Money]] = []
    for pos, day in dates:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        on_line = [p for p in prices if pos < p.start < line_end]
        # The date opens the row, or follows a short label ("Termijn 3 28-05-2026 € 78,43").
        if (
            len(on_line) == 1
            and line_end - pos <= _SCHEDULE_ROW_CHARS
            and text.rfind("\n", 0, pos) >= pos - _SCHEDULE_LABEL_CHARS
        ):
            rows.append((day, on_line[0]))
    if len(rows) < _SCHEDULE_MIN_LINES:
        return None
    days = [d for d, _ in rows]
    step = _schedule_step((days[1] - days[0]).days)
    if step is None or any(_schedule_step((b - a).days) != step for a, b in itertools.pairwise(days)):
        return None
    usual = Counter(p.amount for _, p in rows).most_common(1)[0][0]
    return Schedule(next(p for _, p in rows if p.amount == usual), step, days)


_SCHEDULE_ROW_CHARS = 40
_SCHEDULE_LABEL_CHARS = 14


def _schedule_step(days: int) -> Cycle | None:
    """The rhythm of two instalments ``days`` apart; a debit moved to a working day shifts it."""
    steps: tuple[tuple[Cycle, int, int], ...] = (("monthly", 26, 35), ("quarterly", 85, 97), ("weekly", 6, 8))
    return next((c for c, lo, hi in steps if lo <= days <= hi), None)


def _names_own_due(line: str) -> bool:
    """Whether the words before a date on its line make it the day this bill is due or debited
    ("Due date", "口座振替日"), not the next renewal ("next payment due")."""
    return _DUE_CUE.search(line) is not None and not _NEXT_WORD.search(line)


def due_date(text: str, sent: date, dates: list[tuple[int, date]]) -> date | None:
    """The day after the mail that a bill names as its own due or debit date, if it names one."""
    for pos, d in dates:
        line = text[max(0, pos - 60) : pos]
        if sent < d <= sent + timedelta(days=_DUE_HORIZON_DAYS) and _names_own_due(
            line[line.rfind("\n") + 1 :]
        ):
            return d
    return None


_DUE_HORIZON_DAYS = 62
"""A bill is due within two months of being sent; a later date is another charge's."""


_CUE_AFTER = re.compile(r"\s*(?:より|から|以降|起|开始|開始|부터|에 ?(?:갱신|변경|자동))")
"""Japanese, Chinese and Korean put the cue after the date: "2027年1月1日より" (from), "自2027年1月1日起",
"2027년 1월 1일부터"."""


_START_DATE_SPAN = 30
"""How far after "your trial ended" or "your plan starts" the day it names may be ("… on 3 November")."""


def first_renewal(text: str, sent: date, dates: list[tuple[int, date]], cycle: Cycle) -> date | None:
    """When a paid plan begun after a trial renews ("your trial is over; your plan is now active at
    $20/month"), if the mail says no date: the plan starts on the day named for the trial's end or
    the plan's start, else on the mail's day, is charged then, and renews one cycle later."""
    begun = [m.end() for m in PLAN_BEGUN.finditer(text.lower())]
    if not begun:
        return None
    start = next((d for pos, d in dates if any(0 <= pos - end <= _START_DATE_SPAN for end in begun)), sent)
    return first_cycle_where(start, cycle, lambda day: day > sent)  # a start to come is the first charge


def cycles_after(d: date, cycle: Cycle, k: int) -> date | None:
    """``k`` billing cycles after ``d``; none for a cycle that cannot be stepped (unknown)."""
    if cycle in CYCLE_MONTHS:
        return add_months(d, CYCLE_MONTHS[cycle] * k)
    if cycle in CYCLE_DAYS:
        return d + timedelta(days=CYCLE_DAYS[cycle] * k)
    return None


def first_cycle_where(start: date, cycle: Cycle, holds: Callable[[date], bool]) -> date | None:
    """The first of ``start``, one cycle after it, two cycles after… for which ``holds``; none for a
    cycle that cannot be stepped."""
    day, k = start, 0
    while not holds(day):
        k += 1
        stepped = cycles_after(start, cycle, k)
        if stepped is None:
            return None
        day = stepped
    return day


_RANGE_JOIN = re.compile(
    r"^[^\n\d]{0,14}?(?:[\u2013\u2014~\uff5e\u301c-]|\bto\b|\bbis\b|\bau\b|\bal\b|\btot\b|t/m|\ba\b)\s*$",
    re.I,
)


def find_period(text: str, dates: list[tuple[int, date]]) -> tuple[date, date] | None:
    """A billing period written as a date range, if the message has one of plausible length."""
    for (pos_a, a), (pos_b, b) in itertools.pairwise(dates):
        gap = text[pos_a:pos_b]
        joiner = gap[_date_length(gap) :]
        if 6 <= (b - a).days <= 400 and _RANGE_JOIN.match(joiner):
            return a, b
    return None


def period_renewal(period: tuple[date, date]) -> date:
    """When the period's successor starts: the day after an inclusive end ("3 Mar - 2 Mar"), else the end."""
    start, end = period
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if (after - start).days in (7, 14) or (months in (1, 3, 6, 12) and add_months(start, months) == after):
        return after
    return end


def _date_length(gap: str) -> int:
    """Length of the date text at the start of ``gap`` (up to its year, or to its last digit)."""
    year = re.match(
        r"^.{0,25}?\d{4}(?:-\d{1,2}-\d{1,2}|\s*[年년./] ?\d{1,2}\s*[月월./] ?\d{1,2}(?:\s*[日일])?)?", gap
    )
    if year:
        return year.end()
    digits = re.match(r"^.{0,12}?\d+(?:\D{0,2}\d+)?", gap)
    return digits.end() if digits else 0


def _cycle_of(period: tuple[date, date] | None) -> Cycle | None:
    if period is None:
        return None
    days = (period[1] - period[0]).days
    spans: tuple[tuple[Cycle, int, int], ...] = (
        ("weekly", 6, 8),
        ("biweekly", 13, 15),
        ("monthly", 27, 32),
        ("quarterly", 88, 93),
        ("semiannual", 180, 185),
        ("yearly", 363, 367),
    )
    return next((c for c, lo, hi in spans if lo <= days <= hi), None)


def date_order_hint(text: str, currency: str | None) -> str:
    """``en`` (month first, as in the US) or ``intl`` (day first) for numeric dates like 05/12/2026."""
    if currency not in (None, "USD") or len(_DAY_FIRST_HINTS.findall(text[:1500])) >= 5:
        return "intl"
    return "en"


def _relative_date(text: str, sent: date) -> date | None:
    head = text[:1500]
    m = _IN_DAYS.search(head)
    if m and _NEXT_CUE.search(head[max(0, m.start() - 60) : m.start()]):
        return sent + timedelta(days=int(m.group(1)))
    if _TOMORROW.search(head):
        return sent + timedelta(days=1)
    if _ENDS_TODAY.search(head):
        return sent
    return None
