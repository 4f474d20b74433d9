"""A local HTTP server speaking Plaid's documented ``/transactions/sync`` request, response and errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CLIENT_ID, SECRET, ACCESS_TOKEN = "client-123", "secret-456", "access-sandbox-789"
PUBLIC_TOKEN = "public-sandbox-0a1b"
ACCOUNTS = [
    {
        "account_id": "acc-checking",
        "name": "Plaid Checking",
        "official_name": "Plaid Gold Standard 0% Interest Checking",
        "mask": "0000",
        "type": "depository",
        "subtype": "checking",
        "balances": {"available": 100, "current": 110, "iso_currency_code": "USD", "limit": None},
    }
]

INSTITUTION = {"institution_id": "ins_109508", "name": "First Platypus Bank", "country_codes": ["US"]}
ITEM = {"item_id": "item-42", "institution_id": "ins_109508", "products": ["transactions"], "webhook": ""}
"""As ``/item/get`` answers it; older API versions carry no ``institution_name``."""
ITEM_ENDPOINTS = frozenset({"/accounts/get", "/item/get", "/item/remove"})


def plaid_txn(txn_id: str, day: str, amount: float, name: str, **extra: Any) -> dict[str, Any]:
    """A transaction object as Plaid documents it (positive amount = money out)."""
    return {
        "transaction_id": txn_id,
        "account_id": extra.pop("account_id", "acc-checking"),
        "amount": amount,
        "iso_currency_code": "USD",
        "unofficial_currency_code": None,
        "date": day,
        "authorized_date": day,
        "name": name,
        "merchant_name": extra.pop("merchant_name", None),
        "original_description": extra.pop("original_description", None),
        "pending": extra.pop("pending", False),
        "pending_transaction_id": None,
        "payment_channel": "online",
        **extra,
    }


@dataclass
class FakePlaid:
    """``pages`` maps a request cursor ("" for the first) to one response page."""

    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    mutate_once_at: set[str] = field(default_factory=set)
    error: dict[str, Any] | None = None
    error_times: int | None = None
    """How many ``/transactions/sync`` calls get ``error`` before it clears (None: every call)."""
    requests: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Every request, as ``(path, body)``."""
    removed_items: list[str] = field(default_factory=list)
    """Access tokens whose item ``/item/remove`` ended; Plaid refuses them afterwards."""

    def page(self, cursor: str, next_cursor: str, *, has_more: bool, **changes: list[dict[str, Any]]) -> None:
        self.pages[cursor] = {
            "added": changes.get("added", []),
            "modified": changes.get("modified", []),
            "removed": changes.get("removed", []),
            "accounts": [],
            "next_cursor": next_cursor,
            "has_more": has_more,
            "transactions_update_status": "HISTORICAL_UPDATE_COMPLETE",
            "request_id": f"req-{len(self.requests)}",
        }

    def route(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.calls.append((path, body))
        if body.get("client_id") != CLIENT_ID or body.get("secret") != SECRET:
            return 400, _error("INVALID_INPUT", "INVALID_API_KEYS", "invalid client_id or secret provided")
        if path == "/transactions/sync":
            return self.answer(body)
        if path == "/link/token/create":
            if not body.get("user", {}).get("client_user_id") or body.get("products") != ["transactions"]:
                return 400, _error(
                    "INVALID_REQUEST", "MISSING_FIELDS", "the following required fields are missing"
                )
            return 200, {
                "link_token": "link-sandbox-af1a",
                "expiration": "2026-11-29T14:00:00Z",
                "request_id": "r",
            }
        if path == "/item/public_token/exchange":
            if body.get("public_token") != PUBLIC_TOKEN:
                return 400, _error(
                    "INVALID_INPUT", "INVALID_PUBLIC_TOKEN", "provided public token is expired"
                )
            return 200, {"access_token": ACCESS_TOKEN, "item_id": "item-42", "request_id": "r"}
        if body.get("access_token") in self.removed_items:
            return 400, _error("ITEM_ERROR", "ITEM_NOT_FOUND", "the Item you requested cannot be found")
        if path in ITEM_ENDPOINTS and body.get("access_token") == ACCESS_TOKEN:
            return self.item_endpoint(path, body)
        if path == "/institutions/get_by_id" and body.get("institution_id") == INSTITUTION["institution_id"]:
            return 200, {"institution": INSTITUTION, "request_id": "r"}
        return 404, _error("INVALID_REQUEST", "NOT_FOUND", "unknown endpoint")

    def item_endpoint(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if path == "/item/remove":
            self.removed_items.append(str(body["access_token"]))
            return 200, {"request_id": "r"}
        if path == "/item/get":
            return 200, {"item": ITEM, "status": {}, "request_id": "r"}
        return 200, {"accounts": ACCOUNTS, "item": ITEM, "request_id": "r"}

    def answer(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.requests.append(body)
        if body.get("access_token") in self.removed_items:
            return 400, _error("ITEM_ERROR", "ITEM_NOT_FOUND", "the Item you requested cannot be found")
        if body.get("access_token") != ACCESS_TOKEN:
            return 400, _error(
                "INVALID_INPUT", "INVALID_ACCESS_TOKEN", "provided access token is in an invalid format"
            )
        if self.error is not None:
            error = self.error
            if self.error_times is not None:
                self.error_times -= 1
                self.error = None if self.error_times <= 0 else error
            return 400, error
        cursor = body.get("cursor", "")
        if cursor in self.mutate_once_at:
            self.mutate_once_at.discard(cursor)
            return 400, _error(
                "TRANSACTIONS_ERROR",
                "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                "Underlying transaction data changed since last page was fetched. Please restart pagination "
                "from last update.",
            )
        if cursor not in self.pages:
            return 400, _error("INVALID_FIELD", "INVALID_FIELD", "cursor not associated with access_token")
        return 200, self.pages[cursor]


def _error(error_type: str, code: str, message: str, display: str | None = None) -> dict[str, Any]:
    return {
        "error_type": error_type,
        "error_code": code,
        "error_message": message,
        "display_message": display,
        "request_id": "req-error",
        "causes": [],
        "status": 400,
        "documentation_url": "https://plaid.com/docs/errors/",
        "suggested_action": None,
    }


def item_login_required() -> dict[str, Any]:
    return _error(
        "ITEM_ERROR",
        "ITEM_LOGIN_REQUIRED",
        "the login details of this item have changed (credentials, MFA, or required user action) and a user "
        "login is required to update this information.",
        "Please reconnect your bank account.",
    )


@contextmanager
def serve(fake: FakePlaid) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            status, body = fake.route(self.path, json.loads(self.rfile.read(length) or b"{}"))
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
