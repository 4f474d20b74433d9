"""The monthly report's figures on a known account (worked out by hand in ``known_account``), its job on
the 1st at the person's send hour, and its email when the person opted in."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.config import Settings
from app.lib.database import standalone_session
from app.reports import monthly
from app.reports.figures import holdings, money
from app.reports.jobs import could_be_due, due_month
from app.reports.months import MonthError
from app.reports.schemas import MonthlyReport
from tests.reports.known_account import TODAY, create_known_account, store_rates


async def _report(settings: Settings, month: str = "2026-11") -> MonthlyReport:
    user_id = await create_known_account(settings)
    await store_rates(settings)
    async with standalone_session(settings) as session:
        held = await holdings(session, user_id)
        return monthly.build(held, await money(session, user_id, held, TODAY), month, TODAY)


async def test_last_month_against_the_month_before_in_the_home_currency(settings: Settings) -> None:
    report = await _report(settings)
    assert (report.month, report.label, report.previous_label) == ("2026-11", "November 2026", "October 2026")
    assert report.currency == "EUR"
    assert str(report.rates_on) == "2026-11-30"
    # 17.99 Netflix + 10.99 USD = 9.99 + 30.00 Gym (scheduled) + 5.00 GBP = 5.88; not possible, ignored
    assert report.total == Decimal("63.86")
    assert report.previous_total == Decimal("45.49"), "15.49 Netflix + 30.00 Gym; Spotify was not known yet"
    assert (report.change, report.change_percent) == (Decimal("18.37"), 40)
    assert (report.seen, report.scheduled) == (Decimal("33.86"), Decimal("30.00"))


async def test_by_category_and_by_currency(settings: Settings) -> None:
    report = await _report(settings)
    assert [(s.name, s.amount, s.previous, s.percent, s.previous_percent) for s in report.by_category] == [
        ("Health", Decimal("30.00"), Decimal("30.00"), 100, 100),
        ("Streaming", Decimal("17.99"), Decimal("15.49"), 59, 51),
        ("Music", Decimal("9.99"), Decimal(0), 33, 0),
        ("Uncategorised", Decimal("5.88"), Decimal(0), 19, 0),
    ]
    assert [(c.currency, c.amount, c.converted) for c in report.by_currency] == [
        ("EUR", Decimal("47.99"), Decimal("47.99")),
        ("USD", Decimal("10.99"), Decimal("9.99")),
        ("GBP", Decimal("5.00"), Decimal("5.88")),
    ]
    sources = {(p.name, p.source) for p in report.payments}
    assert sources == {
        ("Netflix", "charged"),
        ("Spotify", "receipt"),
        ("Gym", "scheduled"),
        ("Corner Shop", "charged"),
    }


async def test_found_price_increases_next_month_and_big_yearly(settings: Settings) -> None:
    report = await _report(settings)
    assert [(n.name, str(n.found_on)) for n in report.new_subscriptions] == [("Spotify", "2026-11-12")]
    [increase] = report.price_increases
    assert (increase.name, str(increase.since), increase.old_amount, increase.new_amount) == (
        "Netflix", "2026-11-05", Decimal("15.49"), Decimal("17.99")
    )  # fmt: skip
    assert report.next_month.label == "December 2026"
    assert [(line.name, str(line.day)) for line in report.next_month.lines] == [
        ("Corner Shop", "2026-12-03"),
        ("Netflix", "2026-12-05"),
        ("Spotify", "2026-12-12"),
        ("Gym", "2026-12-20"),
    ]
    assert report.next_month.total == Decimal("63.86")
    assert [(line.name, str(line.day), line.amount) for line in report.big_yearly] == [
        ("Adobe", "2027-02-10", Decimal("239.88"))
    ]


async def test_a_stored_report_reads_back_the_same_and_a_bad_month_is_refused(settings: Settings) -> None:
    user_id = await create_known_account(settings)
    await store_rates(settings)
    async with standalone_session(settings) as session:
        built = await monthly.build_and_store(session, user_id, "2026-11", TODAY)
        again = await monthly.stored(session, user_id, "2026-11")
        assert again == built
        assert [s.month for s in await monthly.summaries(session, user_id)] == ["2026-11"]
        for bad in ("2026-13", "november", "2026"):
            with pytest.raises(MonthError, match="not a month"):
                await monthly.stored(session, user_id, bad)


def test_the_report_is_due_on_the_first_at_the_send_hour_in_the_persons_zone() -> None:
    paris, tokyo = ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Tokyo")
    assert due_month(datetime(2026, 12, 1, 7, 59, tzinfo=UTC), paris, 9) is None, "08:59 in Paris"
    assert due_month(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), paris, 9) == "2026-11"
    assert due_month(datetime(2026, 11, 30, 23, 0, tzinfo=UTC), tokyo, 8) == "2026-11", (
        "08:00 on the 1st there"
    )
    assert due_month(datetime(2026, 12, 5, 3, 0, tzinfo=UTC), paris, 9) == "2026-11", "caught up to the 7th"
    assert due_month(datetime(2026, 12, 8, 12, 0, tzinfo=UTC), paris, 9) is None
    assert could_be_due(datetime(2026, 11, 30, 12, tzinfo=UTC)), "UTC+14 is on the 1st already"
    assert not could_be_due(datetime(2026, 11, 20, 12, tzinfo=UTC))
