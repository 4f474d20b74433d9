"""Aggregation of findings into subscriptions: cycle, price, status, next renewal, idempotence."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from app.detection.email.aggregate import aggregate, merge_subscriptions
from app.detection.email.classify import Signal
from app.detection.email.extract import Finding
from app.detection.email.service_naming import ServiceId
from app.detection.types import Cycle

TODAY = date(2026, 11, 29)
SVC = ServiceId("Streamwave", "domain:streamwave.tv", False)


def f(
    day: date,
    signal: Signal = "receipt",
    amount: str | None = "9.99",
    cycle: Cycle | None = None,
    next_date: date | None = None,
    service: ServiceId = SVC,
    mid: str | None = None,
) -> Finding:
    return Finding(
        service=service,
        signal=signal,
        message_id=mid or f"<{signal}-{day.isoformat()}-{service.name}>",
        occurred_on=day,
        subject=f"{service.name} {signal}",
        amount=Decimal(amount) if amount else None,
        currency="USD" if amount else None,
        cycle=cycle,
        next_date=next_date,
    )


def monthly(start: date, n: int, amount: str = "9.99") -> list[Finding]:
    out = []
    for i in range(n):
        month = start.month - 1 + i
        out.append(f(date(start.year + month // 12, month % 12 + 1, start.day), amount=amount))
    return out


def test_cycle_from_intervals_and_next_renewal_rolled_past_today() -> None:
    (sub,) = aggregate(monthly(date(2026, 3, 14), 9), TODAY)
    assert (sub.cycle, sub.status, sub.next_renewal) == ("monthly", "active", date(2026, 12, 14))
    assert sub.key == "streamwave"
    assert len(sub.evidence) == 9


def test_price_change_applies_from_its_effective_date() -> None:
    findings = [
        *monthly(date(2026, 5, 2), 7),
        f(date(2026, 11, 5), "price_change", "11.99", next_date=date(2026, 12, 2)),
    ]
    (sub,) = aggregate(findings, TODAY)
    assert sub.next_renewal == date(2026, 12, 2)
    assert sub.amount == Decimal("11.99")
    later = [*findings[:-1], f(date(2026, 11, 5), "price_change", "11.99", next_date=date(2027, 1, 2))]
    (sub,) = aggregate(later, TODAY)
    assert sub.amount == Decimal("9.99")  # the December renewal still charges the old price


def test_cancellation_and_resubscription() -> None:
    cancelled = [*monthly(date(2026, 1, 10), 8), f(date(2026, 8, 20), "cancellation", None)]
    (sub,) = aggregate(cancelled, TODAY)
    assert (sub.status, sub.next_renewal) == ("cancelled", None)
    resubscribed = [*cancelled, *monthly(date(2026, 10, 10), 2)]
    (sub,) = aggregate(resubscribed, TODAY)
    assert sub.status == "active"


def test_receipts_that_stop_mean_inactive() -> None:
    (sub,) = aggregate(monthly(date(2025, 12, 3), 5), TODAY)
    assert (sub.status, sub.next_renewal) == ("inactive", None)


def test_trial_that_has_not_ended_is_active_until_its_end() -> None:
    (sub,) = aggregate([f(date(2026, 11, 25), "trial_ending", "69.99", "yearly", date(2026, 12, 2))], TODAY)
    assert (sub.status, sub.next_renewal, sub.trial_ends_on) == (
        "active",
        date(2026, 12, 2),
        date(2026, 12, 2),
    )
    assert (sub.cycle, sub.amount) == ("yearly", Decimal("69.99"))


def test_a_trial_that_turned_into_its_plan_runs_on_without_emailed_receipts() -> None:
    ending = f(date(2026, 8, 25), "trial_ending", "9.99", "monthly", date(2026, 9, 1))
    (sub,) = aggregate([ending], TODAY)
    assert (sub.status, sub.next_renewal, sub.amount) == ("active", date(2026, 12, 1), Decimal("9.99"))


def test_a_trial_that_ended_with_no_charge_after_it_is_not_active() -> None:
    ending = f(date(2026, 11, 1), "trial_ending", "69.99", "yearly", date(2026, 11, 8))
    (sub,) = aggregate([ending, f(date(2026, 11, 8), "trial_ended", None)], TODAY)
    assert (sub.status, sub.next_renewal, sub.trial_ends_on) == ("inactive", None, None)
    (alone,) = aggregate([f(date(2026, 11, 20), "trial_ended", None)], TODAY)
    assert alone.status == "inactive"


def test_a_trial_that_ended_into_a_charge_is_the_paid_plan() -> None:
    ending = f(date(2026, 11, 1), "trial_ending", "69.99", "yearly", date(2026, 11, 8))
    over = f(date(2026, 11, 8), "trial_ended", None)
    (sub,) = aggregate([ending, over, f(date(2026, 11, 8), amount="69.99", cycle="yearly")], TODAY)
    assert (sub.status, sub.amount, sub.next_renewal) == ("active", Decimal("69.99"), date(2027, 11, 8))
    # A charge from before the trial ended (an earlier plan) says nothing of what followed it.
    (before,) = aggregate([f(date(2026, 10, 8), amount="69.99", cycle="yearly"), over], TODAY)
    assert before.status == "inactive"


def test_yearly_from_stated_cycle_with_a_single_receipt() -> None:
    (sub,) = aggregate([f(date(2026, 2, 2), amount="119.88", cycle="yearly")], TODAY)
    assert (sub.cycle, sub.next_renewal, sub.status) == ("yearly", date(2027, 2, 2), "active")


def test_idempotent_and_order_independent() -> None:
    findings = [*monthly(date(2026, 1, 10), 11), f(date(2026, 7, 1), "payment_failed")]
    other = ServiceId("Netflix", "netflix", True)
    findings += [f(d.occurred_on, service=other, amount="17.99") for d in monthly(date(2026, 2, 8), 10)]
    first = [s.to_json() for s in aggregate(findings, TODAY)]
    shuffled = findings[:]
    random.Random(7).shuffle(shuffled)
    doubled = shuffled + findings  # the same messages seen twice (a re-scan)
    assert [s.to_json() for s in aggregate(doubled, TODAY)] == first
    assert [s.name for s in aggregate(findings, TODAY)] == ["Netflix", "Streamwave"]


def test_forwarded_copy_of_a_receipt_is_not_a_second_charge() -> None:
    receipts = monthly(date(2026, 6, 16), 6)
    copy = f(receipts[2].occurred_on + timedelta(days=2), mid="<fwd@gmail.com>")
    (sub,) = aggregate([*receipts, copy], TODAY)
    assert len(sub.evidence) == 6
    assert sub.cycle == "monthly"


def test_names_merge_across_senders() -> None:
    via_store = ServiceId("Spotify", "spotify", True)
    direct = ServiceId("Spotify", "spotify", True)
    subs = aggregate([f(date(2026, 10, 1), service=via_store), f(date(2026, 11, 1), service=direct)], TODAY)
    assert [(s.name, s.key, s.cycle) for s in subs] == [("Spotify", "spotify", "monthly")]


def test_incremental_scan_merged_with_the_previous_one_equals_a_full_scan() -> None:
    findings = monthly(date(2026, 1, 10), 11)
    full = aggregate(findings, TODAY)
    earlier = aggregate(findings[:9], date(2026, 9, 12))
    latest = aggregate(findings[9:], TODAY)
    assert latest[0].cycle == "monthly"
    merged = merge_subscriptions(earlier, latest, TODAY)
    assert [s.to_json() for s in merged] == [s.to_json() for s in full]
    assert len(merged[0].evidence) == 11


def test_price_change_only_notice_points_to_the_next_renewal() -> None:
    notice = f(date(2026, 11, 10), "price_change", "12.99", cycle="monthly", next_date=date(2026, 12, 14))
    (sub,) = aggregate([notice], TODAY)
    assert sub.status == "active"
    assert sub.next_renewal == date(2026, 12, 14)
    assert sub.amount == Decimal("12.99")
    cancelled = [notice, f(date(2026, 11, 20), "cancellation", None)]
    (sub,) = aggregate(cancelled, TODAY)
    assert sub.status == "cancelled"
    stale = f(date(2025, 3, 1), "price_change", "12.99", cycle="monthly", next_date=date(2025, 4, 1))
    (sub,) = aggregate([stale], TODAY)
    assert sub.status == "inactive"


def test_a_charge_on_the_day_a_new_price_starts_says_what_it_really_costs() -> None:
    notice = f(date(2026, 10, 5), "price_change", "11.99", next_date=date(2026, 11, 2))
    findings = [*monthly(date(2026, 4, 2), 7), notice]
    (sub,) = aggregate(findings, date(2026, 10, 20))
    assert (sub.amount, sub.price_since) == (Decimal("11.99"), date(2026, 11, 2))
    (sub,) = aggregate([*findings, f(date(2026, 11, 2), amount="12.49")], TODAY)
    assert (sub.amount, sub.price_since) == (Decimal("12.49"), None), "the charge wins over the notice"


def test_the_announced_price_survives_an_incremental_scan() -> None:
    receipts = monthly(date(2026, 4, 14), 7)
    notice = f(date(2026, 11, 1), "price_change", "11.99", next_date=date(2026, 12, 14))
    earlier = aggregate([*receipts[:-1], notice], date(2026, 11, 2))
    latest = aggregate([receipts[-1]], date(2026, 11, 15))  # the old price charged after the notice
    (merged,) = merge_subscriptions(earlier, latest, date(2026, 11, 15))
    (full,) = aggregate([*receipts, notice], date(2026, 11, 15))
    assert (
        (merged.amount, merged.price_since)
        == (full.amount, full.price_since)
        == (
            Decimal("11.99"),
            date(2026, 12, 14),
        )
    )


def test_a_lone_charge_naming_no_cycle_long_past_any_shorter_cycle_is_yearly_but_to_confirm() -> None:
    from app.detection.types import needs_confirmation

    (sub,) = aggregate([f(date(2026, 2, 19), amount="75.00")], TODAY)
    assert (sub.cycle, sub.status, sub.next_renewal) == ("yearly", "active", date(2027, 2, 19))
    assert needs_confirmation(sub), "a cycle inferred from silence is the person's to confirm"
    (recent,) = aggregate([f(date(2026, 8, 19), amount="75.00")], TODAY)
    assert recent.cycle == "unknown", "a quarterly or half-yearly charge would not have come again yet"
    (stated,) = aggregate([f(date(2026, 2, 19), amount="75.00", cycle="yearly")], TODAY)
    assert not needs_confirmation(stated)


def test_a_lone_automatic_payment_silent_past_any_shorter_cycle_is_trusted_as_yearly() -> None:
    """An automatic payment (a direct debit) is mailed at each charge alike: nine silent months
    measure the cycle as surely as a second receipt would."""
    from app.detection.types import needs_confirmation

    standing = replace(f(date(2026, 2, 19), amount="75.00"), standing=True)
    (sub,) = aggregate([standing], TODAY)
    assert (sub.cycle, sub.status, sub.next_renewal) == ("yearly", "active", date(2027, 2, 19))
    assert not needs_confirmation(sub)
    (recent,) = aggregate([replace(standing, occurred_on=date(2026, 8, 19))], TODAY)
    assert (recent.cycle, needs_confirmation(recent)) == ("unknown", True)


def test_a_bare_dollar_is_read_in_the_dollar_the_rest_of_the_mailbox_is_in() -> None:
    def dollars(name: str, currency: str, assumed: bool) -> list[Finding]:
        service = ServiceId(name, f"domain:{name.lower()}.example", False)
        return [
            replace(x, currency=currency, currency_assumed=assumed)
            for x in (f(date(2026, m, 3), service=service) for m in (9, 10, 11))
        ]

    mailbox = [*dollars("Gridpower", "AUD", False), *dollars("Waterco", "AUD", False)]
    phone = dollars("Telco", "USD", True)
    by_name = {s.name: s.currency for s in aggregate([*mailbox, *phone], TODAY)}
    assert by_name == {"Gridpower": "AUD", "Waterco": "AUD", "Telco": "AUD"}
    # One other service is not a mailbox's currency; a decided USD is never moved.
    lone = {s.name: s.currency for s in aggregate([*dollars("Gridpower", "AUD", False), *phone], TODAY)}
    assert lone["Telco"] == "USD"
    decided = dollars("Cloudco", "USD", False)
    assert {s.name: s.currency for s in aggregate([*mailbox, *decided], TODAY)}["Cloudco"] == "USD"


def test_a_fortnightly_plan_stays_fortnightly_when_most_receipts_are_gone() -> None:
    joined = f(date(2026, 1, 3), "renewal_notice", "33.90", cycle="biweekly", next_date=date(2026, 1, 5))
    kept = [date(2026, 1, 5), date(2026, 6, 22), date(2026, 9, 14), date(2026, 11, 23)]
    receipts = [f(d, amount="33.90", cycle="biweekly", next_date=d + timedelta(days=14)) for d in kept]
    (sub,) = aggregate([joined, *receipts], TODAY)
    assert (sub.cycle, sub.status, sub.next_renewal) == ("biweekly", "active", date(2026, 12, 7))
    # Receipts alone saying a week or two to the next date are as often a bill's days to its debit.
    (bill,) = aggregate(receipts, TODAY)
    assert bill.cycle != "biweekly"


def test_instalments_by_direct_debit_mailed_once_stay_active() -> None:
    """An insurer mails the renewal and the first instalment; the eleven debits after are not mailed."""
    notice = replace(
        f(date(2026, 5, 20), "renewal_notice", "38.17", cycle="monthly", next_date=date(2026, 6, 28)),
        standing=True,
    )
    first = f(date(2026, 6, 29), amount="38.17", cycle="monthly", next_date=date(2026, 7, 28))
    (sub,) = aggregate([notice, first], TODAY)
    assert (sub.status, sub.next_renewal) == ("active", date(2026, 12, 28))
    # Mailed receipts that stop are a stop, direct debit or not.
    mailed = [replace(x, standing=True) for x in monthly(date(2026, 1, 28), 5, "38.17")]
    (stopped,) = aggregate(mailed, TODAY)
    assert stopped.status == "inactive"


def test_a_plan_ended_after_failed_payments_is_inactive_not_cancelled() -> None:
    renewal = f(date(2026, 6, 24), "renewal_notice", "134.99", cycle="yearly", next_date=date(2026, 7, 9))
    failed = f(date(2026, 7, 9), "payment_failed", "134.99")
    ended = f(date(2026, 7, 24), "cancellation", None)
    (sub,) = aggregate([renewal, failed, ended], TODAY)
    assert sub.status == "inactive"
    (by_person,) = aggregate([renewal, ended], TODAY)
    assert by_person.status == "cancelled"


def test_bills_announced_two_and_three_months_apart_are_monthly_bills_partly_mailed() -> None:
    dues = [date(2026, 2, 7), date(2026, 4, 7), date(2026, 7, 8), date(2026, 10, 8), date(2026, 12, 8)]
    bills = [f(d - timedelta(days=14), "renewal_notice", "1701.00", next_date=d) for d in dues]
    (sub,) = aggregate(bills, TODAY)
    assert (sub.cycle, sub.status, sub.next_renewal) == ("monthly", "active", date(2026, 12, 8))


def test_a_coffee_plans_notices_weeks_apart_make_its_sparse_receipts_biweekly() -> None:
    findings = [
        f(date(2025, 12, 2), amount="9.50", cycle="biweekly"),
        f(date(2026, 6, 30), amount="9.95", cycle="biweekly"),
        f(date(2026, 7, 30), "renewal_notice", amount=None, next_date=date(2026, 8, 18)),
        f(date(2026, 8, 13), "renewal_notice", amount=None, next_date=date(2026, 9, 1)),
        f(date(2026, 11, 17), amount="9.95", cycle="biweekly"),
    ]
    (sub,) = aggregate(findings, TODAY)
    assert sub.cycle == "biweekly"


def test_two_direct_debits_a_bill_announces_eleven_months_apart_are_monthly() -> None:
    from dataclasses import replace as with_

    from app.detection.types import needs_confirmation

    notices = [
        with_(f(day, "renewal_notice", amount="142.00", next_date=due), kind="bill", standing=True)
        for day, due in ((date(2025, 12, 9), date(2026, 1, 5)), (date(2026, 11, 10), date(2026, 12, 5)))
    ]
    (sub,) = aggregate(notices, TODAY)
    assert (sub.cycle, sub.next_renewal) == ("monthly", date(2026, 12, 5))
    assert not needs_confirmation(sub)


def test_a_plan_switched_to_yearly_is_yearly() -> None:
    findings = [
        f(date(2026, 1, 9), amount="13.92", cycle="monthly"),
        f(date(2026, 4, 9), amount="13.92", cycle="monthly"),
        f(date(2026, 7, 9), amount="105.35", cycle="yearly"),
    ]
    (sub,) = aggregate(findings, TODAY)
    assert (sub.cycle, sub.amount, sub.next_renewal) == ("yearly", Decimal("105.35"), date(2027, 7, 9))


def test_one_receipt_naming_another_cycle_at_the_same_price_is_no_switch() -> None:
    findings = [
        f(date(2026, 3, 1), amount="98.47", cycle="quarterly"),
        f(date(2026, 6, 1), amount="98.47", cycle="quarterly"),
        f(date(2026, 9, 1), amount="98.47", cycle="quarterly"),
        f(date(2026, 11, 10), amount="103.09", cycle="yearly"),
    ]
    (sub,) = aggregate(findings, TODAY)
    assert sub.cycle == "quarterly"


def test_bills_that_all_say_monthly_stay_monthly_after_a_joining_mail_a_fortnight_before() -> None:
    findings = [
        f(date(2026, 5, 1), amount="42.00", cycle="monthly"),
        f(date(2026, 5, 17), amount="42.97", cycle="monthly"),
        f(date(2026, 7, 17), amount="46.12", cycle="monthly"),
        f(date(2026, 11, 17), amount="42.00", cycle="monthly"),
    ]
    (sub,) = aggregate(findings, TODAY)
    assert sub.cycle == "monthly"


def test_two_statements_due_on_the_same_day_a_year_apart_are_a_trusted_yearly_fee() -> None:
    from app.detection.types import needs_confirmation

    statements = [
        f(date(2025, 12, 12), "renewal_notice", amount="1389.47", next_date=date(2026, 1, 31)),
        f(date(2026, 1, 21), amount="1389.47"),
        f(date(2026, 11, 19), "renewal_notice", amount="1462.18", next_date=date(2027, 1, 31)),
    ]
    (sub,) = aggregate(statements, date(2026, 12, 1))
    assert (sub.cycle, sub.amount, sub.next_renewal) == ("yearly", Decimal("1462.18"), date(2027, 1, 31))
    assert not needs_confirmation(sub)
    # Two due dates on different days of the month measure nothing: still to confirm.
    loose = [
        f(date(2025, 12, 12), "renewal_notice", amount="40.00", next_date=date(2026, 1, 31)),
        f(date(2026, 11, 19), "renewal_notice", amount="40.00", next_date=date(2027, 1, 12)),
    ]
    (other,) = aggregate(loose, date(2026, 12, 1))
    assert needs_confirmation(other)
