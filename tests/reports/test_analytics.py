"""Analytics on the known account: 12 months paid, 12 forecast, in the home currency."""

from __future__ import annotations

from decimal import Decimal

from app.config import Settings
from app.lib.database import standalone_session
from app.reports import analytics, charts
from app.reports.figures import holdings, money
from tests.reports.known_account import TODAY, create_known_account, store_rates


async def test_twelve_months_paid_and_twelve_forecast(settings: Settings) -> None:
    user_id = await create_known_account(settings)
    await store_rates(settings)
    async with standalone_session(settings) as session:
        held = await holdings(session, user_id)
        result = analytics.compute(held, await money(session, user_id, held, TODAY), TODAY)
    history = {p.month: p.total for p in result.history}
    assert next(iter(history)) == "2025-12"
    assert list(history)[-1] == "2026-11"
    assert {m: t for m, t in history.items() if t} == {
        "2026-02": Decimal("239.88"),  # Adobe's yearly renewal, known since January
        "2026-09": Decimal("30.00"),  # the Gym from when it was added; Netflix is known from October only
        "2026-10": Decimal("45.49"),
        "2026-11": Decimal("63.86"),
    }
    assert result.history_total == Decimal("379.23")
    forecast = {p.month: p.total for p in result.forecast}
    assert next(iter(forecast)) == "2026-12"
    assert list(forecast)[-1] == "2027-11"
    assert forecast["2027-02"] == Decimal("63.86") + Decimal("239.88")
    assert all(total == Decimal("63.86") for month, total in forecast.items() if month != "2027-02")
    assert result.forecast_total == Decimal("63.86") * 12 + Decimal("239.88")
    assert result.history[-1].seen == Decimal("33.86")
    assert result.forecast[0].seen == 0


async def test_the_cache_is_what_the_job_computed(settings: Settings) -> None:
    user_id = await create_known_account(settings)
    async with standalone_session(settings) as session:
        try:
            await analytics.cached(session, user_id)
        except analytics.AnalyticsNotReady:
            pass
        else:
            raise AssertionError("nothing is cached before the job ran")
        computed = await analytics.compute_and_store(session, user_id, TODAY)
        assert await analytics.cached(session, user_id) == computed


def test_the_chart_scales_bars_to_a_round_axis_top() -> None:
    from app.reports.schemas import MonthPoint

    points = [
        MonthPoint(f"2026-{m:02d}", f"M{m}", Decimal(v), Decimal(v), Decimal(0))
        for m, v in ((1, 0), (2, 180))
    ]
    chart = charts.bar_chart([("history", points[:1]), ("forecast", points[1:])])
    assert chart.ticks[-1].value == 200, "the axis tops out at a round 200 above 180"
    empty, tall = chart.bars
    assert empty.height == 0
    assert tall.kind == "forecast"
    assert tall.height == round(0.9 * (chart.baseline - 12), 1)
