"""The CSV mapping form (issue 12.12): columns named by their header or first values, and a Cancel."""

from __future__ import annotations

import io
import re

from litestar import Litestar
from litestar.testing import AsyncTestClient
from tests.support import bearer_for

from app.config import Settings

CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')
UPLOAD_ID = re.compile(r"/statements/([0-9a-f]{32}\.csv)/mapping")
WITH_HEADER = b"Date,Description,Amount\n2024-01-05,Netflix,-15.99\n2024-02-05,Netflix,-15.99\n"
NO_HEADER = b"2024-01-05,Netflix,-15.99\n2024-02-05,Spotify,-9.99\n2024-03-05,Netflix,-15.99\n"
"""Both name no currency, so the importer asks to confirm the layout."""


async def browser(client: AsyncTestClient[Litestar]) -> str:
    page = await client.get("/signin")
    token = CSRF_INPUT.search(page.text)
    assert token is not None
    await client.post("/signin/demo", data={"_csrf_token": token.group(1)})
    return token.group(1)


async def mapping_form(client: AsyncTestClient[Litestar], token: str, content: bytes) -> tuple[str, str]:
    response = await client.post(
        "/statements",
        data={"_csrf_token": token},
        files={"data": ("mine.csv", io.BytesIO(content))},
        headers={"X-CSRFToken": token},
    )
    upload_id = UPLOAD_ID.search(response.text)
    assert upload_id is not None, response.text
    return response.text, upload_id.group(1)


def options(html: str, field: str) -> list[str]:
    select = re.search(rf'<select name="{field}">(.*?)</select>', html, re.S)
    assert select is not None, field
    return [o.strip() for o in re.findall(r"<option[^>]*>(.*?)</option>", select.group(1), re.S)]


async def test_columns_are_named_by_their_header(client: AsyncTestClient[Litestar]) -> None:
    token = await browser(client)
    html, _ = await mapping_form(client, token, WITH_HEADER)
    assert options(html, "date_column") == ["Date", "Description", "Amount"]
    assert options(html, "debit_column") == ["(none)", "Date", "Description", "Amount"]


async def test_columns_without_a_header_are_named_by_their_first_values(
    client: AsyncTestClient[Litestar],
) -> None:
    token = await browser(client)
    html, _ = await mapping_form(client, token, NO_HEADER)
    names = options(html, "amount_column")
    assert names[1:] == [
        "“2024-01-05”, “2024-02-05”, “2024-03-05”",
        "“Netflix”, “Spotify”",
        "“-15.99”, “-9.99”",
    ], names
    assert "Column 1" not in html


async def test_cancel_deletes_the_upload_and_brings_the_panel_back(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    token = await browser(client)
    html, upload_id = await mapping_form(client, token, WITH_HEADER)
    assert f'hx-post="/statements/{upload_id}/cancel"' in html
    assert list(settings.uploads_dir.rglob(upload_id))
    cancelled = await client.post(f"/statements/{upload_id}/cancel", headers={"X-CSRFToken": token})
    assert cancelled.status_code == 200
    assert "The import was cancelled" in cancelled.text
    assert 'name="data"' in cancelled.text, "the upload form is back"
    assert not list(settings.uploads_dir.rglob(upload_id)), "the file is deleted"
    again = await client.post(f"/statements/{upload_id}/mapping", data={"_csrf_token": token})
    assert "upload does not exist" in again.text, "nothing is left to import"


async def test_an_upload_waiting_for_its_mapping_can_be_discarded_through_the_api(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "discard@example.com")
    uploaded = await client.post(
        "/api/statements", headers=headers, files={"data": ("mine.csv", io.BytesIO(NO_HEADER))}
    )
    upload_id = uploaded.json()["uploadId"]
    discarded = await client.delete(f"/api/statements/{upload_id}", headers=headers)
    assert discarded.status_code == 204
    assert not list(settings.uploads_dir.rglob(upload_id))
    assert (await client.delete(f"/api/statements/{upload_id}", headers=headers)).status_code == 404
    assert (await client.delete("/api/statements/..%2F..%2Fsecret_key", headers=headers)).status_code == 404
