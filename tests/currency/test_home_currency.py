"""A home currency per person: totals per month and per year converted into it, split by kind and
category, with what the stopped ones would cost; each subscription keeps its own currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.currency.ecb import parse_reference_rates
from app.currency.rates import Rates, store_rates
from app.lib.database import standalone_session
from app.subscriptions.models import Subscription
from app.subscriptions.totals import UNCATEGORISED, totals
from tests.currency.ecb_server import reference_rates_xml
from tests.support import bearer_for
from tests.test_spine import demo_sign_in

RATES_DAY = {"2026-12-01": {"USD": "1.0500", "GBP": "0.8400", "SEK": "11.5000"}}


async def _store(settings: Settings) -> None:
    async with standalone_session(settings) as session:
        await store_rates(session, parse_reference_rates(reference_rates_xml(RATES_DAY).encode()))


async def _add(client: AsyncTestClient[Litestar], headers: dict[str, str], **fields: str) -> dict[str, Any]:
    response = await client.post("/api/subscriptions", headers=headers, json=fields)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _payments(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> None:
    await _add(client, headers, name="Netflix", amount="10.50", currency="USD", cycle="monthly",
               category="Streaming")  # fmt: skip
    await _add(client, headers, name="Spotify", amount="8.40", currency="GBP", cycle="monthly",
               category="Streaming")  # fmt: skip
    await _add(client, headers, name="Domain", amount="120.00", currency="EUR", cycle="yearly")
    await _add(client, headers, name="Power", amount="60.00", currency="EUR", cycle="monthly", kind="bill",
               category="Home")  # fmt: skip
    gym = await _add(client, headers, name="Gym", amount="30.00", currency="EUR", cycle="monthly")
    cancelled = await client.patch(
        f"/api/subscriptions/{gym['id']}", headers=headers, json={"status": "cancelled"}
    )
    assert cancelled.status_code == 200, cancelled.text


async def test_totals_are_converted_into_the_chosen_home_currency(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await _store(settings)
    headers = await bearer_for(settings, "home@example.com")
    await _payments(client, headers)

    chosen = await client.put("/api/settings/currency", headers=headers, json={"homeCurrency": "EUR"})
    assert chosen.status_code == 200
    assert chosen.json()["homeCurrency"] == "EUR"
    assert chosen.json()["ratesOn"] == "2026-12-01"
    assert {"EUR", "USD", "GBP", "SEK"} <= set(chosen.json()["currencies"])

    t = (await client.get("/api/subscriptions/totals", headers=headers)).json()
    # 10.50 USD = 10 EUR, 8.40 GBP = 10 EUR, 120 EUR/yr = 10 EUR/mo, bill 60 EUR
    assert t["currency"] == "EUR"
    assert t["ratesOn"] == "2026-12-01"
    assert (t["active"]["perMonth"], t["active"]["perYear"]) == ("90.00", "1080.00")
    assert t["subscriptions"]["perMonth"] == "30.00"
    assert t["bills"]["perMonth"] == "60.00"
    assert [(c["category"], c["total"]["perMonth"]) for c in t["byCategory"]] == [
        ("Home", "60.00"),
        ("Streaming", "20.00"),
        (UNCATEGORISED, "10.00"),
    ]
    assert (t["stopped"]["count"], t["stopped"]["perMonth"], t["stopped"]["perYear"]) == (
        1,
        "30.00",
        "360.00",
    )

    await client.put("/api/settings/currency", headers=headers, json={"homeCurrency": "sek"})
    t = (await client.get("/api/subscriptions/totals", headers=headers)).json()
    assert (t["currency"], t["active"]["perMonth"]) == ("SEK", "1035.00")
    listed = {
        s["name"]: (s["amount"], s["currency"])
        for s in (await client.get("/api/subscriptions", headers=headers)).json()
    }
    assert listed["Netflix"] == ("10.50", "USD"), "each subscription keeps its own currency"


async def test_a_currency_without_a_rate_is_refused_and_nothing_changes(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await _store(settings)
    headers = await bearer_for(settings, "norate@example.com")
    refused = await client.put("/api/settings/currency", headers=headers, json={"homeCurrency": "XYZ"})
    assert refused.status_code == 400
    assert "XYZ has no ECB reference rate" in refused.text
    assert refused.json()["extra"] == [{"key": "homeCurrency", "message": "XYZ has no ECB reference rate"}]
    unknown_field = await client.put("/api/settings/currency", headers=headers, json={"currency": "EUR"})
    assert unknown_field.status_code == 400
    assert (await client.get("/api/settings/currency", headers=headers)).json()["homeCurrency"] is None


def _sub(amount: str, currency: str, cycle: str = "monthly", **extra: Any) -> Subscription:
    return Subscription(name="x", key="x", amount=Decimal(amount), currency=currency, cycle=cycle,
                        status="active", kind="subscription", **extra)  # fmt: skip


def test_an_amount_with_no_rate_is_shown_beside_the_total_never_guessed() -> None:
    rates = Rates(on=date(2026, 12, 1), per_euro={"USD": Decimal("1.05")})
    t = totals([_sub("10.50", "USD"), _sub("1000", "NGN"), _sub("5", "EUR", cycle="unknown")], "EUR", rates)
    assert t.active.month == Decimal("10.00")
    assert t.active.unconverted_per_month() == {"NGN": Decimal("1000.00")}
    assert t.without_amount == 1


def test_without_rates_only_the_home_currency_adds_up() -> None:
    t = totals([_sub("12", "EUR"), _sub("52", "USD", cycle="weekly")], "EUR", Rates())
    assert t.active.month == Decimal("12.00")
    assert t.active.unconverted_per_month() == {"USD": Decimal("225.33")}
    assert t.rates_on is None


async def test_until_one_is_chosen_totals_are_in_the_currency_most_payments_use(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await _store(settings)
    headers = await bearer_for(settings, "unchosen@example.com")
    await _add(client, headers, name="A", amount="1.05", currency="USD", cycle="monthly")
    await _add(client, headers, name="B", amount="2.10", currency="USD", cycle="monthly")
    await _add(client, headers, name="C", amount="1.00", currency="EUR", cycle="monthly")
    t = (await client.get("/api/subscriptions/totals", headers=headers)).json()
    assert (t["currency"], t["active"]["perMonth"]) == ("USD", "4.20")


async def test_the_settings_card_saves_the_choice_and_the_dashboard_shows_converted_totals(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await _store(settings)
    csrf = await demo_sign_in(client)
    settings_page = await client.get("/settings")
    assert 'id="home-currency"' in settings_page.text
    assert "reference rates of 1 Dec 2026" in settings_page.text

    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    card = await client.post("/settings/currency", headers=htmx, data={"currency": "GBP"})
    assert card.status_code == 200
    assert "Saved" in card.text
    assert '<option value="GBP" selected>' in card.text
    wrong = await client.post("/settings/currency", headers=htmx, data={"currency": "Monopoly"})
    assert "has no reference rate" in wrong.text
    plain = await client.post(
        "/settings/currency", data={"currency": "USD", "_csrf_token": csrf}, follow_redirects=False
    )
    assert plain.status_code in (302, 303)
    assert plain.headers["location"] == "/settings?notice=currency-saved#home-currency"

    fields = {"name": "Netflix", "amount": "15.49", "currency": "GBP", "cycle": "monthly"}
    assert (await client.post("/subscriptions", headers=htmx, data=fields)).status_code == 200
    dashboard = await client.get("/")
    assert "Per year" in dashboard.text
    assert "£15.49" in dashboard.text, "the row keeps its own currency"
    assert "$19.36" in dashboard.text, "the total is converted: 15.49 / 0.84 * 1.05"
    assert "Totals in USD at the European Central Bank's rates of 1 Dec 2026" in dashboard.text
