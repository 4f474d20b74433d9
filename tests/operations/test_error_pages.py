"""A person's browser gets error pages in the app's layout, with somewhere to go; programs keep JSON."""

from __future__ import annotations

import uuid

from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.test_spine import demo_sign_in

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


async def test_an_unknown_page_is_a_404_page_with_navigation(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/no-such-page", headers=HTML)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert '<h1 id="error-title">Page not found</h1>' in response.text
    assert 'href="/"' in response.text
    assert 'href="/signin"' in response.text


async def test_a_missing_subscription_page_is_a_404_page_for_a_signed_in_person(
    client: AsyncTestClient[Litestar],
) -> None:
    await demo_sign_in(client)
    response = await client.get(f"/subscriptions/{uuid.uuid4()}", headers=HTML)
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert 'aria-label="Main"' in response.text, "the app's own navigation"


async def test_the_operator_pages_answer_a_403_page(client: AsyncTestClient[Litestar]) -> None:
    await demo_sign_in(client)
    response = await client.get("/operator/jobs", headers=HTML)
    assert response.status_code == 403
    assert "Not allowed" in response.text


async def test_api_and_htmx_errors_stay_as_they_were(client: AsyncTestClient[Litestar]) -> None:
    api = await client.get("/api/no-such-thing", headers=HTML)
    assert api.status_code == 404
    assert api.headers["content-type"].startswith("application/json")
    plain = await client.get("/no-such-page")
    assert plain.headers["content-type"].startswith("application/json"), "no Accept: text/html, no page"
    htmx = await client.get("/no-such-page", headers={**HTML, "HX-Request": "true"})
    assert htmx.headers["content-type"].startswith("application/json")
