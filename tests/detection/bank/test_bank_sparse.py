"""Sparse evidence (few charges, skipped weeks, a statement that ends early): active until told otherwise."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.detection.bank.recurring import detect_recurring
from app.detection.bank.transactions import Transaction
from app.detection.types import DetectedSubscription

TODAY = date(2026, 11, 29)


def charge(day: date, amount: str, description: str) -> Transaction:
    return Transaction(f"{description}-{day}", "acct", day, Decimal(amount), "EUR", description)


def groceries(start: date, weeks: int) -> list[Transaction]:
    """Background noise: a supermarket every few days at varying amounts."""
    return [
        charge(start + timedelta(days=3 * k + 1), f"-{31 + (k * 7) % 40}.15", "REWE MARKT 4411")
        for k in range(weeks * 2)
    ]


def only(found: list[DetectedSubscription], name_part: str) -> DetectedSubscription:
    matches = [item for item in found if name_part.lower() in item.name.lower()]
    assert len(matches) == 1, [item.name for item in found]
    return matches[0]


def test_a_gym_with_two_direct_debits_is_an_active_monthly_subscription() -> None:
    debits = [
        charge(date(2026, 10, 1), "-29.90", "SEPA-LASTSCHRIFT FITNESSWORLD GMBH MANDATSREF 88213"),
        charge(date(2026, 11, 2), "-29.90", "SEPA-LASTSCHRIFT FITNESSWORLD GMBH MANDATSREF 88213"),
    ]
    gym = only(detect_recurring(debits + groceries(date(2026, 9, 1), 12), today=TODAY), "fitnessworld")
    assert (gym.cycle, gym.status, gym.kind, gym.amount) == (
        "monthly",
        "active",
        "subscription",
        Decimal("29.90"),
    )
    assert gym.next_renewal == date(2026, 12, 1)


def test_a_domain_renewed_once_a_year_is_active_until_the_next_renewal() -> None:
    renewals = [
        charge(date(2025, 3, 10), "-15.50", "GANDI SAS PARIS"),
        charge(date(2026, 3, 10), "-15.50", "GANDI SAS PARIS"),
    ]
    domain = only(detect_recurring(renewals + groceries(date(2025, 1, 1), 90), today=TODAY), "gandi")
    assert (domain.cycle, domain.status, domain.next_renewal) == ("yearly", "active", date(2027, 3, 10))


def test_a_weekly_meal_kit_with_skipped_weeks_stays_weekly_and_active() -> None:
    skipped = {3, 4, 9, 13, 14, 15}
    boxes = [
        charge(date(2026, 8, 6) + timedelta(weeks=k), "-59.99", "GOUSTO LTD LONDON")
        for k in range(17)
        if k not in skipped
    ]
    kit = only(detect_recurring(boxes + groceries(date(2026, 8, 1), 17), today=TODAY), "gousto")
    assert (kit.cycle, kit.status, kit.amount) == ("weekly", "active", Decimal("59.99"))


def test_a_monthly_service_in_a_statement_that_ends_early_stays_active() -> None:
    """The statement was exported in June; nothing in it says the service stopped."""
    months = [date(2026, m, 14) for m in range(1, 7)]
    service = [charge(day, "-7.99", "PADDLE.NET* NOTEPLAN") for day in months]
    found = only(detect_recurring(service + groceries(date(2026, 1, 1), 24), today=TODAY), "noteplan")
    assert (found.cycle, found.status) == ("monthly", "active")
    assert found.next_renewal == date(2026, 12, 14)


def test_a_service_that_stopped_while_the_statement_went_on_is_inactive() -> None:
    service = [charge(date(2026, m, 14), "-7.99", "PADDLE.NET* NOTEPLAN") for m in range(1, 6)]
    found = only(detect_recurring(service + groceries(date(2026, 1, 1), 45), today=TODAY), "noteplan")
    assert (found.status, found.next_renewal) == ("inactive", None)


def test_a_weekly_meal_kit_whose_latest_weeks_were_skipped_stays_active() -> None:
    """Skipping two weeks at a time is this kit's habit; the last two weeks' silence is one more."""
    weeks = [k for k in range(16) if k not in {3, 4, 9, 10, 14, 15}]
    boxes = [charge(date(2026, 8, 13) + timedelta(weeks=k), "-59.99", "GOUSTO LTD LONDON") for k in weeks]
    shopping = groceries(date(2026, 8, 1), 20)  # the statement goes on to 27 November
    kit = only(detect_recurring(boxes + shopping, today=TODAY), "gousto")
    assert (kit.cycle, kit.status) == ("weekly", "active")
    assert kit.next_renewal == date(2026, 12, 3), "the next box after the statement's end"


def test_one_missed_month_once_does_not_keep_a_stopped_service_alive() -> None:
    months = [1, 2, 3, 5, 6]  # April missed once; nothing after June while the statement goes on to August
    service = [charge(date(2026, m, 14), "-7.99", "PADDLE.NET* NOTEPLAN") for m in months]
    found = only(detect_recurring(service + groceries(date(2026, 1, 1), 37), today=TODAY), "noteplan")
    assert found.status == "inactive"


# The Sparkasse export in ../shared (bank2ynab's umsatz CSV) words a Vodafone debit this way.
VODAFONE = (
    "Vodafone Kabel Deutschland GmbH FOLGELASTSCHRIFT EREF+RECHNR. 100532580591MREF+KD020007057822"
    "CRED+DE20KD000000058294SVWZ+10/2026 K-NR. 132587495 Ihre Rechnung online"
)


def test_a_lone_direct_debit_under_a_mandate_is_a_possible_subscription() -> None:
    debit = charge(date(2026, 10, 22), "-36.99", VODAFONE)
    found = only(detect_recurring([debit, *groceries(date(2026, 9, 1), 12)], today=TODAY), "vodafone")
    assert (found.amount, found.cycle, found.status, found.kind) == (
        Decimal("36.99"),
        "unknown",
        "active",
        "bill",
    )
    assert found.to_json()["possible"] is True
    assert [e.ref for e in found.evidence] == [debit.id]


def test_a_lone_debit_without_a_mandate_or_a_refund_under_one_is_no_subscription() -> None:
    lone = [
        charge(date(2026, 10, 22), "-74.10", "SEPA DD ACME INSURANCE"),  # no mandate reference
        charge(date(2026, 10, 23), "36.99", VODAFONE),  # money in: a refund, not a charge
        charge(date(2024, 6, 3), "-36.99", "GYMCO Mandatsreferenz: M-88213"),  # years ago, never again
    ]
    found = detect_recurring([*lone, *groceries(date(2026, 9, 1), 12)], today=TODAY)
    assert found == []


def test_the_same_amount_on_the_same_day_of_two_months_is_a_possible_subscription() -> None:
    """KBC's card export (in ../shared) masks the merchant, but a billing system's charge shows."""
    card = [charge(date(2026, 9, 1), "-16.52", "More info"), charge(date(2026, 10, 1), "-16.52", "More info")]
    found = only(
        detect_recurring(card + groceries(date(2026, 9, 1), 6), today=date(2026, 10, 20)), "more info"
    )
    assert (found.amount, found.cycle, found.kind) == (Decimal("16.52"), "monthly", "subscription")
    assert found.to_json()["possible"] is True


def test_an_unplaced_pair_on_different_days_or_at_different_amounts_or_naming_a_code_is_not() -> None:
    pairs = [
        charge(date(2026, 9, 10), "-16.52", "Kabelwerk Ost"),
        charge(date(2026, 10, 4), "-16.52", "Kabelwerk Ost"),  # another day of the month
        charge(date(2026, 9, 1), "-21.40", "Acme Media"),
        charge(date(2026, 10, 1), "-23.90", "Acme Media"),  # another amount
        charge(date(2026, 9, 1), "-10.00", "N000"),
        charge(date(2026, 10, 1), "-10.00", "N000"),  # an MT940 type code, not a payee
    ]
    assert detect_recurring(pairs + groceries(date(2026, 9, 1), 6), today=date(2026, 10, 20)) == []


def test_two_transfers_from_ones_own_account_made_by_hand_are_no_standing_order() -> None:
    """ASN Bank's statement: 1000.00 and 1000.18 moved in 'via mobiel' on the 5th and the 31st."""
    moves = [
        Transaction(
            "a", "acct", date(2020, 1, 5), Decimal("1000.00"), "EUR", "paulissen INTERNE OVERBOEKING"
        ),
        Transaction(
            "b", "acct", date(2020, 1, 31), Decimal("1000.18"), "EUR", "paulissen INTERNE OVERBOEKING"
        ),
    ]
    assert detect_recurring(moves, today=date(2020, 1, 31)) == []
    monthly = [
        Transaction(
            "c", "acct", date(2020, 1, 1), Decimal("1000.00"), "EUR", "paulissen INTERNE OVERBOEKING"
        ),
        Transaction(
            "d", "acct", date(2020, 2, 3), Decimal("1000.00"), "EUR", "paulissen INTERNE OVERBOEKING"
        ),
    ]
    [order] = detect_recurring(monthly, today=date(2020, 2, 3))
    assert (order.kind, order.cycle) == ("transfer", "monthly")


def test_two_equal_payments_a_week_apart_as_the_statement_ends_are_a_possible_weekly_series() -> None:
    """Rabobank's statement (in ../shared): 25.00 on two Tuesdays running, then the file ends."""
    pair = [charge(date(2026, 10, 6), "-25.00", "CONTRA ACCOUNT HOLDER")]
    pair += [charge(date(2026, 10, 13), "-25.00", "CONTRA ACCOUNT HOLDER")]
    found = only(detect_recurring(pair + groceries(date(2026, 9, 1), 6), today=date(2026, 10, 15)), "contra")
    assert (found.amount, found.cycle, found.status) == (Decimal("25.00"), "weekly", "active")
    assert found.next_renewal == date(2026, 10, 20)
    assert found.to_json()["possible"] is True


def test_a_weekly_pair_of_a_payee_named_for_a_membership_is_only_possible_too() -> None:
    pair = [
        charge(date(2026, 10, 6), "-12.00", "FLEX FITNESS"),
        charge(date(2026, 10, 13), "-12.00", "FLEX FITNESS"),
    ]
    found = only(detect_recurring(pair, today=date(2026, 10, 15)), "flex")
    assert (found.cycle, found.to_json()["possible"]) == ("weekly", True)


def test_a_weekly_pair_the_statement_goes_on_past_or_not_exactly_a_week_apart_or_unequal_is_not() -> None:
    pairs = [
        charge(date(2026, 9, 1), "-25.00", "Contra Account Holder"),
        charge(date(2026, 9, 8), "-25.00", "Contra Account Holder"),  # three weeks of data after it
        charge(date(2026, 10, 1), "-12.00", "Kabelwerk Ost"),
        charge(date(2026, 10, 9), "-12.00", "Kabelwerk Ost"),  # eight days apart
        charge(date(2026, 10, 2), "-21.40", "Acme Media"),
        charge(date(2026, 10, 9), "-23.90", "Acme Media"),  # another amount
        charge(date(2026, 10, 2), "-20.00", "ZELLE TO JOHN DOE"),
        charge(date(2026, 10, 9), "-20.00", "ZELLE TO JOHN DOE"),  # a person paid twice by hand
    ]
    assert detect_recurring(pairs + groceries(date(2026, 9, 1), 6), today=date(2026, 10, 12)) == []
