"""Rates kept per day in the database, converting with them, and the daily job that fetches them."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.currency.ecb import parse_reference_rates
from app.currency.jobs import fetch_rates
from app.currency.models import ExchangeRate
from app.currency.rates import Rates, convert, rates_on, store_rates
from app.lib.database import build_sqlalchemy_config, standalone_session
from tests.currency.ecb_server import DAYS, EcbServer, ecb_server, reference_rates_xml

RATES = Rates(on=date(2026, 12, 1), per_euro={"USD": Decimal("1.05"), "GBP": Decimal("0.84")})


def test_conversion_goes_through_the_euro_cross_rate() -> None:
    assert convert(Decimal("10.00"), "EUR", "USD", RATES) == Decimal("10.50")
    assert convert(Decimal("10.50"), "USD", "EUR", RATES) == Decimal("10.00")
    assert convert(Decimal("21.00"), "USD", "GBP", RATES) == Decimal("16.80")
    assert convert(Decimal("9.99"), "GBP", "GBP", RATES) == Decimal("9.99")


def test_a_currency_without_a_rate_converts_to_nothing_not_to_a_guess() -> None:
    assert convert(Decimal(5), "XYZ", "EUR", RATES) is None
    assert convert(Decimal(5), "EUR", "NGN", RATES) is None
    assert convert(Decimal(5), "NGN", "NGN", Rates()) == Decimal("5.00")


async def test_each_day_is_stored_once_and_the_newest_on_or_before_a_day_is_used(settings: Settings) -> None:
    days = parse_reference_rates(reference_rates_xml(DAYS).encode())
    async with standalone_session(settings) as session:
        assert await store_rates(session, days) == 3
        assert await store_rates(session, days) == 0
        rows = await session.scalar(select(func.count()).select_from(ExchangeRate))
        saturday = await rates_on(session, date(2026, 11, 28))
        later = await rates_on(session, date(2027, 1, 5))
        earlier = await rates_on(session, date(2026, 1, 1))
    assert rows == 15
    assert saturday.on == date(2026, 11, 27)
    assert saturday.per_euro["USD"] == Decimal("1.0475")
    assert later.on == date(2026, 12, 1)
    assert earlier.on == date(2026, 11, 27)


async def test_no_stored_rates_convert_only_within_a_currency(settings: Settings) -> None:
    async with standalone_session(settings) as session:
        rates = await rates_on(session, date(2026, 12, 2))
    assert rates.on is None
    assert rates.currencies == ["EUR"]


@pytest.fixture
def ecb() -> Iterator[EcbServer]:
    with ecb_server() as server:
        yield server


@pytest.fixture
def settings(settings: Settings, ecb: EcbServer) -> Settings:
    return dataclasses.replace(settings, ecb_rates_url=ecb.url)


async def _stored_days(settings: Settings) -> set[date]:
    async with standalone_session(settings) as session:
        return set(await session.scalars(select(ExchangeRate.on_date).distinct()))


async def _wait_for_days(settings: Settings, count: int) -> set[date]:
    for _ in range(200):
        if len(days := await _stored_days(settings)) >= count:
            return days
        await asyncio.sleep(0.05)
    raise AssertionError(f"rates not stored: {await _stored_days(settings)}")


@pytest.mark.usefixtures("worker")
async def test_a_starting_worker_fetches_90_days_into_an_empty_database(
    settings: Settings, ecb: EcbServer
) -> None:
    assert await _wait_for_days(settings, 3) == {date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)}
    assert ecb.requests == ["/stats/eurofxref/eurofxref-hist-90d.xml"]


async def test_the_daily_job_reads_only_the_daily_file_once_rates_are_recent(
    settings: Settings, ecb: EcbServer
) -> None:
    today = datetime.now(UTC).date()
    yesterday = (today - timedelta(days=1)).isoformat()
    async with standalone_session(settings) as session:
        await store_rates(
            session, parse_reference_rates(reference_rates_xml({yesterday: {"USD": "1.05"}}).encode())
        )
    ecb.serve_days({yesterday: {"USD": "1.05"}, today.isoformat(): {"USD": "1.0530", "GBP": "0.83300"}})
    db = build_sqlalchemy_config(settings)
    try:
        outcome = await fetch_rates({"settings": dataclasses.replace(settings, timezone="UTC"), "db": db})
    finally:
        await db.get_engine().dispose()
    assert outcome == {"added": 1, "newest": today.isoformat()}
    assert ecb.requests == ["/stats/eurofxref/eurofxref-daily.xml"]
    assert today in await _stored_days(settings)


async def test_with_no_rates_url_nothing_is_fetched(settings: Settings, ecb: EcbServer) -> None:
    outcome = await fetch_rates({"settings": dataclasses.replace(settings, ecb_rates_url="")})
    assert outcome == {"skipped": "ECB_RATES_URL is empty"}
    assert ecb.requests == []
