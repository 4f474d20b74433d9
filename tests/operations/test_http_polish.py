"""Pages are compressed; static files are linked by content hash and cached for a year; icon, dark mode."""

from __future__ import annotations

import re

from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.test_spine import demo_sign_in


async def test_pages_are_gzipped_for_clients_that_accept_it(client: AsyncTestClient[Litestar]) -> None:
    await demo_sign_in(client)
    page = await client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.status_code == 200
    assert page.headers["content-encoding"] == "gzip"
    assert "Your subscriptions" in page.text
    plain = await client.get("/", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


async def test_static_files_are_linked_by_content_hash_and_cached_for_a_year(
    client: AsyncTestClient[Litestar],
) -> None:
    page = (await client.get("/signin")).text
    links = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert links, page
    assert all(re.search(r"\?v=[0-9a-f]{12}$", link) for link in links), links
    css = next(link for link in links if "app.css" in link)
    response = await client.get(css)
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["cache-control"]


async def test_every_page_has_an_icon_and_declares_dark_mode(client: AsyncTestClient[Litestar]) -> None:
    page = (await client.get("/signin")).text
    assert '<meta name="color-scheme" content="light dark">' in page
    icon = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)"', page)
    assert icon is not None
    assert (await client.get(icon.group(1))).headers["content-type"].startswith("image/svg+xml")


async def test_favicon_ico_is_served_to_anyone(client: AsyncTestClient[Litestar]) -> None:
    """Browsers request /favicon.ico even when the page links an SVG icon."""
    icon = await client.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00", "an ICO file"
    assert b"\x89PNG" in icon.content
    assert "max-age=604800" in icon.headers["cache-control"]
    assert "set-cookie" not in icon.headers, "no session for an icon"
