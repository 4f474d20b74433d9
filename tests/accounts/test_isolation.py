"""Person B can neither read nor change person A's data, on every route that could show or touch it.

``test_every_route_has_an_isolation_case`` lists the app's routes: a new route
fails it until it gets a case here (or is declared public or operator-only).
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.routes import HTTPRoute, WebSocketRoute
from litestar.testing import AsyncTestClient
from sqlalchemy import MetaData, func, select

from app.calendar.feeds import rotate_feed
from app.config import Settings
from app.db.models import metadata
from app.exports import files as export_files
from app.lib.database import standalone_session
from app.server import SESSION_COOKIE
from tests.accounts.asgi_ws import SocketResult, open_socket
from tests.accounts.helpers import Owner, give_everything, google_sign_in
from tests.accounts.provider import Provider
from tests.detection.bank.fake_plaid import CLIENT_ID, PUBLIC_TOKEN, SECRET, FakePlaid, serve


@dataclass
class World:
    app: Litestar
    client: AsyncTestClient[Litestar]
    """Signed in as B (session cookie); A acts through A's bearer token."""
    settings: Settings
    a: Owner
    b: Owner
    b_csrf: str
    a_job_id: str
    plaid: FakePlaid = field(default_factory=FakePlaid)
    """The local Plaid server the app talks to."""

    def bearer(self, who: Owner) -> dict[str, str]:
        return {"Authorization": f"Bearer {who.api_token}"}

    def form(self, **fields: str) -> dict[str, str]:
        return {"_csrf_token": self.b_csrf, **fields}

    @property
    def b_cookie(self) -> str:
        return f"{SESSION_COOKIE}={self.client.cookies[SESSION_COOKIE]}"

    @property
    def htmx(self) -> dict[str, str]:
        return {"X-CSRFToken": self.b_csrf, "HX-Request": "true"}

    async def socket(self, path: str, **options: Any) -> SocketResult:
        """Run the socket on the test client's loop, where the app's Redis connections live."""
        portal = self.client.blocking_portal
        return await asyncio.wrap_future(
            portal.start_task_soon(partial(open_socket, self.app, path, **options))
        )

    def a_upload(self) -> Path:
        return self.settings.uploads_dir / str(self.a.user_id) / A_UPLOAD


def user_tables(meta: MetaData = metadata) -> list[str]:
    return sorted(t.name for t in meta.sorted_tables if "user_id" in t.c)


async def rows_of(settings: Settings, owner: Owner) -> dict[str, int]:
    async with standalone_session(settings) as session:
        counts = {}
        for name in user_tables():
            table = metadata.tables[name]
            query = select(func.count()).select_from(table).where(table.c.user_id == owner.user_id)
            counts[name] = int(await session.scalar(query) or 0)
        return counts


async def assert_a_untouched(world: World, before: dict[str, int]) -> None:
    assert await rows_of(world.settings, world.a) == before
    me = await world.client.get("/api/me", headers=world.bearer(world.a))
    assert me.status_code == 200
    assert me.json()["email"] == world.a.email


def assert_nothing_of_a(world: World, body: str) -> None:
    for secret in (
        world.a.email,
        f"Service of {world.a.email}",
        f"Mailbox of {world.a.email}",
        str(world.a.user_id),
    ):
        assert secret not in body


Case = Callable[[World], Awaitable[None]]
A_UPLOAD = "0123456789abcdef0123456789abcdef.csv"
CSV = b"Date,Description,Amount\n2026-01-05,NETFLIX,-15.49\n2026-02-05,NETFLIX,-15.49\n"
MBOX = b"From a@b Thu Jan  1 00:00:00 2026\nFrom: a@b\nSubject: hi\n\nhello\n"


async def dashboard(w: World) -> None:
    page = await w.client.get("/")
    assert page.status_code == 200
    assert f"Service of {w.b.email}" in page.text
    assert_nothing_of_a(w, page.text)


async def subscription_lists(w: World) -> None:
    lists = await w.client.get("/subscriptions/lists", headers={"HX-Request": "true"})
    assert lists.status_code == 200
    assert f"Service of {w.b.email}" in lists.text
    assert_nothing_of_a(w, lists.text)


async def settings_page(w: World) -> None:
    page = await w.client.get("/settings")
    assert page.status_code == 200
    assert f"Mailbox of {w.b.email}" in page.text
    assert_nothing_of_a(w, page.text)
    assert str(w.a.token_id) not in page.text
    assert str(w.a.mail_source_id) not in page.text


async def scan_button(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/scans/email", headers={"X-CSRFToken": w.b_csrf, "HX-Request": "true"})
    assert response.status_code == 200
    assert f"email-scan-{w.b.user_id}-" in response.text
    assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)


async def api_scan_email(w: World) -> None:
    response = await w.client.post("/api/detection/scan/email", headers=w.bearer(w.b), json={})
    assert response.status_code == 202
    assert response.json()["jobId"].startswith(f"email-scan-{w.b.user_id}-")
    assert response.json()["jobId"] != w.a_job_id


async def api_job(w: World) -> None:
    theirs = await w.client.get(f"/api/detection/jobs/email-scan/{w.a_job_id}", headers=w.bearer(w.b))
    assert theirs.status_code == 404
    missing = await w.client.get("/api/detection/jobs/email-scan/email-scan-nope-1", headers=w.bearer(w.b))
    assert theirs.json()["detail"].replace(w.a_job_id, "X") == missing.json()["detail"].replace(
        "email-scan-nope-1", "X"
    ), "another person's job answers exactly like a missing one"
    mine = await w.client.get(f"/api/detection/jobs/email-scan/{w.a_job_id}", headers=w.bearer(w.a))
    assert mine.status_code == 200


async def job_panel(w: World) -> None:
    """What a dashboard polls while its socket is down: B never gets A's job's panel."""
    theirs = await w.client.get(f"/scans/jobs/email-scan/{w.a_job_id}", headers=w.htmx)
    missing = await w.client.get("/scans/jobs/email-scan/email-scan-nope-1", headers=w.htmx)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.text.replace(w.a_job_id, "X") == missing.text.replace("email-scan-nope-1", "X")
    mine = (await w.client.post("/scans/email", headers=w.htmx)).text
    job_id = re.search(r'data-job-id="([^"]+)"', mine)
    assert job_id is not None
    polled = await w.client.get(f"/scans/jobs/email-scan/{job_id.group(1)}", headers=w.htmx)
    assert polled.status_code == 200
    assert 'id="scan-panel"' in polled.text
    assert_nothing_of_a(w, polled.text)


async def api_subscriptions(w: World) -> None:
    response = await w.client.get("/api/subscriptions/", headers=w.bearer(w.b))
    assert response.status_code == 200
    assert [s["name"] for s in response.json()] == [f"Service of {w.b.email}"]


async def api_me(w: World) -> None:
    response = await w.client.get("/api/me", headers=w.bearer(w.b))
    assert response.json()["email"] == w.b.email


async def api_delete_me(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.delete("/api/me", headers=w.bearer(w.b))
    assert response.status_code == 204
    assert set((await rows_of(w.settings, w.b)).values()) == {0}
    await assert_a_untouched(w, before)


async def delete_account_form(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(
        "/settings/delete-account", data=w.form(confirm="yes"), follow_redirects=False
    )
    assert response.status_code in (302, 303)
    assert set((await rows_of(w.settings, w.b)).values()) == {0}
    await assert_a_untouched(w, before)


async def create_token(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/settings/tokens", data=w.form(name="b-tool"))
    assert response.status_code == 200
    assert "b-tool" in response.text
    assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)


async def revoke_token(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(f"/settings/tokens/{w.a.token_id}/revoke", data=w.form())
    assert response.status_code == 404
    await assert_a_untouched(w, before)


async def disconnect_mail(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(f"/settings/sources/mail/{w.a.mail_source_id}/disconnect", data=w.form())
    assert response.status_code == 404
    await assert_a_untouched(w, before)


async def remove_bank(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(f"/settings/sources/bank/{w.a.bank_account_id}/remove", data=w.form())
    assert response.status_code == 404
    assert not [path for path, _ in w.plaid.calls if path == "/item/remove"], "A's bank link is not ended"
    await assert_a_untouched(w, before)


async def _plaid_link_token(w: World, url: str, headers: dict[str, str]) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(url, headers=headers)
    assert response.status_code == 200
    [(_, asked)] = [(path, body) for path, body in w.plaid.calls if path == "/link/token/create"]
    assert asked["user"]["client_user_id"] == str(w.b.user_id), "the Link token is B's"
    await assert_a_untouched(w, before)


async def _plaid_connect(w: World, url: str, headers: dict[str, str]) -> None:
    before_a, before_b = await rows_of(w.settings, w.a), await rows_of(w.settings, w.b)
    response = await w.client.post(url, headers=headers, json={"publicToken": PUBLIC_TOKEN})
    assert response.status_code == 201
    assert response.json()["jobId"].startswith(f"transaction-sync-{w.b.user_id}-")
    assert str(w.a.bank_account_id) not in response.text
    assert (await rows_of(w.settings, w.b))["bank_account"] == before_b["bank_account"] + 1
    await assert_a_untouched(w, before_a)


async def api_plaid_link_token(w: World) -> None:
    await _plaid_link_token(w, "/api/bank/plaid/link-token", w.bearer(w.b))


async def page_plaid_link_token(w: World) -> None:
    await _plaid_link_token(w, "/bank/plaid/link-token", {"X-CSRFToken": w.b_csrf})


async def api_plaid_connect(w: World) -> None:
    await _plaid_connect(w, "/api/bank/plaid/connect", w.bearer(w.b))


async def page_plaid_connect(w: World) -> None:
    await _plaid_connect(w, "/bank/plaid/connect", {"X-CSRFToken": w.b_csrf})


async def connect_gmail(w: World) -> None:
    """Starts B's own consent flow; the pending flow names B, so its callback can only link to B."""
    before = await rows_of(w.settings, w.a)
    response = await w.client.get("/settings/gmail/connect", follow_redirects=False)
    assert response.status_code == 302
    await assert_a_untouched(w, before)


async def jobs_socket(w: World) -> None:
    theirs = await w.socket(f"/ws/jobs/{w.a.user_id}", cookie=w.b_cookie)
    assert not theirs.accepted
    with_token = await w.socket(f"/ws/jobs/{w.a.user_id}", bearer=w.b.api_token, origin=None)
    assert not with_token.accepted
    mine = await w.socket(f"/ws/jobs/{w.b.user_id}", cookie=w.b_cookie, send_text='{"type":"ping"}')
    assert mine.accepted
    assert mine.messages[0] == {"type": "connected", "userId": str(w.b.user_id)}
    assert {"type": "pong"} in mine.messages


async def ui_socket(w: World) -> None:
    await w.client.post("/scans/email", headers=w.htmx)
    mine = await w.socket("/ws/ui", cookie=w.b_cookie)
    assert mine.accepted
    body = "".join(str(m) for m in mine.messages)
    assert f"email-scan-{w.b.user_id}-" in body, "the socket sends the person's own panels"
    assert_nothing_of_a(w, body)
    assert w.a_job_id not in body
    assert not (await w.socket("/ws/ui", cookie="subscout_session=forged")).accepted
    log = await w.socket("/ws/ui?live=delivery-log", cookie=w.b_cookie)
    body = "".join(str(m) for m in log.messages)
    assert 'id="delivery-log"' in body, "the log page's socket sends the person's delivery log"
    assert f'id="delivery-{w.b.delivery_id}"' in body
    assert_nothing_of_a(w, body)
    assert str(w.a.delivery_id) not in body
    assert str(w.a.webhook_delivery_id) not in body


async def api_my_jobs(w: World) -> None:
    await w.client.post("/api/detection/scan/email", headers=w.bearer(w.b), json={})
    response = await w.client.get("/api/detection/jobs", headers=w.bearer(w.b))
    assert response.status_code == 200
    ids = [job["id"] for job in response.json()]
    assert ids
    assert all(str(w.b.user_id) in job_id for job_id in ids)
    assert w.a_job_id not in response.text


async def api_cancel_job(w: World) -> None:
    theirs = await w.client.delete(f"/api/detection/jobs/email-scan/{w.a_job_id}", headers=w.bearer(w.b))
    assert theirs.status_code == 404
    still = await w.client.get(f"/api/detection/jobs/email-scan/{w.a_job_id}", headers=w.bearer(w.a))
    assert still.json()["state"] == "pending"


async def scan_bank_button(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/scans/bank", headers=w.htmx)
    assert response.status_code == 200
    assert_nothing_of_a(w, response.text)
    assert f"transaction-sync-{w.a.user_id}" not in response.text
    await assert_a_untouched(w, before)


async def api_scan_bank(w: World) -> None:
    body = {"connectedAccountId": str(w.a.bank_account_id)}
    theirs = await w.client.post("/api/detection/scan/bank", headers=w.bearer(w.b), json=body)
    assert theirs.status_code == 400, "another person's account is refused like a missing one"
    mine = await w.client.post("/api/detection/scan/bank", headers=w.bearer(w.b), json={})
    assert mine.status_code == 202
    assert mine.json()["jobId"].startswith(f"transaction-sync-{w.b.user_id}-")


async def upload_statement_page(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    files = {"data": ("s.csv", CSV, "text/csv")}
    response = await w.client.post("/statements", headers=w.htmx, files=files)
    assert response.status_code == 200
    assert_nothing_of_a(w, response.text)
    assert list((w.settings.uploads_dir / str(w.a.user_id)).iterdir()) == [w.a_upload()]
    await assert_a_untouched(w, before)


async def upload_statement_api(w: World) -> None:
    files = {"data": ("s.csv", CSV, "text/csv")}
    response = await w.client.post("/api/statements", headers=w.bearer(w.b), files=files)
    assert response.status_code == 202
    assert str(w.a.user_id) not in response.text
    assert list((w.settings.uploads_dir / str(w.a.user_id)).iterdir()) == [w.a_upload()]


async def confirm_mapping_page(w: World) -> None:
    response = await w.client.post(f"/statements/{A_UPLOAD}/mapping", headers=w.htmx, data={"negate": "on"})
    assert response.status_code == 200
    assert "does not exist" in response.text
    assert w.a_upload().exists()


async def import_mapping_api(w: World) -> None:
    body = {"mapping": {"date_column": 0, "amount_column": 2, "description_columns": [1]}}
    response = await w.client.post(f"/api/statements/{A_UPLOAD}/import", headers=w.bearer(w.b), json=body)
    assert response.status_code == 404, "another person's upload answers like one that does not exist"
    assert "upload does not exist" in response.text
    assert w.a_upload().exists()


async def cancel_mapping_page(w: World) -> None:
    response = await w.client.post(f"/statements/{A_UPLOAD}/cancel", headers=w.htmx)
    assert response.status_code == 200
    assert "does not exist" in response.text
    assert w.a_upload().exists(), "A's upload is not deleted"


async def discard_statement_api(w: World) -> None:
    response = await w.client.delete(f"/api/statements/{A_UPLOAD}", headers=w.bearer(w.b))
    assert response.status_code == 404
    assert w.a_upload().exists(), "A's upload is not deleted"


async def upload_mailbox_page(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    files = {"data": ("m.mbox", MBOX, "application/mbox")}
    response = await w.client.post("/mailboxes", headers=w.htmx, files=files)
    assert response.status_code == 200
    assert f"email-scan-{w.b.user_id}-" in response.text
    await assert_a_untouched(w, before)


async def upload_mailbox_api(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    files = {"data": ("m.mbox", MBOX, "application/mbox")}
    response = await w.client.post("/api/mailboxes", headers=w.bearer(w.b), files=files)
    assert response.status_code == 201
    await assert_a_untouched(w, before)


async def a_subscription_unchanged(w: World) -> None:
    detail = await w.client.get(f"/api/subscriptions/{w.a.subscription_id}", headers=w.bearer(w.a))
    assert detail.status_code == 200
    body = detail.json()
    assert (body["name"], body["status"], body["ignored"]) == (f"Service of {w.a.email}", "active", False)


async def row_action_page(w: World) -> None:
    actions = ({"action": "rename", "name": "mine now"}, {"action": "cancel"}, {"action": "ignore"})
    for action in (*actions, {"action": "dismiss"}, {"action": "confirm"}, {"action": "unmerge"}):
        response = await w.client.post(f"/subscriptions/{w.a.subscription_id}", headers=w.htmx, data=action)
        assert response.status_code == 404
    merge = {"action": "merge", "into": str(w.a.subscription_id)}
    response = await w.client.post(f"/subscriptions/{w.b.subscription_id}", headers=w.htmx, data=merge)
    assert response.status_code == 404
    await a_subscription_unchanged(w)


async def api_subscription_detail(w: World) -> None:
    response = await w.client.get(f"/api/subscriptions/{w.a.subscription_id}", headers=w.bearer(w.b))
    assert response.status_code == 404
    assert_nothing_of_a(w, response.text)


async def api_subscription_patch(w: World) -> None:
    body = {"name": "mine now", "status": "cancelled", "ignored": True}
    response = await w.client.patch(
        f"/api/subscriptions/{w.a.subscription_id}", headers=w.bearer(w.b), json=body
    )
    assert response.status_code == 404
    await a_subscription_unchanged(w)


async def api_subscription_merge(w: World) -> None:
    url = f"/api/subscriptions/{w.b.subscription_id}/merge"
    response = await w.client.post(url, headers=w.bearer(w.b), json={"intoId": str(w.a.subscription_id)})
    assert response.status_code == 404
    url = f"/api/subscriptions/{w.a.subscription_id}/merge"
    response = await w.client.post(url, headers=w.bearer(w.b), json={"intoId": str(w.b.subscription_id)})
    assert response.status_code == 404
    await a_subscription_unchanged(w)


async def subscription_page(w: World) -> None:
    theirs = await w.client.get(f"/subscriptions/{w.a.subscription_id}")
    assert theirs.status_code == 404
    assert_nothing_of_a(w, theirs.text)
    mine = await w.client.get(f"/subscriptions/{w.b.subscription_id}")
    assert mine.status_code == 200
    assert f"Service of {w.b.email}" in mine.text


async def subscription_alerts_page(w: World) -> None:
    for headers in ({}, w.htmx):
        theirs = await w.client.get(f"/subscriptions/{w.a.subscription_id}/alerts", headers=headers)
        assert theirs.status_code == 404
        assert_nothing_of_a(w, theirs.text)
    mine = await w.client.get(f"/subscriptions/{w.b.subscription_id}/alerts")
    assert mine.status_code == 200
    assert f"Service of {w.b.email}" in mine.text


async def subscription_edit_page(w: World) -> None:
    url = f"/subscriptions/{w.a.subscription_id}/edit"
    response = await w.client.post(url, headers=w.htmx, data={"name": "mine now", "amount": "1.00"})
    assert response.status_code == 404
    await a_subscription_unchanged(w)


async def add_subscription_page(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/subscriptions", headers=w.htmx, data={"name": "B's gym", "amount": "5"})
    assert response.status_code == 200
    assert "B&#39;s gym" in response.text or "B's gym" in response.text
    assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)


async def api_add_subscription(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/api/subscriptions", headers=w.bearer(w.b), json={"name": "B's gym"})
    assert response.status_code == 201
    await assert_a_untouched(w, before)


async def _api_subscription_action(w: World, action: str) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post(
        f"/api/subscriptions/{w.a.subscription_id}/{action}", headers=w.bearer(w.b)
    )
    assert response.status_code == 404
    await assert_a_untouched(w, before)
    await a_subscription_unchanged(w)


async def api_subscription_confirm(w: World) -> None:
    await _api_subscription_action(w, "confirm")


async def api_subscription_dismiss(w: World) -> None:
    await _api_subscription_action(w, "dismiss")


async def api_subscription_unmerge(w: World) -> None:
    await _api_subscription_action(w, "unmerge")


async def calendar_page(w: World) -> None:
    page = await w.client.get(f"/calendar?month={date.today() + timedelta(days=5):%Y-%m}")
    assert page.status_code == 200
    assert f"Service of {w.b.email}" in page.text
    assert_nothing_of_a(w, page.text)


async def _a_feed(w: World) -> str:
    async with standalone_session(w.settings) as session:
        path = await rotate_feed(session, w.a.user_id)
        await session.commit()
    return path


async def calendar_feed_rotate(w: World) -> None:
    a_path = await _a_feed(w)
    response = await w.client.post("/settings/calendar-feed", data=w.form(), follow_redirects=False)
    assert response.status_code in (302, 303)
    assert (await w.client.get(a_path)).status_code == 200, "A's feed address still works"


async def calendar_feed_revoke(w: World) -> None:
    a_path = await _a_feed(w)
    response = await w.client.post("/settings/calendar-feed/revoke", data=w.form(), follow_redirects=False)
    assert response.status_code in (302, 303)
    assert (await w.client.get(a_path)).status_code == 200, "A's feed address still works"


async def calendar_feed(w: World) -> None:
    a_feed = await w.client.get(await _a_feed(w))
    assert f"Service of {w.a.email}".encode() in a_feed.content, "the secret opens A's feed only"
    assert f"Service of {w.b.email}".encode() not in a_feed.content
    guessed = await w.client.get("/calendar/feed/not-a-token.ics")
    assert guessed.status_code == 404


async def a_currency_unchanged(w: World) -> None:
    theirs = (await w.client.get("/api/settings/currency", headers=w.bearer(w.a))).json()
    assert theirs["homeCurrency"] == "GBP"


async def currency_form(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/settings/currency", headers=w.htmx, data={"currency": "USD"})
    assert '<option value="USD" selected>' in response.text
    assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)
    await a_currency_unchanged(w)


async def api_currency(w: World) -> None:
    mine = await w.client.get("/api/settings/currency", headers=w.bearer(w.b))
    assert mine.json()["homeCurrency"] == "GBP"
    changed = await w.client.put(
        "/api/settings/currency", headers=w.bearer(w.b), json={"homeCurrency": "CHF"}
    )
    assert changed.json()["homeCurrency"] == "CHF"
    await a_currency_unchanged(w)


async def api_totals(w: World) -> None:
    response = await w.client.get("/api/subscriptions/totals", headers=w.bearer(w.b))
    assert response.status_code == 200
    assert response.json()["subscriptions"]["count"] == 1, "B's one subscription, not A's too"


IMAP = {"host": "imap.example.com", "username": "b@example.com", "password": "app-password"}


async def add_imap_page(w: World) -> None:
    """B's mailbox is tried first (imap.example.com does not resolve here): refused, A untouched."""
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/settings/sources/imap", data=w.form(**IMAP), follow_redirects=False)
    assert response.status_code in (302, 303)
    assert response.headers["location"] == "/settings?error=imap-check"
    await assert_a_untouched(w, before)


async def add_imap_api(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/api/mailboxes/imap", headers=w.bearer(w.b), json=IMAP)
    assert response.status_code == 400
    assert "could not reach imap.example.com" in response.text
    await assert_a_untouched(w, before)


async def remove_mailbox_api(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.delete(f"/api/mailboxes/{w.a.mail_source_id}", headers=w.bearer(w.b))
    assert response.status_code == 404
    await assert_a_untouched(w, before)


NOTES = "/api/notifications"


async def a_notifications_unchanged(w: World) -> None:
    """A's preferences, channels and deliveries are exactly as ``give_everything`` made them."""
    prefs = (await w.client.get(f"{NOTES}/preferences", headers=w.bearer(w.a))).json()
    assert prefs["offsets"] == [3]
    assert prefs["digest"] is False
    channels = (await w.client.get(f"{NOTES}/channels", headers=w.bearer(w.a))).json()
    assert [(c["kind"], c["enabled"], c["mutedKinds"]) for c in channels] == [
        ("email", True, []),
        ("webhook", True, []),
    ]
    log = (await w.client.get(f"{NOTES}/deliveries", headers=w.bearer(w.a))).json()
    assert sorted(d["status"] for d in log) == ["failed", "sent"]
    notice = (
        await w.client.get(f"{NOTES}/subscriptions/{w.a.subscription_id}", headers=w.bearer(w.a))
    ).json()
    assert notice["muted"] is True


async def api_notification_preferences(w: World) -> None:
    mine = await w.client.get(f"{NOTES}/preferences", headers=w.bearer(w.b))
    assert mine.status_code == 200
    changed = await w.client.put(f"{NOTES}/preferences", headers=w.bearer(w.b), json={"offsets": [9]})
    assert changed.json()["offsets"] == [9]
    await a_notifications_unchanged(w)


async def api_notification_channels(w: World) -> None:
    listed = await w.client.get(f"{NOTES}/channels", headers=w.bearer(w.b))
    assert str(w.a.webhook_id) not in listed.text
    assert_nothing_of_a(w, listed.text)
    assert "hooks.example" not in listed.text, "no channel URL is ever shown"
    added = await w.client.post(
        f"{NOTES}/channels", headers=w.bearer(w.b), json={"url": "json://push.example/x"}
    )
    assert added.status_code == 201
    await a_notifications_unchanged(w)


async def api_notification_channel_change(w: World) -> None:
    url = f"{NOTES}/channels/{w.a.webhook_id}"
    assert (await w.client.patch(url, headers=w.bearer(w.b), json={"enabled": False})).status_code == 404
    assert (await w.client.delete(url, headers=w.bearer(w.b))).status_code == 404
    await a_notifications_unchanged(w)


async def api_webhooks(w: World) -> None:
    listed = await w.client.get(f"{NOTES}/webhooks", headers=w.bearer(w.b))
    assert [c["id"] for c in listed.json()] == [str(w.b.webhook_id)]
    created = await w.client.post(
        f"{NOTES}/webhooks", headers=w.bearer(w.b), json={"url": "https://b.example/h"}
    )
    assert created.status_code == 201
    assert created.json()["secret"].startswith("whsec_")
    theirs = f"{NOTES}/webhooks/{w.a.webhook_id}"
    assert (await w.client.delete(theirs, headers=w.bearer(w.b))).status_code == 404
    assert (await w.client.get(f"{theirs}/deliveries", headers=w.bearer(w.b))).status_code == 404
    await a_notifications_unchanged(w)


async def api_deliveries(w: World) -> None:
    log = await w.client.get(f"{NOTES}/deliveries", headers=w.bearer(w.b))
    assert {d["id"] for d in log.json()} == {str(w.b.delivery_id), str(w.b.webhook_delivery_id)}
    assert_nothing_of_a(w, log.text)
    for delivery in (w.a.delivery_id, w.a.webhook_delivery_id):
        one = await w.client.get(f"{NOTES}/deliveries/{delivery}", headers=w.bearer(w.b))
        assert one.status_code == 404
        replay = await w.client.post(f"{NOTES}/deliveries/{delivery}/replay", headers=w.bearer(w.b))
        assert replay.status_code == 404
    await a_notifications_unchanged(w)


async def api_notification_test(w: World) -> None:
    theirs = await w.client.post(
        f"{NOTES}/test", headers=w.bearer(w.b), json={"channel": str(w.a.webhook_id)}
    )
    assert theirs.status_code == 404
    mine = await w.client.post(f"{NOTES}/test", headers=w.bearer(w.b), json={"channel": "email"})
    assert mine.status_code == 202
    await a_notifications_unchanged(w)


async def api_subscription_notice(w: World) -> None:
    url = f"{NOTES}/subscriptions/{w.a.subscription_id}"
    assert (await w.client.get(url, headers=w.bearer(w.b))).status_code == 404
    assert (await w.client.put(url, headers=w.bearer(w.b), json={"muted": False})).status_code == 404
    await a_notifications_unchanged(w)


async def notification_settings_section(w: World) -> None:
    section = await w.client.get("/settings/notifications")
    assert section.status_code == 200
    assert f"Hook of {w.b.email}" in section.text
    assert f"Hook of {w.a.email}" not in section.text
    assert_nothing_of_a(w, section.text)


async def notification_settings_forms(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    forms = {
        "/settings/notifications/preferences": {"offsets": "5", "timezone": "UTC", "send_hour": "9"},
        "/settings/notifications/channels": {"url": "json://push.example/b"},
        "/settings/notifications/webhooks": {"url": "https://b.example/hook"},
        f"/settings/notifications/subscriptions/{w.b.subscription_id}": {"offsets": "2"},
    }
    for url, fields in forms.items():
        response = await w.client.post(url, headers=w.htmx, data=fields)
        assert response.status_code == 200, url
        assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)
    await a_notifications_unchanged(w)


async def notification_channel_action(w: World) -> None:
    for action in ("test", "disable", "remove"):
        url = f"/settings/notifications/channels/{w.a.webhook_id}"
        response = await w.client.post(url, headers=w.htmx, data={"action": action})
        assert response.status_code == 404
    url = f"/settings/notifications/subscriptions/{w.a.subscription_id}"
    assert (await w.client.post(url, headers=w.htmx, data={"offsets": "1"})).status_code == 404
    await a_notifications_unchanged(w)


async def delivery_log_pages(w: World) -> None:
    for url in ("/notifications", "/notifications/log"):
        page = await w.client.get(url)
        assert page.status_code == 200
        assert f"Service of {w.b.email}" in page.text
        assert_nothing_of_a(w, page.text)
    replay = await w.client.post(
        f"/notifications/deliveries/{w.a.webhook_delivery_id}/replay", headers=w.htmx
    )
    assert replay.status_code == 404
    await a_notifications_unchanged(w)


async def outbox_file(w: World) -> None:
    theirs = await w.client.get(f"/notifications/outbox/{w.a.delivery_id}")
    assert theirs.status_code == 404
    assert_nothing_of_a(w, theirs.text)
    mine = await w.client.get(f"/notifications/outbox/{w.b.delivery_id}")
    assert mine.status_code == 200
    assert f"To: {w.b.email}" in mine.text


async def unsubscribe_link(w: World) -> None:
    """Only a link signed by the server for A's channel changes it: B cannot make one."""
    from app.notifications.unsubscribe import make_token

    forged = make_token("not-the-server-key", w.a.webhook_id, ["renewal"])
    page = await w.client.get(f"/notifications/unsubscribe/{forged}")
    assert "not valid" in page.text
    assert (await w.client.post(f"/notifications/unsubscribe/{forged}")).status_code == 404
    await a_notifications_unchanged(w)
    genuine = make_token(w.settings.secret_key, w.b.webhook_id, ["renewal"])
    assert (await w.client.post(f"/notifications/unsubscribe/{genuine}")).status_code == 200
    await a_notifications_unchanged(w)


REPORT_MONTH = (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


async def _a_reports(w: World) -> tuple[dict[str, Any], dict[str, Any]]:
    from app.reports.models import AnalyticsCache, MonthlyReportRow

    async with standalone_session(w.settings) as session:
        report = await session.scalar(
            select(MonthlyReportRow.data).where(MonthlyReportRow.user_id == w.a.user_id)
        )
        cached = await session.scalar(
            select(AnalyticsCache.data).where(AnalyticsCache.user_id == w.a.user_id)
        )
    return dict(report or {}), dict(cached or {})


async def _a_has_report_and_analytics(w: World) -> tuple[dict[str, Any], dict[str, Any]]:
    from app.reports import analytics, monthly

    async with standalone_session(w.settings) as session:
        await monthly.build_and_store(session, w.a.user_id, REPORT_MONTH, date.today())
        await analytics.compute_and_store(session, w.a.user_id, date.today())
    report, cached = await _a_reports(w)
    assert report
    assert cached
    return report, cached


async def api_reports(w: World) -> None:
    before = await _a_has_report_and_analytics(w)
    assert (await w.client.get("/api/reports/monthly", headers=w.bearer(w.b))).json() == []
    theirs = await w.client.get(f"/api/reports/monthly/{REPORT_MONTH}", headers=w.bearer(w.b))
    assert theirs.status_code == 404
    assert_nothing_of_a(w, theirs.text)
    assert (await w.client.get("/api/analytics", headers=w.bearer(w.b))).status_code == 404
    for path in ("/api/reports/monthly", "/api/analytics"):
        started = await w.client.post(path, headers=w.bearer(w.b))
        assert started.status_code == 202
        job = await w.client.get(started.json()["statusUrl"], headers=w.bearer(w.b))
        assert job.json()["data"]["userId"] == str(w.b.user_id), "B's job works on B's data"
    assert await _a_reports(w) == before


async def report_pages(w: World) -> None:
    before = await _a_has_report_and_analytics(w)
    for path in ("/reports", f"/reports/{REPORT_MONTH}", "/analytics"):
        page = await w.client.get(path)
        assert page.status_code == 200
        assert_nothing_of_a(w, page.text)
        assert "No report on" in page.text or "Nothing worked out yet" in page.text
    for path in (f"/reports/{REPORT_MONTH}", "/analytics"):
        response = await w.client.post(path, headers=w.htmx)
        assert response.status_code == 200
        assert_nothing_of_a(w, response.text)
    assert await _a_reports(w) == before


A_IMPORT = "0123456789abcdef0123456789abcdef.import"
WALLOS = (
    b'{"success": true, "subscriptions": [{"Name": "B Tool", "Price": "$3.00", "Payment Cycle": "Monthly"}]}'
)


def a_import(w: World) -> Path:
    path = export_files.imports_dir(w.settings, w.a.user_id) / A_IMPORT
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(WALLOS)
    return path


async def exports_page(w: World) -> None:
    page = await w.client.get("/exports")
    assert page.status_code == 200
    assert_nothing_of_a(w, page.text)


async def export_form(w: World) -> None:
    before = await rows_of(w.settings, w.a)
    response = await w.client.post("/exports", headers=w.htmx, data={"format": "csv"})
    assert response.status_code == 200
    assert f"data-export-{w.b.user_id}-" in response.text
    assert_nothing_of_a(w, response.text)
    await assert_a_untouched(w, before)


async def api_export(w: World) -> None:
    response = await w.client.post("/api/exports", headers=w.bearer(w.b), json={"format": "archive"})
    assert response.status_code == 202
    assert response.json()["jobId"].startswith(f"data-export-{w.b.user_id}-")


async def export_download(w: World) -> None:
    """A's link is A's file only: naming B as its owner (or anyone else) breaks the signature."""
    name = export_files.new_export_name("csv", "csv")
    folder = export_files.exports_dir(w.settings, w.a.user_id)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"Service of {w.a.email}")
    link = export_files.download_link(w.settings, w.a.user_id, name).url
    as_b = await w.client.get(link.replace(str(w.a.user_id), str(w.b.user_id)))
    assert as_b.status_code == 404
    assert_nothing_of_a(w, as_b.text)
    assert (await w.client.get(link)).status_code == 200, "the signed link itself is the permission"


async def import_form(w: World) -> None:
    before, theirs = await rows_of(w.settings, w.a), a_import(w)
    files = {"data": ("w.json", WALLOS, "application/json")}
    response = await w.client.post("/imports", headers=w.htmx, files=files)
    assert response.status_code == 200
    assert f"data-import-{w.b.user_id}-" in response.text
    assert list(theirs.parent.iterdir()) == [theirs]
    await assert_a_untouched(w, before)


async def api_import(w: World) -> None:
    theirs = a_import(w)
    files = {"data": ("w.json", WALLOS, "application/json")}
    response = await w.client.post("/api/imports", headers=w.bearer(w.b), files=files)
    assert response.status_code == 202
    assert response.json()["jobId"].startswith(f"data-import-{w.b.user_id}-")
    assert list(theirs.parent.iterdir()) == [theirs]


async def confirm_import_form(w: World) -> None:
    before, theirs = await rows_of(w.settings, w.a), a_import(w)
    response = await w.client.post(f"/imports/{A_IMPORT}/confirm", headers=w.htmx)
    assert response.status_code == 200
    assert "does not exist" in response.text
    assert theirs.exists()
    await assert_a_untouched(w, before)


async def api_confirm_import(w: World) -> None:
    before, theirs = await rows_of(w.settings, w.a), a_import(w)
    response = await w.client.post(f"/api/imports/{A_IMPORT}/confirm", headers=w.bearer(w.b))
    assert response.status_code == 400
    assert theirs.exists()
    await assert_a_untouched(w, before)


CASES: dict[tuple[str, str], Case] = {
    ("GET", "/exports"): exports_page,
    ("POST", "/exports"): export_form,
    ("POST", "/api/exports"): api_export,
    ("GET", "/exports/download/{name:str}"): export_download,
    ("POST", "/imports"): import_form,
    ("POST", "/api/imports"): api_import,
    ("POST", "/imports/{upload_id:str}/confirm"): confirm_import_form,
    ("POST", "/api/imports/{upload_id:str}/confirm"): api_confirm_import,
    ("POST", "/api/bank/plaid/link-token"): api_plaid_link_token,
    ("POST", "/bank/plaid/link-token"): page_plaid_link_token,
    ("POST", "/api/bank/plaid/connect"): api_plaid_connect,
    ("POST", "/bank/plaid/connect"): page_plaid_connect,
    ("POST", "/subscriptions/{subscription_id:uuid}"): row_action_page,
    ("GET", "/api/subscriptions/{subscription_id:uuid}"): api_subscription_detail,
    ("PATCH", "/api/subscriptions/{subscription_id:uuid}"): api_subscription_patch,
    ("POST", "/api/subscriptions/{subscription_id:uuid}/merge"): api_subscription_merge,
    ("GET", "/subscriptions/{subscription_id:uuid}"): subscription_page,
    ("GET", "/subscriptions/{subscription_id:uuid}/alerts"): subscription_alerts_page,
    ("GET", "/calendar"): calendar_page,
    ("POST", "/settings/calendar-feed"): calendar_feed_rotate,
    ("POST", "/settings/calendar-feed/revoke"): calendar_feed_revoke,
    ("GET", "/calendar/feed/{token:str}"): calendar_feed,
    ("POST", "/subscriptions/{subscription_id:uuid}/edit"): subscription_edit_page,
    ("POST", "/subscriptions"): add_subscription_page,
    ("POST", "/api/subscriptions"): api_add_subscription,
    ("POST", "/api/subscriptions/{subscription_id:uuid}/confirm"): api_subscription_confirm,
    ("POST", "/api/subscriptions/{subscription_id:uuid}/dismiss"): api_subscription_dismiss,
    ("POST", "/api/subscriptions/{subscription_id:uuid}/unmerge"): api_subscription_unmerge,
    ("POST", "/settings/currency"): currency_form,
    ("GET", "/api/settings/currency"): api_currency,
    ("PUT", "/api/settings/currency"): api_currency,
    ("GET", "/api/subscriptions/totals"): api_totals,
    ("POST", "/settings/sources/imap"): add_imap_page,
    ("POST", "/api/mailboxes/imap"): add_imap_api,
    ("DELETE", "/api/mailboxes/{source_id:uuid}"): remove_mailbox_api,
    ("POST", "/scans/bank"): scan_bank_button,
    ("POST", "/api/detection/scan/bank"): api_scan_bank,
    ("POST", "/statements"): upload_statement_page,
    ("POST", "/api/statements"): upload_statement_api,
    ("POST", "/statements/{upload_id:str}/mapping"): confirm_mapping_page,
    ("POST", "/api/statements/{upload_id:str}/import"): import_mapping_api,
    ("POST", "/statements/{upload_id:str}/cancel"): cancel_mapping_page,
    ("DELETE", "/api/statements/{upload_id:str}"): discard_statement_api,
    ("POST", "/mailboxes"): upload_mailbox_page,
    ("POST", "/api/mailboxes"): upload_mailbox_api,
    ("GET", "/"): dashboard,
    ("GET", "/subscriptions/lists"): subscription_lists,
    ("GET", "/settings"): settings_page,
    ("POST", "/scans/email"): scan_button,
    ("POST", "/api/detection/scan/email"): api_scan_email,
    ("GET", "/api/detection/jobs/{queue:str}/{job_id:str}"): api_job,
    ("GET", "/api/detection/jobs"): api_my_jobs,
    ("GET", "/scans/jobs/{queue:str}/{job_id:str}"): job_panel,
    ("DELETE", "/api/detection/jobs/{queue:str}/{job_id:str}"): api_cancel_job,
    ("GET", "/api/subscriptions"): api_subscriptions,
    ("GET", "/api/me"): api_me,
    ("DELETE", "/api/me"): api_delete_me,
    ("POST", "/settings/delete-account"): delete_account_form,
    ("POST", "/settings/tokens"): create_token,
    ("POST", "/settings/tokens/{token_id:uuid}/revoke"): revoke_token,
    ("POST", "/settings/sources/mail/{source_id:uuid}/disconnect"): disconnect_mail,
    ("POST", "/settings/sources/bank/{account_id:uuid}/remove"): remove_bank,
    ("GET", "/settings/gmail/connect"): connect_gmail,
    ("WS", "/ws/jobs/{user_id:str}"): jobs_socket,
    ("WS", "/ws/ui"): ui_socket,
    ("GET", "/api/notifications/preferences"): api_notification_preferences,
    ("PUT", "/api/notifications/preferences"): api_notification_preferences,
    ("GET", "/api/notifications/channels"): api_notification_channels,
    ("POST", "/api/notifications/channels"): api_notification_channels,
    ("PATCH", "/api/notifications/channels/{channel_id:uuid}"): api_notification_channel_change,
    ("DELETE", "/api/notifications/channels/{channel_id:uuid}"): api_notification_channel_change,
    ("GET", "/api/notifications/webhooks"): api_webhooks,
    ("POST", "/api/notifications/webhooks"): api_webhooks,
    ("DELETE", "/api/notifications/webhooks/{channel_id:uuid}"): api_webhooks,
    ("GET", "/api/notifications/webhooks/{channel_id:uuid}/deliveries"): api_webhooks,
    ("GET", "/api/notifications/deliveries"): api_deliveries,
    ("GET", "/api/notifications/deliveries/{delivery_id:uuid}"): api_deliveries,
    ("POST", "/api/notifications/deliveries/{delivery_id:uuid}/replay"): api_deliveries,
    ("POST", "/api/notifications/test"): api_notification_test,
    ("GET", "/api/notifications/subscriptions/{subscription_id:uuid}"): api_subscription_notice,
    ("PUT", "/api/notifications/subscriptions/{subscription_id:uuid}"): api_subscription_notice,
    ("GET", "/settings/notifications"): notification_settings_section,
    ("POST", "/settings/notifications/preferences"): notification_settings_forms,
    ("POST", "/settings/notifications/channels"): notification_settings_forms,
    ("POST", "/settings/notifications/webhooks"): notification_settings_forms,
    ("POST", "/settings/notifications/subscriptions/{subscription_id:uuid}"): notification_settings_forms,
    ("POST", "/settings/notifications/channels/{channel_id:uuid}"): notification_channel_action,
    ("GET", "/notifications"): delivery_log_pages,
    ("GET", "/notifications/log"): delivery_log_pages,
    ("POST", "/notifications/deliveries/{delivery_id:uuid}/replay"): delivery_log_pages,
    ("GET", "/notifications/outbox/{delivery_id:uuid}"): outbox_file,
    ("GET", "/notifications/unsubscribe/{token:str}"): unsubscribe_link,
    ("POST", "/notifications/unsubscribe/{token:str}"): unsubscribe_link,
    ("GET", "/api/reports/monthly"): api_reports,
    ("GET", "/api/reports/monthly/{month:str}"): api_reports,
    ("POST", "/api/reports/monthly"): api_reports,
    ("GET", "/api/analytics"): api_reports,
    ("POST", "/api/analytics"): api_reports,
    ("GET", "/reports"): report_pages,
    ("GET", "/reports/{month:str}"): report_pages,
    ("POST", "/reports/{month:str}"): report_pages,
    ("GET", "/analytics"): report_pages,
    ("POST", "/analytics"): report_pages,
}
PUBLIC = {
    ("GET", "/signin"),
    ("POST", "/signin/demo"),
    ("GET", "/auth/google"),
    ("GET", "/auth/google/callback"),
    ("POST", "/signout"),
    ("GET", "/static/{file_path:path}"),
    ("GET", "/favicon.ico"),
    ("GET", "/schema/openapi.json"),
    ("GET", "/schema"),
    ("GET", "/schema/{path:str}"),
    ("GET", "/health"),
    ("GET", "/ready"),
}
"""Routes that show or change no one's data (sign-in steps, static files, the API description, probes)."""
OPERATOR_PREFIXES = ("/saq", "/operator", "/api/operator", "/api/renewals", "/metrics")
"""Operator-only areas; ``test_security`` checks every route under them refuses non-operators."""


def app_routes(app: Litestar) -> set[tuple[str, str]]:
    found = set()
    for route in app.routes:
        if isinstance(route, WebSocketRoute):
            found.add(("WS", route.path))
        elif isinstance(route, HTTPRoute):
            found |= {(m, route.path.rstrip("/") or "/") for m in route.methods - {"HEAD", "OPTIONS"}}
    return found


def test_every_route_has_an_isolation_case(app: Litestar) -> None:
    covered = {(m, p.rstrip("/") or "/") for m, p in CASES} | PUBLIC
    missing = {
        (m, p) for m, p in app_routes(app) if (m, p) not in covered and not p.startswith(OPERATOR_PREFIXES)
    }
    assert not missing, (
        "routes without an isolation test (add a case to CASES in tests/accounts/test_isolation.py, "
        f"or to PUBLIC if they show no one's data): {sorted(missing)}"
    )


@pytest.fixture
def plaid() -> Iterator[tuple[FakePlaid, str]]:
    fake = FakePlaid()
    with serve(fake) as url:
        yield fake, url


@pytest.fixture
def google_settings(google_settings: Settings, plaid: tuple[FakePlaid, str]) -> Settings:
    """Plaid configured too, pointed at a local server, so the Plaid routes act for real."""
    return dataclasses.replace(
        google_settings, plaid_client_id=CLIENT_ID, plaid_secret=SECRET, plaid_base_url=plaid[1]
    )


@pytest.fixture
async def world(
    app: Litestar,
    client: AsyncTestClient[Litestar],
    provider: Provider,
    google_settings: Settings,
    plaid: tuple[FakePlaid, str],
) -> World:
    a = await give_everything(google_settings, "alice@example.com")
    started = await client.post(
        "/api/detection/scan/email", headers={"Authorization": f"Bearer {a.api_token}"}
    )
    assert started.status_code == 202
    b_csrf = await google_sign_in(client, provider, "bob")
    b = await give_everything(google_settings, "bob@example.com")
    world = World(app, client, google_settings, a, b, b_csrf, started.json()["jobId"], plaid[0])
    world.a_upload().parent.mkdir(parents=True, exist_ok=True)
    world.a_upload().write_bytes(CSV)
    return world


@pytest.mark.parametrize("route", sorted(CASES), ids=lambda r: f"{r[0]} {r[1]}")
async def test_b_cannot_read_or_change_a_s_data(world: World, route: tuple[str, str]) -> None:
    await CASES[route](world)


async def test_the_api_ignores_the_session_cookie(world: World) -> None:
    """A signed-in browser carries no authority on /api, so a third-party page cannot use it."""
    response = await world.client.get("/api/subscriptions/")
    assert response.status_code == 401


async def test_a_revoked_or_unknown_token_gets_401(world: World) -> None:
    for token in ("sk_not-a-token", world.b.api_token + "x"):
        response = await world.client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
