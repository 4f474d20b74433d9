"""Reading the ECB's reference-rate files, and refusing what is not one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.currency.ecb import RatesError, fetch_reference_rates, parse_reference_rates
from tests.currency.ecb_server import DAYS, ecb_server, reference_rates_xml


def test_every_day_and_currency_of_the_90_day_file_is_read() -> None:
    days = parse_reference_rates(reference_rates_xml(DAYS).encode())
    assert sorted(days) == [date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)]
    assert days[date(2026, 12, 1)]["USD"] == Decimal("1.0512")
    assert days[date(2026, 12, 1)]["JPY"] == Decimal("158.32")
    assert set(days[date(2026, 11, 27)]) == {"USD", "JPY", "GBP", "CHF", "SEK"}


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b"<html>Service unavailable", "not XML"),
        (reference_rates_xml({}).encode(), "no reference rates"),
        (reference_rates_xml({"2026-12-01": {"USD": "n/a"}}).encode(), "not a number"),
        (reference_rates_xml({"2026-12-01": {"USD": "-1.05"}}).encode(), "not positive"),
        (reference_rates_xml({"1 Dec 2026": {"USD": "1.05"}}).encode(), "not a date"),
    ],
)
def test_a_file_that_is_not_reference_rates_is_refused_saying_why(document: bytes, reason: str) -> None:
    with pytest.raises(RatesError, match=reason):
        parse_reference_rates(document)


def test_an_entity_expansion_bomb_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8))
        + b"]><l>&i;</l>"
    )
    with pytest.raises(RatesError):
        parse_reference_rates(bomb)


async def test_fetching_reads_the_file_the_server_serves() -> None:
    with ecb_server() as ecb:
        days = await fetch_reference_rates(ecb.url, "eurofxref-daily.xml")
    assert list(days) == [date(2026, 12, 1)]
    assert ecb.requests == ["/stats/eurofxref/eurofxref-daily.xml"]


async def test_a_missing_file_or_an_unreachable_server_is_a_rates_error() -> None:
    with ecb_server() as ecb:
        with pytest.raises(RatesError, match="HTTP 404"):
            await fetch_reference_rates(ecb.url, "eurofxref-hist.xml")
        url = ecb.url
    with pytest.raises(RatesError, match=r"could not reach 127\.0\.0\.1"):
        await fetch_reference_rates(url, "eurofxref-daily.xml")
