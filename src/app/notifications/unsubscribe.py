"""Signed one-click unsubscribe links (RFC 8058): they turn one kind of message off on one channel
without signing in, so the link itself must be unforgeable. HMAC-SHA256 with the app's secret key
over the channel and kinds; no expiry, since an old email's link must still work."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from uuid import UUID

PURPOSE = b"subscout-unsubscribe-v1:"


@dataclass(frozen=True)
class Unsubscribe:
    channel_id: UUID
    kinds: tuple[str, ...]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret_key: str, body: bytes) -> bytes:
    return hmac.new(secret_key.encode(), PURPOSE + body, hashlib.sha256).digest()


def make_token(secret_key: str, channel_id: UUID, kinds: list[str]) -> str:
    body = json.dumps({"c": str(channel_id), "k": sorted(set(kinds))}, separators=(",", ":")).encode()
    return f"{_b64(body)}.{_b64(_mac(secret_key, body))}"


def read_token(secret_key: str, token: str) -> Unsubscribe | None:
    """The request the token carries, or None when it was not made with this key (or is garbled)."""
    try:
        body_part, mac_part = token.split(".", 1)
        body = _unb64(body_part)
        if not hmac.compare_digest(_mac(secret_key, body), _unb64(mac_part)):
            return None
        data = json.loads(body)
        return Unsubscribe(UUID(data["c"]), tuple(str(k) for k in data["k"]))
    except (ValueError, KeyError, TypeError):
        return None
