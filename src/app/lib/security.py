"""Browser-facing hardening: security headers, a same-origin check on writes, log redaction.

The Content-Security-Policy allows scripts, styles and connections from this
origin only. No template has inline script or style (htmx's injected indicator
style is switched off in ``base.html``); SAQ's web UI has one inline line,
allowed by its hash on ``/saq`` pages alone.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from typing import Any
from urllib.parse import urlsplit

from litestar.types import HTTPResponseStartEvent, HTTPScope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAQ_PATH = "/saq"
CSRF_COOKIE = "subscout_csrf"
"""The CSRF middleware's cookie; its value is the token forms carry (fragments sent over a socket too)."""


def _script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


SAQ_INLINE_SCRIPT = _script_hash(f'const root_path = "{SAQ_PATH}";')
"""litestar-saq's page sets ``root_path`` inline; its hash is the only inline script we allow."""


def content_security_policy(extra_script: str = "") -> str:
    script_src = f"'self' {extra_script}".strip()
    return "; ".join(
        (
            "default-src 'self'",
            f"script-src {script_src}",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


PAGE_CSP = content_security_policy()
SAQ_CSP = content_security_policy(SAQ_INLINE_SCRIPT)


API_CSP = "default-src 'none'; frame-ancestors 'none'"
"""JSON loads nothing and is framed by no one (OWASP's REST headers): the strictest policy."""


def is_api_path(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def security_headers(path: str, https: bool) -> list[tuple[str, str]]:
    framing = [("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY")]
    if is_api_path(path):
        # What a browser could do with a JSON answer (OWASP's REST set): the referrer, opener and
        # permission policies only concern documents, and each header costs every status poll.
        headers = [("Content-Security-Policy", API_CSP), *framing]
    else:
        headers = [
            ("Content-Security-Policy", SAQ_CSP if path.startswith(SAQ_PATH) else PAGE_CSP),
            *framing,
            ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
        ]
    if https:
        headers.append(("Strict-Transport-Security", "max-age=31536000"))
    return headers


def origin_matches(origin: str, host: str, public_url: str) -> bool:
    """Is ``origin`` (a browser's Origin header) this site, as reached directly or via PUBLIC_URL?"""
    netloc = urlsplit(origin).netloc
    allowed = {host} | ({urlsplit(public_url).netloc} if public_url else set())
    return bool(netloc) and netloc in allowed


class SecurityPolicy:
    """The headers every HTTP response carries, and the refusal of cross-site writes.

    Every form already carries a CSRF token; the Origin check is a second lock for
    the few routes without one (SAQ's own JSON API under ``/saq/api``) and costs nothing.
    ``/api`` is exempt: it ignores cookies, so a cross-site request there carries no authority.
    """

    def __init__(self, public_url: str = "") -> None:
        self.public_url = public_url
        https = public_url.startswith("https://")
        # Encoded once, no-store included where it applies: every response carries them
        # (a status poll's CPU is counted in microseconds).
        self._page_headers = _encoded(security_headers("/", https))
        self._saq_headers = _encoded(security_headers(SAQ_PATH, https))
        self._api_headers = _encoded(security_headers("/api/", https))

    def headers_for(self, path: str) -> tuple[list[tuple[bytes, bytes]], bool]:
        """The headers to add to ``path``'s response, and whether it must not be stored
        (pages and API answers hold personal data: no shared or disk caches)."""
        if is_api_path(path):
            return self._api_headers, True
        extra = self._saq_headers if path.startswith(SAQ_PATH) else self._page_headers
        return extra, not path.startswith(("/static/", f"{SAQ_PATH}/static/"))

    def refuses(self, scope: HTTPScope) -> bool:
        """A write from another site (its Origin header names another host)."""
        if scope["method"] in SAFE_METHODS or is_api_path(scope["path"]):
            return False
        headers = dict(scope["headers"])
        origin = headers.get(b"origin")
        if origin is None:
            return False
        return not origin_matches(
            origin.decode("latin-1"), headers.get(b"host", b"").decode(), self.public_url
        )


NO_STORE = (b"cache-control", b"no-store")


def _encoded(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]


async def refuse_cross_site(send: Send) -> None:
    body = b"Cross-site request refused"
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"%d" % len(body))]
    start: HTTPResponseStartEvent = {"type": "http.response.start", "status": 403, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


SECRET_PARAMS = re.compile(
    r"\b(code|state|token|access_token|refresh_token|id_token|client_secret|code_verifier|nonce|_csrf_token)"
    r"=[^&\s\"']+",
    re.IGNORECASE,
)
BEARER = re.compile(r"\b(Bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
API_TOKEN = re.compile(r"\bsk_[A-Za-z0-9_-]{8,}")


def redact(text: str) -> str:
    """Replace OAuth parameters, bearer credentials and API tokens in ``text``."""
    text = SECRET_PARAMS.sub(r"\1=[redacted]", text)
    text = BEARER.sub(r"\1 [redacted]", text)
    return API_TOKEN.sub("sk_[redacted]", text)


_PLAIN = (int, float, bool, type(None))


def _redact_arg(arg: Any) -> Any:
    """Numbers pass as they are (``%d`` needs them); anything else is redacted as its text,
    which is what ``%s`` would print (httpx logs URL objects, not strings)."""
    return arg if isinstance(arg, _PLAIN) else redact(str(arg))


def _redact_args(args: Any) -> Any:
    if isinstance(args, tuple):
        return tuple(_redact_arg(a) for a in args)
    if isinstance(args, dict):
        return {k: _redact_arg(v) for k, v in args.items()}
    return args


_redacting = False


def install_log_redaction() -> None:
    """Scrub secrets from every log record this process creates, whichever logger or handler.

    A record factory (rather than a filter) because filters on a logger do not see
    records from its children, and uvicorn, Litestar and httpx each log through
    their own loggers and handlers. Arguments are redacted one by one, not merged
    into the message, because uvicorn's access formatter unpacks them.
    """
    global _redacting
    if _redacting:
        return
    make_record = logging.getLogRecordFactory()

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        record.args = _redact_args(record.args)
        return record

    logging.setLogRecordFactory(redacting_factory)
    _redacting = True
