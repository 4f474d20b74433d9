"""Gmail over its REST API (httpx): full sync by search, incremental sync by history.

* Full sync: ``users.messages.list`` with a billing-focused query (or everything on a deep
  scan) and ``after:`` for the window, page by page until ``max_emails`` ids.
* Incremental: ``users.history.list`` from the stored ``historyId``; Gmail answers 404 when
  that id is too old, and the scan falls back to a full sync.
* ``users.messages.get?format=raw`` fetched concurrently, paced to stay within the per-user
  quota (``messages.get`` costs 5 units; 15,000 units per user per minute).
* 429, 5xx and rate-limit 403s are retried with exponential backoff (honouring
  ``Retry-After``); a 401 asks the token provider for a fresh token once.

The source never sees refresh tokens or the database: the caller passes an async
``token_provider(force_refresh)`` that returns a valid access token.
"""

from __future__ import annotations

import asyncio
import base64
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from app.detection.email.sources.base import MailSourceError, RawMessage, ScanWindow

TokenProvider = Callable[[bool], Awaitable[str]]
"""``await provider(force_refresh)`` → access token; ``True`` after the API rejected the last one."""

GMAIL_API = "https://gmail.googleapis.com"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})

BILLING_QUERY = (
    "{receipt invoice payment subscription renewal renew renews membership trial billing charged "
    "cancelled canceled cancellation abonnement abo rechnung zahlung kündigung facture paiement "
    "recibo factura suscripción pago ricevuta abbonamento factuur betaling fatura assinatura "
    '"price change" "order receipt"} -in:chats'
)
"""Gmail search for billing mail (several languages); a deep scan drops it."""


@dataclass(frozen=True)
class GmailQuota:
    """Gmail's documented per-user quota, and what ``messages.get`` costs in it."""

    units_per_minute: int = 15_000
    get_cost: int = 5
    list_cost: int = 5
    history_cost: int = 2


class QuotaPacer:
    """Token bucket over quota units: waits before a call would exceed the per-minute budget."""

    def __init__(self, units_per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = units_per_minute / 60.0
        self.capacity = float(units_per_minute) / 4  # allow short bursts, not a whole minute at once
        self.tokens = self.capacity
        self.clock = clock
        self.stamp = clock()
        self.lock = asyncio.Lock()

    async def spend(self, units: int) -> None:
        async with self.lock:
            self._refill()
            if self.tokens < units:
                await asyncio.sleep((units - self.tokens) / self.rate)
                self._refill()
            self.tokens -= units

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now


class GmailSource:
    """One user's Gmail mailbox."""

    def __init__(
        self,
        token_provider: TokenProvider,
        *,
        history_id: str | None = None,
        base_url: str = GMAIL_API,
        client: httpx.AsyncClient | None = None,
        concurrency: int = 8,
        quota: GmailQuota = GmailQuota(),
        max_retries: int = 5,
        backoff_base: float = 1.0,
        backoff_cap: float = 32.0,
    ) -> None:
        self.token_provider = token_provider
        self.start_history_id = history_id
        self.base = base_url.rstrip("/") + "/gmail/v1/users/me"
        self.client = client or httpx.AsyncClient(timeout=httpx.Timeout(30.0))
        self._own_client = client is None
        self.concurrency = concurrency
        self.quota = quota
        self.pacer = QuotaPacer(quota.units_per_minute)
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._token: str | None = None
        self._ids: list[str] = []
        self._history_id: str | None = history_id
        self.full_sync = True

    # ------------------------------------------------------------ MailReader

    async def select(self, window: ScanWindow) -> int:
        ids: list[str] | None = None
        if self.start_history_id:
            ids = await self._history_ids(self.start_history_id)
        if ids is None:
            self.full_sync = True
            self._history_id = str((await self._get("/profile", cost=1))["historyId"])
            ids = await self._list_ids(window)
        else:
            self.full_sync = False
        self._ids = ids[: window.max_emails] if window.max_emails is not None else ids
        return len(self._ids)

    async def messages(self) -> AsyncIterator[RawMessage]:
        step = max(1, self.concurrency)
        for start in range(0, len(self._ids), step):
            chunk = self._ids[start : start + step]
            for item in await asyncio.gather(*(self._raw(i) for i in chunk)):
                if item is not None:
                    yield item

    def checkpoint(self) -> dict[str, Any] | None:
        return {"history_id": self._history_id} if self._history_id else None

    def ends_on(self) -> date | None:
        return None

    async def aclose(self) -> None:
        if self._own_client:
            await self.client.aclose()

    # ------------------------------------------------------------ listing

    async def _list_ids(self, window: ScanWindow) -> list[str]:
        params: dict[str, str] = {"maxResults": "500"}
        query = search_query(window)
        if query:
            params["q"] = query
        ids: list[str] = []
        while True:
            page = await self._get("/messages", params, cost=self.quota.list_cost)
            ids.extend(m["id"] for m in page.get("messages", []))
            token = page.get("nextPageToken")
            if not token or (window.max_emails is not None and len(ids) >= window.max_emails):
                return ids
            params["pageToken"] = token

    async def _history_ids(self, start: str) -> list[str] | None:
        """Ids added since ``start`` (newest first), or ``None`` when Gmail no longer has that history."""
        params = {"startHistoryId": start, "historyTypes": "messageAdded", "maxResults": "500"}
        ids: list[str] = []
        while True:
            try:
                page = await self._get("/history", params, cost=self.quota.history_cost)
            except _NotFound:
                return None
            for record in page.get("history", []):
                ids.extend(added["message"]["id"] for added in record.get("messagesAdded", []))
            self._history_id = str(page.get("historyId", self._history_id))
            token = page.get("nextPageToken")
            if not token:
                return list(dict.fromkeys(reversed(ids)))
            params["pageToken"] = token

    async def _raw(self, message_id: str) -> RawMessage | None:
        try:
            body = await self._get(f"/messages/{message_id}", {"format": "raw"}, cost=self.quota.get_cost)
        except _NotFound:
            return None  # deleted between listing and fetching
        return RawMessage(f"gmail:{message_id}", _b64url(body["raw"]))

    # ------------------------------------------------------------ HTTP

    async def _get(self, path: str, params: dict[str, str] | None = None, *, cost: int) -> dict[str, Any]:
        await self.pacer.spend(cost)
        refreshed = False
        for attempt in range(self.max_retries + 1):
            response = await self._send(path, params, force_refresh=False)
            if response.status_code == 401 and not refreshed:
                refreshed = True
                self._token = await self.token_provider(True)
                response = await self._send(path, params, force_refresh=False)
            if response.status_code < 400:
                data: dict[str, Any] = response.json()
                return data
            if response.status_code == 404:
                raise _NotFound(path)
            if not _retryable(response) or attempt == self.max_retries:
                raise MailSourceError(f"Gmail API {path}: {response.status_code} {_error_message(response)}")
            await asyncio.sleep(self._delay(attempt, response))
        raise MailSourceError(
            f"Gmail API {path}: gave up"
        )  # pragma: no cover - loop always returns or raises

    async def _send(self, path: str, params: dict[str, str] | None, *, force_refresh: bool) -> httpx.Response:
        if self._token is None or force_refresh:
            self._token = await self.token_provider(force_refresh)
        try:
            return await self.client.get(
                self.base + path, params=params, headers={"Authorization": f"Bearer {self._token}"}
            )
        except httpx.TransportError as exc:
            return httpx.Response(503, json={"error": {"message": f"transport: {exc}"}})

    def _delay(self, attempt: int, response: httpx.Response) -> float:
        after = response.headers.get("Retry-After", "")
        if after.isdigit():
            return min(float(after), self.backoff_cap)
        delay: float = min(self.backoff_cap, self.backoff_base * 2.0**attempt)
        return delay * (0.5 + random.random() / 2)


class _NotFound(Exception):
    pass


def search_query(window: ScanWindow) -> str:
    """The ``q`` for ``messages.list``: the window's start date, and billing terms unless deep."""
    parts = []
    if window.since is not None:
        parts.append(f"after:{_gmail_date(window.since)}")
    if not window.deep:
        parts.append(BILLING_QUERY)
    return " ".join(parts)


def _gmail_date(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def _b64url(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _retryable(response: httpx.Response) -> bool:
    if response.status_code in RETRY_STATUS:
        return True
    if response.status_code == 403:
        return bool(RATE_LIMIT_REASONS & set(_error_reasons(response)))
    return False


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _error_reasons(response: httpx.Response) -> list[str]:
    return [str(e.get("reason")) for e in _error_body(response).get("errors", []) if isinstance(e, dict)]


def _error_message(response: httpx.Response) -> str:
    return str(_error_body(response).get("message") or response.reason_phrase)
