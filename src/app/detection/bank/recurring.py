"""Recurring charges (and income and transfers) in a user's bank transactions.

Transactions are grouped by merchant, direction and currency. A group that follows one cadence
is one series (amount changes along the way are price changes); a group that does not is split
by amount first, so ``APPLE.COM/BILL`` at 2.99 and at 10.99 are two subscriptions.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from statistics import median

from app.detection.bank.cadence import Fit, _delay, anchor_day, fit_cadence, next_date
from app.detection.bank.mandates import mandate_in, standing
from app.detection.bank.merchants import STORE_KEYS, Merchant, apple_plan, apple_service, merchant_for
from app.detection.bank.transactions import Transaction
from app.detection.types import DetectedSubscription, Evidence, Kind, service_key, usual_pause

MAX_EVIDENCE = 24
_REPOST_DAYS = 3
_LATE_POSTING = 4
_BLIP = 0.35
_LONE_DAYS = 400
"""A lone mandated debit older than a year and a month, with the data going on, recurs no more."""
_WALLET = re.compile(
    r"\b(?:PAYPAL|KLARNA|AFTERPAY|CLEARPAY|RATEPAY|MOLLIE|ADYEN|UNZER"
    r"|[A-Z]+ PAYMENTS? (?:GMBH|EUROPE|B\.?V|S\.?A|AG|SE|LTD))\b"
)
"""Wallets, pay-later services and shops' payment companies (Amazon Payments Europe, Zalando
Payments GmbH) collect every purchase under one mandate: one debit is a purchase."""


@dataclass(slots=True)
class Series:
    """Charges that recur: what ``detect_recurring`` turns into one ``DetectedSubscription``."""

    merchant: Merchant
    charges: list[Transaction]
    fit: Fit


def detect_recurring(transactions: Iterable[Transaction], *, today: date) -> list[DetectedSubscription]:
    """Every recurring payment in ``transactions`` as of ``today``, salary and transfers included.

    The ``kind`` field tells subscriptions from bills, income and transfers; callers that list
    subscriptions filter on it. A series counts as stopped only when the data goes on past its
    due date without it: a statement that ends before ``today`` does not stop what it shows.
    """
    found: list[DetectedSubscription] = []
    latest = _Latest(transactions)
    groups = list(_groups(latest))
    seen_until = min(today, latest.day or today)
    for merchant, charges in groups:
        if len(charges) == 1:
            lone = _lone_mandate(merchant, charges[0], seen_until)
            found.extend([lone] if lone is not None else [])
            continue
        for series in _series(merchant, charges, seen_until):
            found.append(_finding(series, seen_until, today))
    _unique_keys(found)
    return sorted(found, key=lambda s: (s.kind, s.name.lower(), s.key))


class _Latest:
    """Passes transactions through and remembers the latest posting date (where the data ends)."""

    def __init__(self, transactions: Iterable[Transaction]) -> None:
        self._transactions = transactions
        self.day: date | None = None

    def __iter__(self) -> Iterator[Transaction]:
        for txn in self._transactions:
            if self.day is None or txn.posted_on > self.day:
                self.day = txn.posted_on
            yield txn


def _groups(transactions: Iterable[Transaction]) -> Iterable[tuple[Merchant, list[Transaction]]]:
    groups: dict[tuple[str, str, bool], list[Transaction]] = defaultdict(list)
    merchants: dict[str, Merchant] = {}
    for txn in transactions:
        if not txn.amount:
            continue
        merchant = merchant_for(txn.description)
        if merchant.category == "purchase":
            continue
        merchant = _refine(merchant, txn.amount)
        merchants[merchant.key] = merchant
        groups[(merchant.key, txn.currency, txn.amount < 0)].append(txn)
    _merge_truncated(groups, merchants)
    for (key, _currency, _out), charges in groups.items():
        if len(charges) >= 2 or _mandated(charges[0]):
            yield merchants[key], sorted(charges, key=lambda t: (t.posted_on, t.id))


_MIN_STEM = 8


def _merge_truncated(
    groups: dict[tuple[str, str, bool], list[Transaction]], merchants: dict[str, Merchant]
) -> None:
    """One payee under a cut-off and a full name (``WAGLYDOGWAL`` / ``WAGLY DOG WALKING``): one group.

    Card descriptors are cut at a processor's length limit, and a local business changes its
    billing processor. Names of payees we do not know, letters only, that one starts with the
    other (eight letters at least) are one payee, kept under the name with more charges.
    """
    stems: list[tuple[str, bool, str, str]] = []
    for key, currency, out in groups:
        merchant = merchants[key]
        if merchant.known or merchant.category == "purchase":
            continue
        stem = "".join(ch for ch in merchant.name.upper() if ch.isalpha())
        if len(stem) >= _MIN_STEM:
            stems.append((currency, out, stem, key))
    stems.sort()
    for (currency, out, stem, key), (currency2, out2, stem2, key2) in itertools.pairwise(stems):
        if (currency, out) == (currency2, out2) and stem2.startswith(stem) and key != key2:
            one, two = (key, currency, out), (key2, currency, out)
            if one in groups and two in groups:
                keep, drop = (one, two) if len(groups[one]) > len(groups[two]) else (two, one)
                groups[keep].extend(groups.pop(drop))


def _refine(merchant: Merchant, amount: Decimal) -> Merchant:
    """Billing platforms hide the service; a price of one of Apple's own plans says it is that plan
    (grouped by plan; what it is called is the series' own price's business: see ``_named``)."""
    plan = apple_plan(amount) if merchant.intermediary == "apple" else None
    return merchant if plan is None else Merchant(plan, "Apple", "subscription", True, platform="apple")


def _named(series: Series) -> tuple[str, str]:
    """The finding's name and key: a series on Apple's bill by its latest price (``apple_service``)."""
    merchant = series.merchant
    if merchant.intermediary != "apple" and merchant.platform != "apple":
        return merchant.name, merchant.key
    name = apple_service(series.charges[-1].amount)
    return name, service_key(name)


def _series(merchant: Merchant, charges: list[Transaction], today: date) -> list[Series]:
    clusters = _amount_clusters(charges)
    splittable = merchant.category in ("subscription", "unknown")
    if not splittable:
        whole = _accept(merchant, charges, today)
        return [] if whole is None else [whole]
    whole = None if _interleaved(clusters) else _accept(merchant, _without_blips(charges), today)
    if whole is not None:
        return [whole]
    found = []
    for cluster in clusters:
        series = _accept(merchant, cluster, today, split=True) if len(cluster) >= 2 else None
        if series is not None:
            found.append(series)
            continue
        for part in _two_billing_days(cluster):
            series = _accept(merchant, part, today, split=True)
            found.extend([series] if series is not None else [])
    return found


_SAME_DAY = 4
"""Days of the month apart that one billing day's postings still are (weekends, a late bank)."""


def _two_billing_days(cluster: list[Transaction]) -> list[list[Transaction]]:
    """One price charged on two days of each month (two Apple services at 8.99, a couple's two gym
    memberships): the charges of each day, when each month has at most one on each."""
    days = sorted({t.posted_on.day for t in cluster})
    cuts = [b for a, b in itertools.pairwise(days) if b - a > _SAME_DAY]
    if len(cluster) < 6 or len(cuts) != 1 or days[0] + 31 - days[-1] <= _SAME_DAY:
        return []
    early = [t for t in cluster if t.posted_on.day < cuts[0]]
    late = [t for t in cluster if t.posted_on.day >= cuts[0]]
    parts = [_one_per_day(early), _one_per_day(late)]  # a charge reversed and charged again is one
    monthly = all(len({(t.posted_on.year, t.posted_on.month) for t in part}) == len(part) for part in parts)
    return parts if monthly and min(len(part) for part in parts) >= 3 else []


def _interleaved(clusters: list[list[Transaction]]) -> bool:
    """Two amounts charged side by side (two products), not one after the other (a price change)."""
    spans = sorted((c[0].posted_on, c[-1].posted_on) for c in clusters if len(c) >= 2)
    return any(later[0] < earlier[1] for earlier, later in itertools.pairwise(spans))


def _without_blips(charges: list[Transaction]) -> list[Transaction]:
    """Drop one-off amounts far from the series' usual charge (an app bought on the same bill)."""
    if len(charges) < 3:
        return charges
    typical = median(_size(t) for t in charges)
    counts = Counter(abs(t.amount) for t in charges)
    return [t for t in charges if counts[abs(t.amount)] > 1 or _close(_size(t), typical, _BLIP)]


def _amount_clusters(charges: list[Transaction]) -> list[list[Transaction]]:
    """Charges grouped by amount (within 5 %), in date order inside each cluster."""
    if len({t.amount for t in charges}) == 1:
        return [charges]
    clusters: list[list[Transaction]] = []
    previous = -1.0
    for size, txn in sorted(((_size(t), t) for t in charges), key=lambda pair: pair[0]):
        if clusters and _close(previous, size, 0.05):
            clusters[-1].append(txn)
        else:
            clusters.append([txn])
        previous = size
    return [sorted(c, key=lambda t: (t.posted_on, t.id)) for c in clusters]


def _close(a: float, b: float, share: float) -> bool:
    """Amounts (absolute values) within ``share`` of the larger one, plus a cent of rounding."""
    return abs(a - b) <= share * max(a, b) + 0.0101


def _size(txn: Transaction) -> float:
    return abs(float(txn.amount))


def _accept(
    merchant: Merchant, charges: list[Transaction], today: date, *, split: bool = False
) -> Series | None:
    charges = _one_per_day(charges)
    fit = fit_cadence([t.posted_on.toordinal() for t in charges])
    if fit is None:
        return None
    kept = [charges[i] for i in fit.kept]
    if not _plausible(merchant, kept, fit, today) or _coincidence(merchant, kept, fit, today):
        return None
    if split and not merchant.known and not _clear_split(kept, fit) and not _one_mandate(kept):
        return None
    return Series(merchant, kept, fit)


def _coincidence(merchant: Merchant, kept: Sequence[Transaction], fit: Fit, today: date) -> bool:
    """Two equal payments to a person, or two equal app purchases on a billing platform's bill.

    People pay friends and buy apps again and again; two of those at one amount land a quarter
    or a year apart by chance. Only a recent monthly pair on one billing day counts as an early
    series there (and, when the platform hides the service, any monthly pair).
    """
    if len(kept) >= 3:
        return False
    if merchant.platform is not None:
        return fit.spec.months != 1  # a price of the platform's own plan: a monthly pair is that plan
    if merchant.category != "transfer" and merchant.intermediary is None:
        return False
    recent = (today - kept[-1].posted_on).days <= fit.spec.days * 1.5
    # a standing order runs on its day each month; two transfers made by hand land anywhere
    return fit.spec.months != 1 or not recent or not _on_billing_day(kept)


def _clear_split(kept: Sequence[Transaction], fit: Fit) -> bool:
    """An amount picked out of many purchases counts only as frequent exact repeats on a cycle kept
    almost without fault: a coffee bought three times a week at three prices gives each price a
    rough weekly rhythm, a third of its gaps off the cycle."""
    return (
        fit.spec.cycle in ("weekly", "biweekly", "monthly")
        and len(kept) >= 4
        and fit.regularity >= 0.85
        and (_stability(kept, 0.001) == 1.0)
    )


def _one_mandate(kept: Sequence[Transaction]) -> bool:
    """Every charge collected under one mandate: one contract (a yearly BahnCard among the same
    payee's tickets), whatever else that payee sells."""
    return kept[0].mandate is not None and all(txn.mandate == kept[0].mandate for txn in kept)


def _one_per_day(charges: list[Transaction]) -> list[Transaction]:
    """One charge a day, and one of a pair posted twice within a few days (pending, then posted).

    Of a same-amount pair the later posting stays: banks post after the pending line.
    """
    out: list[Transaction] = []
    for txn in charges:
        if out:
            previous = out[-1]
            gap = (txn.posted_on - previous.posted_on).days
            if gap == 0:
                continue
            if gap <= _REPOST_DAYS and txn.amount == previous.amount:
                out[-1] = txn
                continue
        out.append(txn)
    return out


def _plausible(merchant: Merchant, kept: Sequence[Transaction], fit: Fit, today: date) -> bool:
    count, spec = len(kept), fit.spec
    stable = _stability(kept)
    if fit.regularity < (0.6 if count >= 6 else 0.75):
        return False
    if count < spec.min_count:
        if not _early(merchant, kept, fit, stable, today):
            return False
        if merchant.known and _intro_price(kept, fit):
            return True
    if merchant.category in ("bill", "income", "transfer"):
        return fit.regularity >= 0.85 or stable >= 0.3 or _spread(kept) <= 0.5
    if kept[-1].amount > 0 and spec.cycle in ("weekly", "biweekly", "monthly"):
        return fit.regularity >= 0.8 and _spread(kept) <= 0.6  # pay from an employer we cannot name
    if not merchant.known and not merchant.debit and not _on_schedule(kept, fit):
        return False  # a haircut every four to six weeks is a habit, not a billing date
    if stable >= 0.6:
        return True
    if merchant.known and _spread(kept) <= 0.35:
        return True  # a price change on a short series, or a charge converted from another currency
    return (
        merchant.category == "unknown"
        and spec.months == 1
        and count >= 4
        and fit.regularity >= 0.85
        and _spread(kept) <= 0.35
    )


def _on_schedule(kept: Sequence[Transaction], fit: Fit) -> bool:
    """Charges post on the series' billing day (or weekday) or a few days after it, bar one in four."""
    recent = [t.posted_on for t in kept[-12:]]
    if fit.spec.months:
        day = anchor_day(recent)
        delays = [_delay(d, day) for d in recent]
    else:
        weekday = max(range(7), key=lambda wd: sum(1 for d in recent if (d.weekday() - wd) % 7 <= 3))
        delays = [(d.weekday() - weekday) % 7 for d in recent]
    off = sum(1 for d in delays if not -1 <= d <= _LATE_POSTING)
    return off <= max(1, len(recent) // 4)


def _weekly_pair(merchant: Merchant, kept: Sequence[Transaction], today: date) -> bool:
    """Two equal payments to one payee exactly a week apart, the later in the statement's last ten
    days: a weekly standing order or plan whose statement ended too soon for a third. Only offered
    as possible (``OTHER_EARLY``/``DEBIT_EARLY``): a person paid twice on one weekday looks the same."""
    first, last = kept[0], kept[-1]
    return (
        _named_payee(merchant)
        and merchant.category in ("unknown", "subscription", "bill")
        and merchant.intermediary is None
        and (last.posted_on - first.posted_on).days == 7
        and first.amount == last.amount < 0
        and (today - last.posted_on).days <= 10
    )


def _early(merchant: Merchant, kept: Sequence[Transaction], fit: Fit, stable: float, today: date) -> bool:
    """Fewer charges than the cadence needs: accept only identical amounts from a likely service."""
    if fit.spec.cycle == "weekly":
        return _weekly_pair(merchant, kept, today)
    if fit.spec.months == 0 or fit.missed or fit.irregular:
        return False
    if merchant.category in ("bill", "income", "transfer"):
        return _spread(kept) <= 0.6
    # A known service, a direct-debit mandate or a payee named for a membership: billing is its nature.
    likely = merchant.known or _debited(merchant, kept) or merchant.category == "subscription"
    trusted = likely and merchant.intermediary is None
    return (trusted and (_stability(kept, 0.05) == 1.0 or _intro_price(kept, fit))) or _billed_twice(
        merchant, kept, fit
    )


def _billed_twice(merchant: Merchant, kept: Sequence[Transaction], fit: Fit) -> bool:
    """A payee we cannot place charging the very same amount on the same day of two months running:
    how a billing system charges, rarely a shopper (prices and days vary). Only offered as possible."""
    if merchant.category != "unknown" or merchant.intermediary is not None or fit.spec.months != 1:
        return False
    pair = len(kept) == 2 and kept[0].amount == kept[1].amount
    return _named_payee(merchant) and pair and _on_billing_day(kept)


def _named_payee(merchant: Merchant) -> bool:
    """A name of three letters or more, not a bare code (MT940's type ``N000``)."""
    return sum(ch.isalpha() for ch in merchant.name) >= 3


def _on_billing_day(kept: Sequence[Transaction]) -> bool:
    """Every charge posted on one day of the month or a few days after it (a weekend, a late bank)."""
    dates = [t.posted_on for t in kept]
    day = anchor_day(dates)
    return all(-1 <= _delay(d, day) <= _LATE_POSTING for d in dates)


def _intro_price(kept: Sequence[Transaction], fit: Fit) -> bool:
    """A trial or first-month offer, then the full price: ``0.99`` then ``15.49`` a month later."""
    return len(kept) == 2 and fit.spec.months == 1 and _size(kept[0]) <= 0.5 * _size(kept[1])


def _stability(kept: Sequence[Transaction], share: float = 0.02) -> float:
    """Share of consecutive charges with (nearly) the same amount: 1.0 for a flat subscription."""
    if len(kept) < 2:
        return 1.0
    pairs = itertools.pairwise(kept)
    same = sum(1 for a, b in pairs if _close(_size(a), _size(b), share))
    return same / (len(kept) - 1)


def _spread(kept: Sequence[Transaction]) -> float:
    """Relative spread of amounts (max-min over median): bills vary, groceries vary more."""
    amounts = [float(abs(t.amount)) for t in kept]
    middle = median(amounts)
    return (max(amounts) - min(amounts)) / middle if middle else 1.0


def _finding(series: Series, seen_until: date, today: date) -> DetectedSubscription:
    """``seen_until``: where the data ends (a stop shows only there); ``today``: the next renewal's floor."""
    charges, spec = series.charges, series.fit.spec
    dates = [t.posted_on for t in charges]
    due = next_date(dates, spec)
    late = due + timedelta(days=spec.days / 2)
    pause = due + timedelta(days=usual_pause(dates) - spec.days)
    active = seen_until <= max(late, pause)
    unseen = active and due > seen_until  # the data ends before the charge was due: nothing says it stopped
    skipped = active and seen_until > late  # active only as one more of the series' usual pauses
    while (unseen and due < today) or (skipped and due <= seen_until):
        dates.append(due)
        due = next_date(dates, spec)
    last = charges[-1]
    name, key = _named(series)
    return DetectedSubscription(
        name=name,
        key=key,
        amount=abs(last.amount),
        currency=last.currency,
        cycle=spec.cycle,
        next_renewal=due if active else None,
        status="active" if active else "inactive",
        kind=_kind(series),
        sources=frozenset({"bank"}),
        confidence=_confidence(series),
        evidence=[_evidence(t) for t in charges[-MAX_EVIDENCE:]],
        price_history=_price_history(charges),
        billed_by=STORE_KEYS.get(series.merchant.intermediary or series.merchant.platform or ""),
    )


def _debited(merchant: Merchant, charges: Sequence[Transaction]) -> bool:
    """Pulled by direct debit: the description says so, or the file gave the charges a mandate."""
    return merchant.debit or any(txn.mandate is not None for txn in charges)


def _mandated(txn: Transaction) -> bool:
    """Collected under a mandate: the file's own field, else the purpose text (rows stored before
    the field was kept, a provider that passes only the text)."""
    return txn.mandate is not None or standing(mandate_in(txn.description), txn.description) is not None


def _lone_mandate(merchant: Merchant, txn: Transaction, seen_until: date) -> DetectedSubscription | None:
    """One direct debit under a mandate: a charge set up to recur, seen once (a statement too short
    for a second one, a yearly fee). Its cycle is not known, so it is only a possible subscription."""
    if txn.amount > 0 or merchant.category not in ("subscription", "bill", "unknown"):
        return None
    if (seen_until - txn.posted_on).days > _LONE_DAYS or _WALLET.search(txn.description.upper()):
        return None
    return DetectedSubscription(
        name=merchant.name,
        key=merchant.key,
        amount=abs(txn.amount),
        currency=txn.currency,
        cycle="unknown",
        next_renewal=None,
        status="active",
        kind="bill" if merchant.category == "bill" else "subscription",
        sources=frozenset({"bank"}),
        confidence=LONE_MANDATE,
        evidence=[_evidence(txn)],
        price_history=[(txn.posted_on, abs(txn.amount))],
    )


def _kind(series: Series) -> Kind:
    category = series.merchant.category
    incoming = series.charges[-1].amount > 0
    if incoming:
        return "income" if category == "income" or _looks_like_pay(series) else "transfer"
    if category in ("bill", "transfer"):
        return category
    if category == "income":
        return "transfer"
    if category == "unknown" and (_stability(series.charges, 0.05) < 0.6 or _large(series)):
        return "bill"
    return "subscription"


def _large(series: Series) -> bool:
    """Rent, loans and insurance premiums: far above what a subscription charges at once."""
    months, last = series.fit.spec.months, series.charges[-1]
    amount = abs(last.amount) / _UNITS_PER_DOLLAR.get(last.currency, 1)
    return (months == 1 and amount >= 250) or (months > 1 and amount >= 500)


_UNITS_PER_DOLLAR = {
    "SEK": 10,
    "NOK": 10,
    "DKK": 7,
    "CZK": 23,
    "PLN": 4,
    "HUF": 360,
    "JPY": 150,
    "INR": 83,
    "MXN": 17,
    "ZAR": 18,
    "BRL": 5,
    "CNY": 7,
    "HKD": 8,
    "KRW": 1300,
    "TRY": 30,
}
"""Roughly how many units of a currency buy a dollar: 250 SEK a month is no rent."""


def _looks_like_pay(series: Series) -> bool:
    regular_pay = series.fit.spec.cycle in ("weekly", "biweekly", "monthly")
    return regular_pay and series.merchant.category == "unknown"


TRUSTED_EARLY = 0.76
"""Two charges of a service we know by name, one cycle apart at one price: right as a rule."""
MEMBERSHIP_EARLY = 0.72
"""Two equal direct debits of a payee named for a membership (``FITNESS``, ``DOMAINS``)."""
DEBIT_EARLY = 0.6
"""Two equal direct debits of a payee we cannot place: likely, but worth a confirmation."""
OTHER_EARLY = 0.45
"""Two payments of a bill, income or transfer: people pay each other twice by chance."""
LONE_MANDATE = 0.4
"""One direct debit under a mandate: meant to recur, but nothing yet says when or at what price."""
NAMELESS = 0.3
"""Below ``ACTIVE_CONFIDENCE``: charges without a description are shown only as possible."""


def _confidence(series: Series) -> float:
    """How often a finding like this one is right, measured on the labelled sets (bench/).

    Calibrated against ``ACTIVE_CONFIDENCE``: an established series (the cycle's count of
    charges, regular, stable amounts) and an early one of a known service score above it; early
    series of payees we cannot place, and early person-to-person transfers, score below it.
    """
    count, fit, merchant = len(series.charges), series.fit, series.merchant
    if not any(txn.description.strip() for txn in series.charges):
        return NAMELESS  # charges that name nobody: a cadence with no service to show
    if count >= fit.spec.min_count:
        base = min(0.95, 0.6 + 0.07 * count)
    elif merchant.known and merchant.intermediary is None:
        base = TRUSTED_EARLY
    elif (
        merchant.category == "subscription" and fit.spec.cycle != "weekly"
    ):  # a weekly pair: see _weekly_pair
        base = MEMBERSHIP_EARLY
    elif _debited(merchant, series.charges) and merchant.category in ("unknown", "subscription"):
        base = DEBIT_EARLY
    else:
        base = OTHER_EARLY
    score = base * (0.6 + 0.4 * fit.regularity) * (0.85 + 0.15 * _stability(series.charges))
    if merchant.known:
        score += 0.05
    return round(max(0.05, min(0.99, score)), 3)


def _evidence(txn: Transaction) -> Evidence:
    return Evidence(
        source="bank",
        ref=txn.id,
        occurred_on=txn.posted_on,
        summary=txn.description,
        signal="charge" if txn.amount < 0 else "deposit",
        amount=abs(txn.amount),
        currency=txn.currency,
    )


def _price_history(charges: Sequence[Transaction]) -> list[tuple[date, Decimal]]:
    """The amount each time it changed and then held (a one-off blip is not a price change)."""
    history = [(charges[0].posted_on, abs(charges[0].amount))]
    for index, txn in enumerate(charges[1:], start=1):
        amount = abs(txn.amount)
        if _close(float(amount), float(history[-1][1]), 0.005):
            continue
        following = charges[index + 1] if index + 1 < len(charges) else None
        if following is None or _close(_size(following), float(amount), 0.005):
            history.append((txn.posted_on, amount))
    return history


def _unique_keys(found: list[DetectedSubscription]) -> None:
    """Two series of one merchant (two Apple subscriptions) keep apart: the second gets its price."""
    by_key: dict[str, list[DetectedSubscription]] = defaultdict(list)
    for item in found:
        by_key[item.key].append(item)
    for items in by_key.values():
        items.sort(key=lambda s: (s.status != "active", -len(s.evidence), s.amount or 0))
        for item in items[1:]:
            price = f"{item.amount or 0:.2f}".replace(".", "-")
            item.key = f"{item.key}-{price}"
            item.name = f"{item.name} ({item.amount} {item.currency})"
