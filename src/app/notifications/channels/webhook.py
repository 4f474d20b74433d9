"""Signed webhooks, Standard Webhooks scheme (https://www.standardwebhooks.com/).

Headers ``webhook-id`` (stable per message: a repeat keeps it, so receivers
drop it), ``webhook-timestamp`` (seconds) and ``webhook-signature``:
``v1,`` + base64 HMAC-SHA256 over ``{id}.{timestamp}.{body}`` with the
endpoint's secret, whose ``whsec_`` prefix is followed by the base64 key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Sequence

import httpx

from app.notifications.channels import ChannelError

SECRET_PREFIX = "whsec_"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
ANSWER_LIMIT = 500


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def check_url(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"not a URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError("a webhook URL is http:// or https:// with a host")
    return url


def host(url: str) -> str:
    return httpx.URL(url).host


async def send_webhook(
    url: str, secret: str, message_id: str, body: bytes, connect_to: Sequence[str] = ()
) -> str:
    """POST the signed event. ``connect_to``: the checked addresses, tried in turn instead of looking
    the name up again (the name still goes in ``Host`` and TLS SNI, and the certificate must match it);
    empty: the name is looked up as usual (the check is off)."""
    timestamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "user-agent": "Subscout-Webhooks/1",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, message_id, timestamp, body),
    }
    target = httpx.URL(url)
    if connect_to:
        pinned = headers | {"host": target.netloc.decode("ascii")}
        sni = {"sni_hostname": target.host}
        attempts = [(target.copy_with(host=address), pinned, sni) for address in connect_to]
    else:
        attempts = [(target, headers, {})]
    unreachable: list[str] = []
    async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False) as client:
        for destination, attempt_headers, extensions in attempts:
            try:
                response = await client.post(
                    destination, content=body, headers=attempt_headers, extensions=extensions
                )
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached this address: the next one cannot make a second copy. Past the
                # connection (a read timeout), the receiver may have the event: no other address is tried.
                unreachable.append(f"{destination.host}: {type(exc).__name__}: {exc}")
                continue
            except httpx.HTTPError as exc:
                raise ChannelError(f"could not reach the endpoint: {type(exc).__name__}: {exc}") from None
            if not response.is_success:
                raise ChannelError(_answer(response))
            return _answer(response)
    raise ChannelError("could not reach the endpoint: " + "; ".join(unreachable))


def _answer(response: httpx.Response) -> str:
    """What the receiver answered, as the delivery log shows it."""
    return f"{response.status_code} {response.reason_phrase}: {response.text[:ANSWER_LIMIT]}".rstrip(": ")
