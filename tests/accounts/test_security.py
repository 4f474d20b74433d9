"""Sessions, CSRF, security headers, the operator area, the API description, and secrets kept out of logs."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import logging
import re
import uuid

import pytest
from litestar import Litestar, get
from litestar.routes import HTTPRoute
from litestar.testing import AsyncTestClient

from app.accounts.google import google_credential
from app.config import Settings
from app.lib.database import standalone_session
from app.server import CSRF_COOKIE, SESSION_COOKIE, create_app
from tests.accounts.helpers import (
    BASE_URL,
    NEW_TOKEN,
    csrf_from,
    give_everything,
    google_sign_in,
    user_by_email,
)
from tests.accounts.provider import CLIENT_SECRET, Provider
from tests.accounts.test_isolation import OPERATOR_PREFIXES, app_routes

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
HOST = "testserver.local"
PROVIDER_LOGGERS = ("authlib", "oidc_provider_mock", "werkzeug")


def concrete(path: str) -> str:
    """A request path for a route template: any value fits, the guard or CSRF check answers first."""
    return re.sub(r"\{[^}]+\}", lambda m: str(uuid.uuid4()) if ":uuid" in m.group(0) else "x", path)


async def test_an_unknown_session_id_is_replaced_not_adopted(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    """Session fixation: an id the server never issued is never used, and sign-in issues a new one."""
    planted = "a" * 64
    client.cookies.set(SESSION_COOKIE, planted, domain=HOST)
    start = await client.get("/auth/google", follow_redirects=False)
    issued = client.cookies.get(SESSION_COOKIE)
    assert issued not in (None, planted)
    await google_sign_in(client, provider, "alice")
    signed_in = client.cookies.get(SESSION_COOKIE)
    assert signed_in not in (None, planted, issued), "sign-in rotates the session id"
    assert start.status_code == 302


async def test_the_pre_sign_in_id_and_a_signed_out_id_stop_working(
    client: AsyncTestClient[Litestar], other_client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    await client.get("/auth/google", follow_redirects=False)
    before = client.cookies.get(SESSION_COOKIE)
    csrf = await google_sign_in(client, provider, "alice")
    after = client.cookies.get(SESSION_COOKIE)
    other_client.cookies.set(SESSION_COOKIE, str(before), domain=HOST)
    assert (await other_client.get("/", follow_redirects=False)).status_code in (302, 303)
    other_client.cookies.set(SESSION_COOKIE, str(after), domain=HOST)
    assert (await other_client.get("/", follow_redirects=False)).status_code == 200
    out = await client.post("/signout", data={"_csrf_token": csrf}, follow_redirects=False)
    assert out.headers["location"] == "/signin"
    assert (await other_client.get("/", follow_redirects=False)).status_code in (302, 303)


async def test_anonymous_visitors_get_no_session(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/signin")
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


ONE_CLICK_UNSUBSCRIBE = "/notifications/unsubscribe/"
"""RFC 8058: mail providers POST it with no session; its signed token is the check (tests/notifications)."""


async def test_every_form_and_htmx_route_refuses_a_request_without_the_csrf_token(
    app: Litestar, client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    await google_sign_in(client, provider, "alice")
    checked = []
    for method, path in sorted(app_routes(app)):
        if method not in UNSAFE or path.startswith(("/api/", "/saq/api/", ONE_CLICK_UNSUBSCRIBE)):
            continue
        response = await client.request(method, concrete(path), headers={"HX-Request": "true"})
        assert response.status_code == 403, (method, path, response.status_code)
        checked.append(path)
    assert {"/signout", "/settings/tokens", "/scans/email", "/settings/delete-account"} <= set(checked)


async def test_a_cross_site_write_is_refused_even_with_a_token(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    csrf = await google_sign_in(client, provider, "alice")
    response = await client.post(
        "/settings/tokens",
        data={"_csrf_token": csrf, "name": "x"},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    same_site = await client.post(
        "/settings/tokens", data={"_csrf_token": csrf, "name": "x"}, headers={"Origin": BASE_URL}
    )
    assert same_site.status_code == 200


async def test_pages_carry_the_security_headers_and_no_inline_script_or_style(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    pages = [await client.get("/signin")]
    await google_sign_in(client, provider, "alice")
    pages += [await client.get("/"), await client.get("/settings")]
    for page in pages:
        csp = page.headers["content-security-policy"]
        assert "script-src 'self';" in csp
        assert "style-src 'self';" in csp
        assert "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert "unsafe-eval" not in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["x-frame-options"] == "DENY"
        assert page.headers["referrer-policy"] == "same-origin"
        assert page.headers["cache-control"] == "no-store"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text), "inline script"
        assert "<style" not in page.text
        assert " style=" not in page.text
        assert "includeIndicatorStyles" in page.text


async def test_api_answers_carry_the_rest_security_headers(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    """JSON loads nothing and is framed by no one; it is never stored; its request id comes back."""
    csrf = await google_sign_in(client, provider, "alice")
    created = await client.post("/settings/tokens", data={"_csrf_token": csrf, "name": "headers"})
    found = NEW_TOKEN.search(created.text)
    assert found is not None
    answer = await client.get("/api/me", headers={"Authorization": f"Bearer {found.group(1)}"})
    assert answer.status_code == 200
    assert answer.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["cache-control"] == "no-store"
    assert re.fullmatch(r"[0-9a-f]{32}", answer.headers["x-request-id"])


async def test_the_operator_area_refuses_everyone_but_operators(
    app: Litestar, client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    routes = sorted(
        (m, p) for m, p in app_routes(app) if p.startswith(OPERATOR_PREFIXES) and "static" not in p
    )
    assert ("GET", "/saq") in routes or ("GET", "/saq/") in routes or any(p == "/saq" for _, p in routes)
    for method, path in routes:
        response = await client.request(method, concrete(path), follow_redirects=False)
        if path.startswith("/api/"):
            assert response.status_code == 401, (method, path)
        else:
            assert response.status_code in (302, 303), (method, path)
            assert response.headers["location"].startswith("/signin")
    csrf = await google_sign_in(client, provider, "alice")
    token = (await give_everything(google_settings, "alice@example.com")).api_token
    for method, path in routes:
        headers = {"X-CSRFToken": csrf, "Authorization": f"Bearer {token}"}
        response = await client.request(method, concrete(path), headers=headers, follow_redirects=False)
        assert response.status_code == 403, (method, path, response.status_code)


async def test_an_operator_opens_saq_and_its_one_inline_script_is_allowed_by_hash(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    from app.accounts.services import UserService

    await google_sign_in(client, provider, "alice")
    async with standalone_session(google_settings) as session:
        user = await UserService(session=session).get_by_email("alice@example.com")
        assert user is not None
        user.is_operator = True
    page = await client.get("/saq")
    assert page.status_code == 200
    inline = re.findall(r"<script>(.*?)</script>", page.text)
    assert len(inline) == 1
    digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in page.headers["content-security-policy"]
    assert (await client.get("/saq/api/queues")).status_code == 200
    assert 'href="/saq"' in (await client.get("/")).text


async def test_the_openapi_document_declares_the_bearer_scheme(client: AsyncTestClient[Litestar]) -> None:
    doc = (await client.get("/schema/openapi.json")).json()
    assert doc["components"]["securitySchemes"]["BearerToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": doc["components"]["securitySchemes"]["BearerToken"]["description"],
    }
    assert {"BearerToken": []} in doc["security"]
    assert "/api/me" in doc["paths"]
    assert not any(path.startswith(("/settings", "/signin", "/auth")) for path in doc["paths"])


async def test_demo_sign_in_exists_only_in_demo_mode(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    page = await client.get("/signin")
    assert "Continue with demo account" not in page.text
    form = {"_csrf_token": client.cookies[CSRF_COOKIE]}
    refused = await client.post("/signin/demo", data=form, follow_redirects=False)
    assert refused.headers["location"] == "/signin?error=demo-off"
    assert (await client.get("/", follow_redirects=False)).status_code in (302, 303)
    demo_app = create_app(dataclasses.replace(settings, demo_mode=True))
    async with AsyncTestClient(demo_app, base_url=BASE_URL) as demo:
        page = await demo.get("/signin")
        assert "Continue with demo account" in page.text
        assert "Demo mode." in page.text
        await demo.post("/signin/demo", data={"_csrf_token": csrf_from(page.text)})
        assert "Demo account" in (await demo.get("/")).text


async def test_no_secret_reaches_a_log_line_or_an_error_page(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings, app: Litestar,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    csrf = await google_sign_in(client, provider, "alice")
    start = await client.get("/settings/gmail/connect", follow_redirects=False)
    back = await provider.authorize(start.headers["location"], "alice")
    code = re.search(r"code=([^&]+)", back)
    assert code is not None
    await client.get(back.replace("http://testserver.local", ""))
    created = await client.post("/settings/tokens", data={"_csrf_token": csrf, "name": "logs"})
    token = re.search(r'id="new-token">([^<]+)<', created.text)
    assert token is not None
    assert (
        await client.get("/api/me", headers={"Authorization": f"Bearer {token.group(1)}"})
    ).status_code == 200
    user = await user_by_email(google_settings, "alice@example.com")
    assert user is not None
    async with standalone_session(google_settings) as session:
        credential = await google_credential(session, user.id)
        assert credential is not None
        tokens = [credential.access_token, credential.refresh_token]

    @get("/boom", sync_to_thread=False)
    def boom() -> None:
        raise RuntimeError("failure while handling the request")

    app.register(boom)
    error = await client.get("/boom", headers={"Authorization": f"Bearer {token.group(1)}"})
    assert error.status_code == 500
    secrets = [
        token.group(1), code.group(1), CLIENT_SECRET, csrf, client.cookies[SESSION_COOKIE],
        google_settings.secret_key, *google_settings.encryption_keys, *tokens,
    ]  # fmt: skip
    # The provider runs in this process for the test; its own logs are not Subscout's.
    formatter = logging.Formatter()
    ours = "\n".join(formatter.format(r) for r in caplog.records if not r.name.startswith(PROVIDER_LOGGERS))
    assert "/boom" in ours, "the logs were captured"
    for secret in secrets:
        assert secret, "every secret was captured"
        assert secret not in ours
        assert secret not in error.text
        assert secret not in repr(google_settings)


def test_routes_helper_sees_http_routes(app: Litestar) -> None:
    assert any(isinstance(r, HTTPRoute) for r in app.routes)
