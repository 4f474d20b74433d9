"""Bad requests answer 4xx naming the problem, never 500 (issue 10.7)."""

from __future__ import annotations

import io
import re
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from tests.support import bearer_for

CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')
NO_CURRENCY_CSV = b"Date,Description,Amount\n2024-01-05,Netflix,-15.99\n2024-02-05,Netflix,-15.99\n"
"""A CSV whose layout the importer asks to confirm (it names no currency)."""


async def upload(client: AsyncTestClient[Litestar], headers: dict[str, str], content: bytes) -> Any:
    return await client.post(
        "/api/statements", headers=headers, files={"data": ("mine.csv", io.BytesIO(content))}
    )


async def test_importing_an_upload_that_does_not_exist_is_a_404(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "alice@example.com")
    for upload_id in ("0", "../../etc/passwd", "0" * 32 + ".csv"):
        response = await client.post(
            f"/api/statements/{upload_id}/import", headers=headers, json={"mapping": {}}
        )
        assert response.status_code == 404, upload_id
        if upload_id == "0":
            assert "upload does not exist" in response.text


async def test_the_mapping_form_for_an_unknown_upload_or_a_bad_column_names_the_problem(
    client: AsyncTestClient[Litestar],
) -> None:
    page = await client.get("/signin")
    token = CSRF_INPUT.search(page.text).group(1)  # type: ignore[union-attr]
    await client.post("/signin/demo", data={"_csrf_token": token})
    response = await client.post("/statements/0/mapping", data={"_csrf_token": token})
    assert response.status_code == 200, "the panel is swapped in with the error"
    assert "upload does not exist" in response.text
    csv = await client.post(
        "/statements",
        data={"_csrf_token": token},
        files={"data": ("mine.csv", io.BytesIO(NO_CURRENCY_CSV))},
        headers={"X-CSRFToken": token},
    )
    upload_id = re.search(r"/statements/([0-9a-f]{32}\.csv)/mapping", csv.text)
    assert upload_id is not None, csv.text
    bad = await client.post(
        f"/statements/{upload_id.group(1)}/mapping", data={"_csrf_token": token, "date_column": "first"}
    )
    assert bad.status_code == 200
    assert "date column must be a column number" in bad.text


async def test_importing_while_a_bank_sync_is_queued_is_a_400_saying_so(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "busy@example.com", demo_data=True)
    pending = await upload(client, headers, NO_CURRENCY_CSV)
    assert pending.status_code == 202
    assert "uploadId" in pending.json(), "the layout is to be confirmed"
    assert (await client.post("/api/detection/scan/bank", headers=headers)).status_code == 202
    confirmed = await client.post(
        f"/api/statements/{pending.json()['uploadId']}/import",
        headers=headers,
        json={"mapping": pending.json()["mapping"]},
    )
    assert confirmed.status_code == 400
    assert "already running" in confirmed.json()["detail"]
    again = await upload(client, headers, NO_CURRENCY_CSV.replace(b"2024", b"2023"))
    assert again.status_code in (202, 400)
    assert again.status_code == 400 or "uploadId" in again.json()


async def test_a_ragged_csv_is_refused_or_sent_to_the_mapping_step_never_a_500(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "ragged@example.com")
    ragged = b"Date,Description,Amount,Currency\n2024-01-05,Netflix\n2024-02-05,Netflix,-15.99,EUR,x,y\n,,\n"
    response = await upload(client, headers, ragged)
    assert response.status_code in (202, 400), response.text
    if response.status_code == 400:
        assert response.json()["detail"]


async def test_an_upload_without_its_data_part_is_a_400_naming_data(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """A multipart body whose only part is not the file (found by schemathesis: it answered 500)."""
    headers = await bearer_for(settings, "carol@example.com")
    body = b'--XX\r\nContent-Disposition: form-data; name=""\r\n\r\nnull\r\n--XX--\r\n'
    multipart = {**headers, "Content-Type": "multipart/form-data; boundary=XX"}
    for path in ("/api/statements", "/api/mailboxes", "/api/imports"):
        response = await client.post(path, headers=multipart, content=body)
        assert response.status_code == 400, path
        assert response.json()["extra"][0]["key"] == "data", path


async def test_a_webhook_url_httpx_cannot_parse_is_a_400_naming_url(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """A control character in the URL (found by schemathesis: httpx.InvalidURL answered 500)."""
    headers = await bearer_for(settings, "dave@example.com")
    response = await client.post(
        "/api/notifications/webhooks", headers=headers, json={"url": "http://a\x1eb/"}
    )
    assert response.status_code == 400
    assert response.json()["extra"] == {"field": "url"}


async def test_an_imap_host_no_name_lookup_can_spell_is_a_400_naming_host(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """An empty label (found by schemathesis: the IDNA codec's UnicodeError answered 500)."""
    headers = await bearer_for(settings, "erin@example.com")
    body = {"host": ".en", "username": "erin", "password": "app-password"}
    response = await client.post("/api/mailboxes/imap", headers=headers, json=body)
    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "host"
    assert "no server by that name" in response.json()["detail"]


async def test_an_optional_body_that_is_not_an_object_is_refused_and_starts_nothing(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """msgspec's lax mode once read the JSON string "null" as a left-out body and started the job."""
    headers = await bearer_for(settings, "alice@example.com")
    for path in ("/api/exports", "/api/detection/scan/email", "/api/reports/monthly"):
        for body in (b'"null"', b"null", b"[]"):
            response = await client.post(
                path, headers={**headers, "Content-Type": "application/json"}, content=body
            )
            assert response.status_code == 400, (path, body, response.text)
    left_out = await client.post("/api/exports", headers=headers)
    assert left_out.status_code == 202, left_out.text
