"""Links that carry their own permission: an HMAC over what they grant and until when."""

from __future__ import annotations

import hashlib
import hmac
import time


def sign(secret: str, subject: str, expires_at: int) -> str:
    """The signature of ``subject`` valid until ``expires_at`` (epoch seconds)."""
    message = f"{subject}\n{expires_at}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret: str, subject: str, expires_at: int, signature: str, now: float | None = None) -> bool:
    """True when the signature is ours for this subject and has not expired."""
    if expires_at < (time.time() if now is None else now):
        return False
    return hmac.compare_digest(sign(secret, subject, expires_at), signature)
