"""Findings → one ``DetectedSubscription`` per service.

Pure and order-independent: the same findings give the same subscriptions, however often
a mailbox is scanned (re-scans are idempotent; duplicates such as forwarded copies merge).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from app.detection.email.classify import subject_says_billing
from app.detection.email.extract import MAX_TAX, Finding, cycles_after, first_cycle_where
from app.detection.email.money import same_sign
from app.detection.types import (
    CYCLE_DAYS,
    CYCLE_MONTHS,
    Cycle,
    DetectedSubscription,
    Evidence,
    Status,
    service_key,
    usual_pause,
)

_INTERVALS: tuple[tuple[Cycle, int, int], ...] = (
    ("weekly", 6, 8),
    ("biweekly", 13, 16),
    ("monthly", 26, 35),
    ("quarterly", 84, 98),
    ("semiannual", 170, 195),
    ("yearly", 345, 385),
)
_STATES_RENEWAL = frozenset({"receipt", "renewal_notice", "trial_ending"})
"""Signals whose date is a renewal date (a price change's date is when a price applies)."""
_PRICED = frozenset({"payment_failed", "receipt", "renewal_notice", "trial_ending", "price_change"})


def aggregate(
    findings: Iterable[Finding], today: date, *, seen_until: date | None = None
) -> list[DetectedSubscription]:
    """One subscription per service the findings are about, sorted by name.

    ``seen_until``: where the mail ends when it ends before ``today`` (a mailbox file, exported
    some time ago). Silence after it says nothing, so status is judged there, as a bank
    statement's is at its end; renewals still come after ``today``.
    """
    as_of = min(today, seen_until) if seen_until else today
    by_group: dict[str, list[Finding]] = defaultdict(list)
    for f in in_home_currency(list(findings)):
        by_group[f.service.group].append(f)
    by_key: dict[str, list[Finding]] = defaultdict(list)
    for group in by_group.values():
        by_key[service_key(_name(group))].extend(group)
    subs = [subscription(_dedupe(group), today, as_of=as_of) for group in by_key.values()]
    return sorted(subs, key=lambda s: (s.name.lower(), s.key))


_HOME_SHARE = 0.75


def in_home_currency(findings: list[Finding]) -> list[Finding]:
    """Findings whose sign left the currency open ("$" from a .com sender: ``currency_assumed``)
    read in the one the rest of the mailbox is in: an Australian's phone bill says "$120.00" and
    means the Australian dollar their other bills name. Services are counted, not messages, and
    the mailbox must be mostly in that currency (two services at least)."""
    decided = {(f.currency, f.service.group) for f in findings if f.currency and not f.currency_assumed}
    by_currency = Counter(currency for currency, _ in decided)
    out = []
    for f in findings:
        if f.currency_assumed and f.currency:
            options = same_sign(f.currency)
            counts = Counter({c: n for c, n in by_currency.items() if c in options})
            home, n = counts.most_common(1)[0] if counts else (f.currency, 0)
            if home != f.currency and n >= 2 and n >= _HOME_SHARE * counts.total():
                f = replace(f, currency=home, currency_assumed=False)
        out.append(f)
    return out


def _name(findings: list[Finding]) -> str:
    names = Counter(f.service.name for f in findings if f.service.known) or Counter(
        f.service.name for f in findings
    )
    return min(names, key=lambda n: (-names[n], n))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeated messages and copies of the same notice (forwarded, resent) within a few days."""
    kept: list[Finding] = []
    seen: set[str] = set()
    for f in sorted(findings, key=lambda f: (f.occurred_on, f.message_id)):
        if f.message_id in seen:
            continue
        seen.add(f.message_id)
        if any(_same_event(f, k) for k in kept[-6:]):
            continue
        kept.append(f)
    return kept


def _same_event(a: Finding, b: Finding) -> bool:
    return a.signal == b.signal and a.amount == b.amount and abs((a.occurred_on - b.occurred_on).days) <= 3


def subscription(findings: list[Finding], today: date, *, as_of: date | None = None) -> DetectedSubscription:
    """Summarise one service's findings (sorted by date, at least one); ``as_of``: the day the
    evidence is judged at (default ``today``), ``today``: the floor of the next renewal."""
    as_of = as_of or today
    name = _name(findings)
    charges = sorted({f.debited_on or f.occurred_on for f in findings if f.signal == "receipt"})
    cycle = infer_cycle(findings, charges, as_of)
    status = infer_status(findings, charges, cycle, as_of)
    nxt = next_renewal(findings, charges, cycle, today) if status == "active" else None
    amount, currency, price_since = current_price(findings, nxt)
    return DetectedSubscription(
        name=name,
        key=service_key(name),
        amount=amount,
        currency=currency,
        cycle=cycle,
        next_renewal=nxt,
        status=status,
        sources=frozenset({"email"}),
        confidence=_confidence(
            findings,
            charges,
            cycle,
            priced=amount is not None,
            guessed=not _cycle_said(findings, charges, as_of),
        ),
        evidence=[_evidence(f) for f in findings],
        trial_ends_on=_trial_end(findings, today),
        price_history=_price_history(findings),
        price_since=price_since,
        named_after_person=all(f.service.person for f in findings),
        # Half the mail saying bill (an insurer's renewal notice and its receipt) makes it one.
        kind="bill" if sum(f.kind == "bill" for f in findings) * 2 >= len(findings) else "subscription",
        billed_by=next((f.billed_by for f in findings if f.billed_by), None),
    )


def infer_cycle(findings: list[Finding], charges: list[date], today: date) -> Cycle:
    """From the gaps between charges when there are enough, else from what the mail says.

    A lone charge that names no cycle, seen longer ago than any shorter cycle would take to
    bring a second one (and not so long ago that a year would have), can only be yearly: a
    payment service's one "automatic payment" receipt of an annual plan.
    """
    by_interval = _cycle_from_intervals(charges) or _cycle_from_intervals(_announced(findings))
    switched = _switched_cycle(findings)
    if switched:
        return switched
    stated = Counter(f.cycle for f in findings[-8:] if f.cycle)
    if by_interval and (len(charges) >= 3 or not stated):
        return _said_of_missing_receipts(findings, stated, by_interval, charges) or by_interval
    if stated:
        return max(stated, key=lambda c: stated[c])
    if by_interval is None and len(charges) == 1 and _lone_yearly(charges[0], today):
        return "yearly"
    return by_interval or _longest_fitting(_gaps(charges) or _gaps(_announced(findings))) or "unknown"


def _switched_cycle(findings: list[Finding]) -> Cycle | None:
    """The cycle the latest receipt states when at least two before it all stated another and its
    amount moved with the cycle's length (twice as long, at least twice as much): the plan was
    switched ("You switched to an annual Walmart+ membership"), and the gaps between the old
    plan's receipts say nothing of the new one."""
    stated = [f for f in findings if f.signal == "receipt" and f.cycle and f.amount]
    if len(stated) < 3 or len({f.cycle for f in stated[:-1]}) != 1:
        return None
    old, new = stated[-2], stated[-1]
    if old.cycle == new.cycle or old.cycle is None or new.cycle is None or not old.amount or not new.amount:
        return None
    longer = CYCLE_DAYS.get(new.cycle, 0) > CYCLE_DAYS.get(old.cycle, 0)
    ratio = new.amount / old.amount
    return new.cycle if (ratio >= 2 if longer else ratio <= Decimal("0.5")) else None


def _said_of_missing_receipts(
    findings: list[Finding], stated: Counter[Cycle], by_interval: Cycle, charges: list[date]
) -> Cycle | None:
    """The cycle every message states when the gaps between the receipts kept are a whole number
    of it ("per maand" on receipts three months apart): the mail between was not kept. Three or
    more that all state a month or longer outweigh a shorter gap between two of them.

    Weeks are taken only from a plan that says them ("$33.90 per fortnight" on a gym's joining
    mail) or from notices that announce charges weeks apart (a coffee plan's "your next delivery is
    …" after each skip): a receipt's one or two weeks to its next date are as often a bill's days
    to its debit."""
    if len(stated) != 1:
        return None
    [(said, times)] = stated.items()
    if times >= 3 and CYCLE_MONTHS.get(said) and CYCLE_DAYS.get(said, 0) > CYCLE_DAYS.get(by_interval, 0):
        return said  # a joining mail a fortnight before the first bill is no fortnightly rhythm
    if times < 2 or CYCLE_DAYS.get(said, 0) >= CYCLE_DAYS.get(by_interval, 0):
        return None
    months, gap = CYCLE_MONTHS.get(said), CYCLE_MONTHS.get(by_interval)
    if months and gap:
        return None if gap % months else said
    planned = any(f.cycle == said and f.signal in _SCHEDULES for f in findings)
    planned = planned or _cycle_from_intervals(_announced(findings)) == said
    return said if planned and all(_whole_cycles(g, CYCLE_DAYS[said]) for g in _gaps(charges)) else None


def _announced(findings: list[Finding]) -> list[date]:
    """The charges renewal notices announce, one per notice: a gym's monthly SEPA pre-notifications
    are its rhythm when it mails no receipt."""
    return sorted({f.next_date for f in findings if f.signal == "renewal_notice" and f.next_date})


def _lone_yearly(charged: date, today: date) -> bool:
    half_year = CYCLE_DAYS["semiannual"]
    return half_year + half_year // 5 < (today - charged).days <= CYCLE_DAYS["yearly"] + 20


def _cycle_from_intervals(charges: list[date]) -> Cycle | None:
    if len(charges) < 2:
        return None
    gaps = _gaps(charges)
    if not gaps:
        return None
    shortest = _interval_cycle(min(gaps))
    if shortest and all(_whole_cycles(gap, CYCLE_DAYS[shortest]) for gap in gaps):
        return shortest  # the other gaps are charges whose mail was not kept (weeks skipped, bills deleted)
    return _interval_cycle(statistics.median(gaps))


def _longest_fitting(gaps: list[int]) -> Cycle | None:
    """The longest cycle of a month or more of which every gap is a whole number (62, 118 and 183
    days: monthly bills, most of whose mail is gone; weeks are too short to tell this way)."""
    months = [_whole_months(g) for g in gaps]
    fitting = [c for c in _MONTHS_LONG if months and all(n and n % CYCLE_MONTHS[c] == 0 for n in months)]
    return fitting[-1] if fitting else None


_MONTHS_LONG: tuple[Cycle, ...] = ("monthly", "quarterly", "semiannual", "yearly")
_MONTH_DAYS = 30.44


def _whole_months(gap: int) -> int | None:
    """How many calendar months ``gap`` days are, within a few days' drift (334 days are eleven
    months, not a year); ``None`` when they are no whole number of months."""
    months = round(gap / _MONTH_DAYS)
    return months if months and abs(gap - months * _MONTH_DAYS) <= 3 + months / 2 else None


def _gaps(charges: list[date]) -> list[int]:
    return [(b - a).days for a, b in itertools.pairwise(charges) if (b - a).days > 3]


def _interval_cycle(days: float) -> Cycle | None:
    return next((c for c, lo, hi in _INTERVALS if lo <= days <= hi), None)


def _whole_cycles(gap: int, period: int) -> bool:
    """Whether ``gap`` days are a whole number of periods (a month is 28 to 31 days)."""
    times = max(1, round(gap / period))
    return abs(gap - times * period) <= max(3, times * period // 10)


def infer_status(findings: list[Finding], charges: list[date], cycle: Cycle, today: date) -> Status:
    if _trial_cancellations(findings):
        return "inactive"  # a free trial stopped before its first charge
    cancels = [f.occurred_on for f in findings if f.signal == "cancellation"]
    # The mails' own days: a last bill debited after the cancellation was sent before it.
    billed = [f.occurred_on for f in findings if f.signal == "receipt"]
    if cancels and (not billed or max(billed) <= cancels[-1] + timedelta(days=2)):
        return "inactive" if _ended_by_failed_payment(findings, cancels[-1]) else "cancelled"
    if _trial_lapsed(findings):
        return "inactive"
    period = CYCLE_DAYS.get(cycle, 400)
    grace = max(10, period // 5, usual_pause(charges) - period)
    last_charge = charges[-1] if charges else None
    ahead = _renewal_dates(findings, charges)
    if (
        ahead
        and max(ahead) + timedelta(days=grace) >= today
        and (not last_charge or max(ahead) > last_charge)
    ):
        return "active"
    if last_charge is None or _debits_announced_after(findings, last_charge):
        return "active" if _notices_run_on(findings, period + grace, today) else "inactive"
    if _receipts_not_mailed(findings, charges, period):
        return "active" if (today - last_charge).days <= NOTICE_HORIZON_DAYS else "inactive"
    return "active" if (today - last_charge).days <= period + grace else "inactive"


_DUNNING_DAYS = 60


def _ended_by_failed_payment(findings: list[Finding], ended: date) -> bool:
    """Whether the end follows failed payments ("Because we couldn't take payment, your membership
    has ended"): it ended, but the person did not end it."""
    failed = [
        f.occurred_on
        for f in findings
        if f.signal == "payment_failed" and 0 <= (ended - f.occurred_on).days <= _DUNNING_DAYS
    ]
    # A charge taken after the failure settled it: the end that follows is the person's.
    paid = [f.occurred_on for f in findings if f.signal == "receipt" and f.occurred_on < ended]
    return any(not any(day < p for p in paid) for day in failed)


def _receipts_not_mailed(findings: list[Finding], charges: list[date], period: int) -> bool:
    """Whether a standing charge's receipts are mailed only now and then (a gym's joining mail that
    names its monthly card charge, then one receipt after a failed one in five months): its
    silence since is not a stop."""
    # A receipt that names the next billing date says the plan renews by itself, as a direct debit does.
    charged_regularly = any(
        f.standing
        or f.signal == "renewal_notice"
        or f.service.known
        or (f.signal == "receipt" and f.next_date)
        for f in findings
    )
    first = min(f.occurred_on for f in findings)
    cycles = (charges[-1] - first).days // period if period else 0
    if charged_regularly and cycles >= 3 and len(charges) * 2 < cycles:
        return True
    # A direct debit set up and mailed about once or twice (an insurer's instalments): the
    # debits that follow are not mailed at all.
    return len(charges) <= 2 and any(f.standing for f in findings)


def _debits_announced_after(findings: list[Finding], last_charge: date) -> bool:
    """Whether, after the last receipt, the service announced direct debits to come (a new
    instalment plan after a yearly statement): such debits are not mailed one by one, so their
    silence is not a stop."""
    return any(f.signal == "renewal_notice" and f.standing and f.occurred_on >= last_charge for f in findings)


_PAID_PLAN = frozenset({"receipt", "renewal_notice", "price_change", "payment_failed"})
"""Mail of a plan that is paid for (or meant to be): after a trial's end, it says the trial converted."""


def _trial_cancellations(findings: list[Finding]) -> list[date]:
    """Cancellations of a free trial: within weeks of its ending notice, with nothing ever charged
    ("Your membership has been cancelled … you won't be charged" after "your free trial ends")."""
    if any(f.signal in _PAID_PLAN and f.signal != "renewal_notice" for f in findings):
        return []
    trials = [f.occurred_on for f in findings if f.signal == "trial_ending"]
    return [
        f.occurred_on
        for f in findings
        if f.signal == "cancellation"
        and any(0 <= (f.occurred_on - t).days <= _TRIAL_CANCEL_DAYS for t in trials)
    ]


_TRIAL_CANCEL_DAYS = 45


def _trial_lapsed(findings: list[Finding]) -> bool:
    """Whether the latest news is a trial over with no paid plan after it: the trial-ended mail
    named no charge, and no receipt or notice of one came from that day on (a service that
    converts a trial mails the first charge or the plan's start), nor a new trial later."""
    lapses = [f.occurred_on for f in findings if f.signal == "trial_ended"] + _trial_cancellations(findings)
    if not lapses:
        return False
    last = max(lapses)
    return not any(
        (f.signal in _PAID_PLAN and f.occurred_on >= last)
        or (f.signal == "trial_ending" and f.occurred_on > last)
        for f in findings
    )


_SCHEDULES = frozenset({"renewal_notice", "price_change", "trial_ending"})
"""Notices that name a charge to come (a trial's end names the first of the plan it turns into)."""
NOTICE_HORIZON_DAYS = 365
"""How long a service known only from notices is taken to run on after the last date they name."""


def _notices_run_on(findings: list[Finding], period: int, today: date) -> bool:
    """Whether a service whose mail never carried a receipt is still running.

    Mail that never carried a receipt cannot stop carrying them: a gym's joining email that
    names its monthly direct debit, a price notice, or the notice that a trial turns into the
    paid plan, is all some services ever send, so nothing but a cancellation, a trial that
    ended unpaid (or a year of silence) says it stopped.
    """
    named = [f.next_date or f.occurred_on for f in findings if f.signal in _SCHEDULES]
    return bool(named) and (today - max(named)).days <= max(NOTICE_HORIZON_DAYS, period)


def _renewal_dates(findings: list[Finding], charges: list[date]) -> list[date]:
    """Stated renewal dates; with no charge or renewal notice seen, a price change's date.

    A price change takes effect at a renewal ("from your next billing date, 18 Dec"), so
    when that notice is all there is, its date is the next renewal.
    """
    stated = [f.next_date for f in findings if f.next_date and f.signal in _STATES_RENEWAL]
    if stated or charges:
        return stated
    return [f.next_date for f in findings if f.next_date and f.signal == "price_change"]


def next_renewal(findings: list[Finding], charges: list[date], cycle: Cycle, today: date) -> date | None:
    """The first renewal after ``today``: from a stated date if any, else from the last charge."""
    last_charge = charges[-1] if charges else None
    stated = _renewal_dates(findings, charges)
    base = max(stated) if stated else None
    if base is None or (last_charge and base <= last_charge):
        base = cycles_after(last_charge, cycle, 1) if last_charge else base
    if base is None:
        return None
    after_last = last_charge or date.min
    if last_charge and last_charge > today:  # a bill's debit still to come is the next charge
        return last_charge
    return first_cycle_where(base, cycle, lambda day: day >= today and day > after_last)


def current_price(
    findings: list[Finding], nxt: date | None
) -> tuple[Decimal | None, str | None, date | None]:
    """What the next renewal charges: the latest price in effect by then.

    The third value is the day a notice's price takes effect when the price comes from a
    notice rather than a charge: until a charge on or after that day, the notice is the news.
    """
    events = [
        (_price_day(f), _price_rank(f), f) for f in findings if f.amount is not None and f.signal in _PRICED
    ]
    # A receipt's "next invoice of $60.00" is announced for its next date.
    events += [
        (f.next_date, 1, replace(f, amount=f.next_amount, signal="price_change"))
        for f in findings
        if f.next_amount is not None and f.next_date is not None
    ]
    if nxt is not None:
        events = [e for e in events if e[0] <= nxt] or events
    if not events:
        # Known only from its ending: what the cancellation says was last charged.
        ended = [f for f in findings if f.signal == "cancellation" and f.amount is not None]
        return (ended[-1].amount, ended[-1].currency, None) if ended else (None, None, None)
    # On one day and rank, a price change announced for it wins, then the later mail is the news
    # ("your renewal on 19 Dec will be €129").
    day, _, best = max(events, key=lambda e: (e[0], e[1], e[2].signal == "price_change", e[2].occurred_on))
    return _with_tax(best, findings), best.currency, None if best.signal == "receipt" else day


def _with_tax(best: Finding, findings: list[Finding]) -> Decimal | None:
    """A notice's price said to come before tax, as the receipts charged it with tax: the latest
    receipt in the same currency a tax's width above it ("CA$139.99 + tax" after "Total CA$158.19")."""
    if not best.before_tax or best.amount is None:
        return best.amount
    taxed = [
        f.amount
        for f in findings
        if f.signal == "receipt"
        and f.currency == best.currency
        and f.amount is not None
        and best.amount < f.amount <= best.amount * MAX_TAX
    ]
    return taxed[-1] if taxed else best.amount


def _price_day(f: Finding) -> date:
    return f.next_date if f.signal != "receipt" and f.next_date else f.occurred_on


def _price_rank(f: Finding) -> int:
    """Which price wins on one day: a failed attempt least; what was charged over what was
    announced for that day; a notice that states no day of its own speaks of what comes next."""
    if f.signal == "payment_failed":
        return 0
    if f.signal == "receipt":
        return 2
    return 1 if f.next_date else 3


def _price_history(findings: list[Finding]) -> list[tuple[date, Decimal]]:
    history: list[tuple[date, Decimal]] = []
    for f in findings:
        if f.signal == "receipt" and f.amount is not None and (not history or history[-1][1] != f.amount):
            history.append((f.occurred_on, f.amount))
    return history


def _trial_end(findings: list[Finding], today: date) -> date | None:
    """When a trial that turns into a paid plan ends; none once a trial-ended mail came after."""
    lapsed = max((f.occurred_on for f in findings if f.signal == "trial_ended"), default=date.min)
    ends = [
        f.next_date for f in findings if f.signal == "trial_ending" and f.next_date and f.occurred_on > lapsed
    ]
    return max(ends) if ends and max(ends) >= today else None


def _cycle_said(findings: list[Finding], charges: list[date], today: date) -> bool:
    """Whether the mail states the cycle or its charges measure it, or three announced charges do
    (not inferred from silence), or two a bill's direct debit announces (an energy supplier's
    "Your next Direct Debit of £142.00 will be collected on 5 January": a whole number of months
    apart, the rest of its statements not kept), or two due on the same day of the month (a
    timeshare's yearly fees, due each January 31).

    Silence measures it too when the one charge was taken under a standing authority (an
    automatic payment, a direct debit): each charge of such a series is mailed alike, so months
    without the next one rule out every cycle shorter than a year.
    """
    dates = _announced(findings)
    announced = len(dates)
    if len(charges) >= 2 or any(f.cycle for f in findings) or announced >= 3:
        return True
    if announced == 2 and any(f.standing and f.kind == "bill" for f in findings):
        return True
    if announced == 2 and dates[0].day == dates[1].day and dates[0] != dates[1]:
        return True  # two statements due on the same day a whole number of months apart ("January 31")
    return (
        len(charges) == 1
        and _lone_yearly(charges[0], today)
        and any(f.standing for f in findings if f.signal == "receipt")
    )


def _confidence(
    findings: list[Finding], charges: list[date], cycle: Cycle, *, priced: bool, guessed: bool
) -> float:
    score = 0.45 + 0.08 * min(len(charges), 4)
    score += 0.1 if any(f.service.known for f in findings) else 0.0
    score += 0.1 if cycle != "unknown" else 0.0
    score += 0.05 if any(f.signal != "receipt" for f in findings) else 0.0
    # Mail that says what it costs and how often is a subscription's own bill, whoever sends it
    # (an app store receipt's item): the evidence, not the sender's fame, earns the trust.
    score += 0.1 if priced and cycle != "unknown" and not guessed else 0.0
    if not any(subject_says_billing(f.subject) for f in findings):
        score -= 0.25  # the billing words are in a newsletter's footer, not what the mail is about
    if _trial_lapsed(findings) and not any(f.signal in _PAID_PLAN for f in findings):
        score = min(score, _NEVER_PAID)
    return round(max(0.05, min(score, 0.99)), 3)


_NEVER_PAID = 0.45
"""A free trial that lapsed before anything was charged was never a subscription the person paid
for: at most possible, to confirm ("Your trial has ended … You weren't charged")."""


def _evidence(f: Finding) -> Evidence:
    return Evidence(
        source="email",
        ref=f.message_id,
        occurred_on=f.occurred_on,
        summary=f.subject,
        signal=f.signal,
        amount=f.amount,
        currency=f.currency,
    )


def merge_subscriptions(
    previous: list[DetectedSubscription], fresh: list[DetectedSubscription], today: date
) -> list[DetectedSubscription]:
    """Combine what an earlier scan found with an incremental scan's findings (same key → one).

    An incremental scan (Gmail history, IMAP UIDs) only reads new mail; on its own it would
    see one receipt where there were twelve. Merging the evidence of both and summarising
    again gives what a full re-scan gives, as far as the evidence carries it.
    """
    findings = [f for sub in (*previous, *fresh) for f in _as_findings(sub)]
    return aggregate(findings, today)


def _as_findings(sub: DetectedSubscription) -> list[Finding]:
    from app.detection.email.service_naming import ServiceId, is_known

    service = ServiceId(sub.name, sub.key, is_known(sub.name), sub.named_after_person)
    latest = max((e.occurred_on for e in sub.evidence), default=None)
    return [
        Finding(
            service=service,
            signal=e.signal,  # type: ignore[arg-type]
            message_id=e.ref,
            occurred_on=e.occurred_on,
            subject=e.summary,
            amount=e.amount,
            currency=e.currency,
            cycle=sub.cycle if sub.cycle != "unknown" else None,
            next_date=_stated_date(sub, e, latest),
            billed_by=sub.billed_by,
        )
        for e in sub.evidence
        if e.source == "email"
    ]


def _stated_date(sub: DetectedSubscription, e: Evidence, latest: date | None) -> date | None:
    """The date the summary keeps for a piece of evidence: a price notice's effective day, the
    next renewal for the latest mail."""
    if e.signal == "price_change" and sub.price_since and e.amount == sub.amount:
        return sub.price_since
    return sub.next_renewal if e.occurred_on == latest else None
