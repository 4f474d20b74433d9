"""A real OpenID provider for tests: ``oidc-provider-mock`` in a thread, plus RFC 7009 revocation.

The mock has no revocation endpoint, so a thin WSGI wrapper adds one (recording
what was revoked) and names it in the discovery document; every other request
is the mock's own.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
import oidc_provider_mock
from werkzeug.serving import make_server

HOST = "localhost"
"""The mock's issuer is the request's host: every URL here uses this one name."""
CLIENT_ID = "subscout-test-client"
CLIENT_SECRET = "subscout-test-client-secret-0123456789"
USERS = {
    "alice": {"email": "alice@example.com", "email_verified": True, "name": "Alice"},
    "bob": {"email": "bob@example.com", "email_verified": True, "name": "Bob"},
    "mallory": {"email": "mallory@example.com", "email_verified": False},
}


@dataclass
class Provider:
    port: int
    revoked: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def discovery_url(self) -> str:
        return f"{self.base_url}/.well-known/openid-configuration"

    async def authorize(self, authorization_url: str, sub: str) -> str:
        """What a person does at the provider: pick the account, approve. Returns the redirect back."""
        async with httpx.AsyncClient() as client:
            response = await client.post(authorization_url, data={"sub": sub})
        assert response.status_code == 302, response.text[:500]
        return response.headers["location"]

    async def revoke_all(self, sub: str) -> None:
        """The person revokes the app at the provider (their account page)."""
        async with httpx.AsyncClient() as client:
            response = await client.post(f"{self.base_url}/users/{sub}/revoke-tokens")
        assert response.status_code == 204


class _WithRevocation:
    def __init__(self, inner: Any, provider: Provider) -> None:
        self.inner = inner
        self.provider = provider

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        path = environ["PATH_INFO"]
        if path == "/oauth2/revoke":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            form = parse_qs(environ["wsgi.input"].read(length).decode())
            self.provider.revoked.extend(form.get("token", []))
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b""]
        if path == "/.well-known/openid-configuration":
            return self._discovery(environ, start_response)
        return self.inner(environ, start_response)

    def _discovery(self, environ: dict[str, Any], start_response: Any) -> Any:
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], *_: Any) -> None:
            captured["status"] = status

        document = json.loads(b"".join(self.inner(environ, capture)))
        document["revocation_endpoint"] = f"{self.provider.base_url}/oauth2/revoke"
        body = json.dumps(document).encode()
        start_response(captured["status"], [("Content-Type", "application/json")])
        return [body]


@contextmanager
def running_provider() -> Iterator[Provider]:
    users = [oidc_provider_mock.User(sub=sub, claims=claims) for sub, claims in USERS.items()]
    inner = oidc_provider_mock.app(require_nonce=True, user_claims=users)
    server = make_server(HOST, 0, None, threaded=True)  # type: ignore[arg-type]
    provider = Provider(port=server.server_port)
    server.app = _WithRevocation(inner, provider)  # type: ignore[assignment]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        thread.join(timeout=5)
