"""A local Gmail API server for tests: real HTTP, Google's documented paths, paging and error shapes.

Implements ``users.getProfile``, ``users.messages.list`` (``q`` with ``after:``/``before:`` and
``{a b "c d"}`` OR-terms, ``maxResults``, ``pageToken``), ``users.messages.get?format=raw`` and
``users.history.list`` (``startHistoryId``, paging, 404 for an expired start). Errors use
Google's JSON error body. Faults (429, 500, 403 rate limit, expired token) can be queued.
"""

from __future__ import annotations

import base64
import email
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

STATUS = {
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    400: "INVALID_ARGUMENT",
}
REASON = {
    401: "authError",
    403: "rateLimitExceeded",
    404: "notFound",
    429: "rateLimitExceeded",
    500: "backendError",
    503: "backendError",
    400: "invalidArgument",
}
MESSAGE = {
    401: "Request had invalid authentication credentials. Expected OAuth 2 access token.",
    403: "User-rate limit exceeded.",
    404: "Requested entity was not found.",
    429: "Resource has been exhausted (e.g. check quota).",
    500: "Backend Error",
    503: "The service is currently unavailable.",
    400: "Invalid argument",
}


@dataclass
class StoredMessage:
    id: str
    raw: bytes
    internal_ms: int
    history_id: int
    _searchable: str | None = None

    @property
    def searchable(self) -> str:
        """Subject and body, lower-cased (what a search term is matched against)."""
        if self._searchable is None:
            msg = email.message_from_bytes(self.raw, policy=policy.default)
            body = msg.get_body(("plain", "html"))
            content = body.get_content() if body is not None else ""  # type: ignore[union-attr]
            self._searchable = f"{msg['Subject']}\n{content}".lower()
        return self._searchable


@dataclass
class FakeGmail:
    """Server state; mutate it from the test (add messages, queue faults, expire tokens)."""

    valid_tokens: set[str] = field(default_factory=lambda: {"token-1"})
    messages: list[StoredMessage] = field(default_factory=list)
    history: list[tuple[int, str]] = field(default_factory=list)
    history_id: int = 1000
    oldest_history_id: int = 1000
    faults: list[tuple[str, int]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, raw: bytes) -> str:
        with self.lock:
            self.history_id += 1
            msg_id = f"{self.history_id:016x}"
            date_header = email.message_from_bytes(raw.split(b"\n\n", 1)[0])["Date"]
            when = parsedate_to_datetime(str(date_header)) if date_header else datetime.now(UTC)
            self.messages.append(StoredMessage(msg_id, raw, int(when.timestamp() * 1000), self.history_id))
            self.history.append((self.history_id, msg_id))
            return msg_id

    def expire_history_before(self, history_id: int) -> None:
        self.oldest_history_id = history_id

    # -------------------------------------------------------------- endpoints

    def handle(self, path: str, query: dict[str, str], token: str | None) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.requests.append(path)
            for i, (fragment, status) in enumerate(self.faults):
                if fragment in path:
                    del self.faults[i]
                    return status, error(status)
        if token not in self.valid_tokens:
            return 401, error(401)
        prefix = "/gmail/v1/users/me"
        if not path.startswith(prefix):
            return 404, error(404)
        route = path[len(prefix) :]
        if route == "/profile":
            return 200, {
                "emailAddress": "alex@example.net",
                "messagesTotal": len(self.messages),
                "threadsTotal": len(self.messages),
                "historyId": str(self.history_id),
            }
        if route == "/messages":
            return self.list_messages(query)
        if route.startswith("/messages/"):
            return self.get_message(route.rsplit("/", 1)[1], query)
        if route == "/history":
            return self.list_history(query)
        return 404, error(404)

    def list_messages(self, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        matches = [
            m
            for m in sorted(self.messages, key=lambda m: -m.internal_ms)
            if matches_query(m, query.get("q", ""))
        ]
        return 200, page(
            matches,
            query,
            lambda m: {"id": m.id, "threadId": m.id},
            "messages",
            extra={"resultSizeEstimate": len(matches)},
        )

    def get_message(self, msg_id: str, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        found = next((m for m in self.messages if m.id == msg_id), None)
        if found is None:
            return 404, error(404)
        if query.get("format") != "raw":
            return 400, error(400)
        return 200, {
            "id": found.id,
            "threadId": found.id,
            "labelIds": ["INBOX"],
            "snippet": "",
            "historyId": str(found.history_id),
            "internalDate": str(found.internal_ms),
            "sizeEstimate": len(found.raw),
            "raw": base64.urlsafe_b64encode(found.raw).decode().rstrip("="),
        }

    def list_history(self, query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        start = int(query.get("startHistoryId", "0"))
        if start < self.oldest_history_id:
            return 404, error(404)
        records = [(h, mid) for h, mid in self.history if h > start]
        body = page(
            records,
            query,
            lambda r: {
                "id": str(r[0]),
                "messages": [{"id": r[1], "threadId": r[1]}],
                "messagesAdded": [{"message": {"id": r[1], "threadId": r[1], "labelIds": ["INBOX"]}}],
            },
            "history",
            extra={"historyId": str(self.history_id)},
        )
        return 200, body


def error(status: int) -> dict[str, Any]:
    """Google's JSON error body."""
    return {
        "error": {
            "code": status,
            "message": MESSAGE[status],
            "errors": [{"message": MESSAGE[status], "domain": "global", "reason": REASON[status]}],
            "status": STATUS[status],
        }
    }


def page(
    items: list[Any], query: dict[str, str], render: Any, key: str, *, extra: dict[str, Any]
) -> dict[str, Any]:
    size = min(int(query.get("maxResults", "100")), 500)
    start = int(query.get("pageToken", "0") or 0)
    chunk = items[start : start + size]
    body: dict[str, Any] = {**extra}
    if chunk:
        body[key] = [render(i) for i in chunk]
    if start + size < len(items):
        body["nextPageToken"] = str(start + size)
    return body


_TERM = re.compile(r'"([^"]+)"|(\S+)')


def matches_query(msg: StoredMessage, q: str) -> bool:
    for op, value in re.findall(r"(after|before):(\d{4}/\d{1,2}/\d{1,2})", q):
        y, m, d = (int(x) for x in value.split("/"))
        ms = int(datetime(y, m, d, tzinfo=UTC).timestamp() * 1000)
        if (op == "after" and msg.internal_ms < ms) or (op == "before" and msg.internal_ms >= ms):
            return False
    braces = re.search(r"\{([^}]*)\}", q)
    if not braces:
        return True
    terms = [a or b for a, b in _TERM.findall(braces.group(1))]
    return any(t.lower() in msg.searchable for t in terms)


class _Handler(BaseHTTPRequestHandler):
    state: FakeGmail
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # headers and body in one segment (no Nagle/delayed-ACK stalls)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        status, body = self.state.handle(url.path, query, token)
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: Any) -> None:
        return None


def serve(state: FakeGmail) -> Iterator[str]:
    """Run the server in a thread for the duration of a ``with``/fixture; yields its base URL."""
    handler = type("Handler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
