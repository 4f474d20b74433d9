"""The European Central Bank's euro foreign exchange reference rates: reading its XML, fetching it.

The ECB publishes one set of rates per TARGET working day around 16:00 CET, no API key needed:
``eurofxref-daily.xml`` (the latest day) and ``eurofxref-hist-90d.xml`` (the last 90 days), both a
``gesmes:Envelope`` holding ``<Cube time="YYYY-MM-DD">`` days of ``<Cube currency="USD" rate="1.05"/>``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

import httpx

DAILY_FILE = "eurofxref-daily.xml"
NINETY_DAYS_FILE = "eurofxref-hist-90d.xml"
CUBE = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}Cube"
MAX_BYTES = 2_000_000
"""The 90-day file is about 40 KB; anything far larger is not the ECB's."""
FETCH_TIMEOUT = 30.0

DailyRates = dict[date, dict[str, Decimal]]
"""Per day, units of each currency per euro."""


class RatesError(Exception):
    """The rates could not be fetched or read; the message says why, in plain words."""


def parse_reference_rates(document: bytes) -> DailyRates:
    """Every day's rates in an ECB reference-rates document (expat refuses entity expansion bombs)."""
    try:
        root = ElementTree.fromstring(document)
    except ElementTree.ParseError as error:
        raise RatesError(f"the rates file is not XML ({error})") from error
    days: DailyRates = {}
    for cube in root.iter(CUBE):
        if "time" in cube.attrib:
            days[_day(cube.attrib["time"])] = {
                rate.attrib["currency"]: _rate(rate.attrib.get("rate", ""))
                for rate in cube
                if rate.tag == CUBE and "currency" in rate.attrib
            }
    if not days or not any(days.values()):
        raise RatesError("the file holds no reference rates")
    return days


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise RatesError(f"a day in the rates file is not a date: {text!r}") from error


def _rate(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise RatesError(f"a rate in the file is not a number: {text!r}") from error
    if not value.is_finite() or value <= 0:
        raise RatesError(f"a rate in the file is not positive: {text!r}")
    return value


async def fetch_reference_rates(base_url: str, file_name: str) -> DailyRates:
    """Download and read one of the ECB's files (``DAILY_FILE`` or ``NINETY_DAYS_FILE``)."""
    url = f"{base_url.rstrip('/')}/{file_name}"
    try:
        async with httpx.AsyncClient(timeout=FETCH_TIMEOUT, follow_redirects=True) as client:
            response = await client.get(url)
    except httpx.HTTPError as error:
        raise RatesError(f"could not reach {httpx.URL(url).host}: {error.__class__.__name__}") from error
    if response.status_code != 200:
        raise RatesError(f"{url} answered HTTP {response.status_code}")
    if len(response.content) > MAX_BYTES:
        raise RatesError(f"{url} sent {len(response.content)} bytes, more than a rates file holds")
    return parse_reference_rates(response.content)
