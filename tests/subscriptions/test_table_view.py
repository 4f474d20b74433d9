"""The dashboard table searched, sorted and filtered by its address; initials; growth per row."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.lib.templating import badge_colour, initials
from app.subscriptions.table import TableView, TableViewError
from tests.test_spine import demo_sign_in

ROW_NAME = re.compile(r'<th scope="row">.*?href="/subscriptions/[0-9a-f-]{36}">([^<]+)</a>')
SOON = date.today() + timedelta(days=5)


async def add(client: AsyncTestClient[Litestar], csrf: str, name: str, amount: str, **fields: str) -> None:
    form = {"name": name, "amount": amount, "currency": "EUR", "cycle": "monthly", **fields}
    response = await client.post(
        "/subscriptions", data=form, headers={"X-CSRFToken": csrf, "HX-Request": "true"}
    )
    assert response.status_code == 200, response.text


def names(html: str) -> list[str]:
    return ROW_NAME.findall(html)


@pytest.fixture
async def csrf(client: AsyncTestClient[Litestar]) -> str:
    token = await demo_sign_in(client)
    await add(client, token, "Netflix", "15.49", next_renewal=(SOON + timedelta(days=9)).isoformat())
    await add(client, token, "PureGym", "24.99", category="Fitness", next_renewal=SOON.isoformat())
    await add(client, token, "Apple Music", "10.99", payment_method="Visa 4242")
    await add(
        client, token, "City Water", "40.00", kind="bill", next_renewal=(SOON + timedelta(days=2)).isoformat()
    )
    return token


async def test_search_sort_and_filters_come_from_the_address(
    client: AsyncTestClient[Litestar], csrf: str
) -> None:
    everything = (await client.get("/")).text
    assert names(everything) == ["PureGym", "Netflix", "Apple Music", "City Water"], "soonest renewal first"
    assert 'aria-sort="ascending"' in everything

    assert names((await client.get("/?sort=amount")).text) == [
        "Apple Music",
        "Netflix",
        "PureGym",
        "City Water",
    ]
    by_price = (await client.get("/?sort=-amount")).text
    assert names(by_price) == ["PureGym", "Netflix", "Apple Music", "City Water"]
    assert 'aria-sort="descending"' in by_price
    assert 'href="/?sort=amount"' in by_price, "the Amount header link turns the order round again"
    assert names((await client.get("/?sort=name")).text) == [
        "Apple Music",
        "Netflix",
        "PureGym",
        "City Water",
    ]

    fitness = (await client.get("/?q=fitness")).text
    assert names(fitness) == ["PureGym"], "the search reads categories too"
    assert "Showing 1 of 4" in fitness
    assert 'value="fitness"' in fitness, "the form shows the search it made"
    assert names((await client.get("/?q=visa+4242")).text) == ["Apple Music"]
    assert names((await client.get("/?q=nothing-like-it")).text) == []
    assert "No subscription matches “nothing-like-it”" in (await client.get("/?q=nothing-like-it")).text

    bills = (await client.get("/?kind=bill")).text
    assert names(bills) == ["City Water"]
    assert "Recurring bills" in bills
    assert 'id="subs-title"' not in bills
    assert names((await client.get("/?kind=subscription&sort=name&q=")).text) == [
        "Apple Music",
        "Netflix",
        "PureGym",
    ]


async def test_status_filter_and_a_row_action_keep_the_view(
    client: AsyncTestClient[Litestar], csrf: str
) -> None:
    page = (await client.get("/")).text
    netflix = re.search(r'href="/subscriptions/([0-9a-f-]{36})">Netflix<', page)
    assert netflix
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true", "HX-Current-URL": "http://testserver.local/?q=net"}
    cancelled = await client.post(
        f"/subscriptions/{netflix.group(1)}", data={"action": "cancel"}, headers=htmx
    )
    assert names(cancelled.text) == ["Netflix"], "the answer to a row action keeps the page's search"
    assert 'value="net"' in cancelled.text
    assert names((await client.get("/?status=cancelled")).text) == ["Netflix"]
    assert "Netflix" not in names((await client.get("/?status=active")).text)


async def test_the_lists_a_finished_scan_fetches_keep_the_pages_search_and_sort(
    client: AsyncTestClient[Litestar], csrf: str
) -> None:
    page = "http://testserver.local/?q=e&sort=-amount&kind=subscription"
    lists = await client.get("/subscriptions/lists", headers={"HX-Request": "true", "HX-Current-URL": page})
    assert lists.status_code == 200
    assert lists.text.lstrip().startswith('<section id="subscriptions" aria-label=')
    assert names(lists.text) == ["PureGym", "Netflix", "Apple Music"], "City Water is a bill"
    assert 'value="e"' in lists.text
    assert 'aria-sort="descending"' in lists.text
    assert re.search(r'<section id="summary" [^>]*hx-swap-oob="true"', lists.text), "the totals too"
    unfiltered = await client.get("/subscriptions/lists", headers={"HX-Request": "true"})
    assert len(names(unfiltered.text)) == 4, "no page address: every row"


async def test_htmx_gets_the_tables_alone_with_the_clean_address(
    client: AsyncTestClient[Litestar], csrf: str
) -> None:
    headers = {"HX-Request": "true", "HX-Target": "subscription-tables"}
    answer = await client.get("/?q=gym&kind=&status=&sort=renewal", headers=headers)
    assert answer.status_code == 200
    assert answer.text.lstrip().startswith('<div id="subscription-tables">')
    assert 'id="table-q"' not in answer.text, "the search box is left alone while the person types"
    assert names(answer.text) == ["PureGym"]
    assert answer.headers["hx-push-url"] == "/?q=gym"


@pytest.mark.parametrize("query", ["sort=price", "kind=income", "status=paused", "sort=-"])
async def test_an_unknown_sort_or_filter_is_a_400_that_says_so_and_shows_everything(
    client: AsyncTestClient[Litestar], csrf: str, query: str
) -> None:
    answer = await client.get(f"/?{query}")
    assert answer.status_code == 400
    assert 'role="alert"' in answer.text
    assert query.split("=")[0] in answer.text
    assert len(names(answer.text)) == 4


def test_the_address_leaves_out_defaults_and_a_garbled_page_address_shows_the_default() -> None:
    view = TableView.parse({"q": "  net   flix ", "sort": "-amount", "kind": "", "status": None})
    assert view.url() == "/?q=net+flix&sort=-amount"
    assert view.sort_url("amount") == "/?q=net+flix&sort=amount"
    assert view.sort_url("name") == "/?q=net+flix&sort=name"
    assert TableView().url() == "/"
    assert TableView.from_url("http://x/?sort=bogus") == TableView()
    with pytest.raises(TableViewError) as error:
        TableView.parse({"status": "paused"})
    assert error.value.field == "status"


def test_initials_and_their_colour() -> None:
    assert initials("Amazon Prime Video") == "AP"
    assert initials("netflix") == "NE"
    assert initials("Disney+") == "DI"
    assert initials("1Password") == "1P"
    assert initials("—") == "?"
    assert badge_colour("Netflix") == badge_colour("netflix")
    assert (
        len({badge_colour(n) for n in ("Netflix", "Spotify", "PureGym", "Apple Music", "iCloud", "Adobe")})
        > 2
    )


async def test_the_dashboard_grows_by_a_constant_per_row(client: AsyncTestClient[Litestar]) -> None:
    """No per-row copy of a list of every subscription (the merge list lives on each detail page)."""
    csrf = await demo_sign_in(client)
    sizes = {}
    count = 0
    for target in (10, 20, 40):
        while count < target:
            count += 1
            await add(client, csrf, f"Service {count:02}", f"{count}.99", category="Streaming")
        sizes[target] = len((await client.get("/", headers={"Accept-Encoding": "identity"})).content)
    first, second = sizes[20] - sizes[10], sizes[40] - sizes[20]
    assert second <= 2.2 * first, sizes
    assert first / 10 < 2500, f"{first / 10:.0f} bytes per row"
