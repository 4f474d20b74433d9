"""Plaid ``/transactions/sync``: cursor, pagination, added/modified/removed.

The caller passes the decrypted access token; nothing here stores it or touches the database.
Plaid reports money out as a positive amount; ``Transaction`` uses negative for money out.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from app.detection.bank.providers.base import ProviderAccount, ProviderError, SyncResult
from app.detection.bank.transactions import Transaction, money

ENVIRONMENTS = {
    "sandbox": "https://sandbox.plaid.com",
    "development": "https://development.plaid.com",
    "production": "https://production.plaid.com",
}
MUTATION_DURING_PAGINATION = "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION"
REAUTH_CODES = frozenset(
    {"ITEM_LOGIN_REQUIRED", "ACCESS_NOT_GRANTED", "ITEM_NOT_FOUND", "INVALID_ACCESS_TOKEN"}
)
RETRYABLE_TYPES = frozenset({"RATE_LIMIT_EXCEEDED", "API_ERROR", "INSTITUTION_ERROR"})
PAGE_SIZE = 500
COUNTRY_CODES = ["US", "GB", "CA", "FR", "DE", "ES", "NL", "IE"]
MAX_RESTARTS = 3
MAX_DAYS_REQUESTED = 730


@dataclass(slots=True)
class _Pages:
    added: dict[str, Transaction] = field(default_factory=dict)
    modified: dict[str, Transaction] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


class PlaidProvider:
    """``BankProvider`` for Plaid. Build one per worker; it holds only client credentials."""

    name = "plaid"

    def __init__(
        self,
        client_id: str,
        secret: str,
        *,
        environment: str = "sandbox",
        base_url: str | None = None,
        client: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._auth = {"client_id": client_id, "secret": secret}
        self._base_url = (base_url or ENVIRONMENTS[environment]).rstrip("/")
        self._client = client
        self._timeout = timeout

    async def sync(
        self,
        access_token: str,
        *,
        cursor: str | None,
        days_back: int = 365,
        account_ids: Collection[str] | None = None,
        today: date | None = None,
    ) -> SyncResult:
        """All pages since ``cursor``; restarts from ``cursor`` if Plaid's data moved meanwhile."""
        for _attempt in range(MAX_RESTARTS + 1):
            try:
                pages, next_cursor = await self._all_pages(access_token, cursor, days_back)
            except ProviderError as exc:
                if exc.code == MUTATION_DURING_PAGINATION:
                    continue
                raise
            cutoff = (today or date.today()) - timedelta(days=days_back)
            return SyncResult(
                added=_keep(pages.added.values(), account_ids, cutoff),
                modified=_keep(pages.modified.values(), account_ids, cutoff),
                removed=pages.removed,
                next_cursor=next_cursor,
            )
        raise ProviderError(
            "Plaid kept changing this account's transactions during the sync; try again shortly",
            code=MUTATION_DURING_PAGINATION,
            retryable=True,
        )

    async def create_link_token(self, user_id: str, *, client_name: str = "Subscout") -> str:
        """A Link token for the browser's Plaid Link widget (``/link/token/create``)."""
        body = await self._post(
            "/link/token/create",
            {
                **self._auth,
                "client_name": client_name,
                "user": {"client_user_id": user_id},
                "products": ["transactions"],
                "country_codes": COUNTRY_CODES,
                "language": "en",
            },
        )
        return str(body["link_token"])

    async def exchange_public_token(self, public_token: str) -> tuple[str, str]:
        """``(access_token, item_id)`` for the public token Link returned; encrypt and store the first."""
        body = await self._post("/item/public_token/exchange", {**self._auth, "public_token": public_token})
        return str(body["access_token"]), str(body["item_id"])

    async def accounts(self, access_token: str) -> list[ProviderAccount]:
        """The item's accounts (``/accounts/get``), for choosing a ``connectedAccountId``."""
        body = await self._post("/accounts/get", {**self._auth, "access_token": access_token})
        return [_account(item) for item in body.get("accounts") or []]

    async def institution(self, access_token: str) -> str | None:
        """The bank's name for the item (``/item/get``, then ``/institutions/get_by_id`` if needed)."""
        item = (await self._post("/item/get", {**self._auth, "access_token": access_token})).get("item") or {}
        if item.get("institution_name"):
            return str(item["institution_name"])
        if not item.get("institution_id"):
            return None
        body = await self._post(
            "/institutions/get_by_id",
            {**self._auth, "institution_id": item["institution_id"], "country_codes": COUNTRY_CODES},
        )
        return str((body.get("institution") or {}).get("name") or "") or None

    async def remove_item(self, access_token: str) -> None:
        """End the connection at Plaid (``/item/remove``): the access token stops working for good."""
        await self._post("/item/remove", {**self._auth, "access_token": access_token})

    async def _all_pages(self, access_token: str, cursor: str | None, days_back: int) -> tuple[_Pages, str]:
        pages = _Pages()
        current = cursor or ""
        while True:
            body = await self._post("/transactions/sync", self._request(access_token, current, days_back))
            _merge(pages, body)
            current = str(body.get("next_cursor", current))
            if not body.get("has_more"):
                return pages, current

    def _request(self, access_token: str, cursor: str, days_back: int) -> dict[str, Any]:
        request: dict[str, Any] = {**self._auth, "access_token": access_token, "count": PAGE_SIZE}
        if cursor:
            request["cursor"] = cursor
        else:
            days = max(1, min(days_back, MAX_DAYS_REQUESTED))
            request["options"] = {"days_requested": days, "include_original_description": True}
        return request

    async def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            if self._client is not None:
                response = await self._client.post(f"{self._base_url}{path}", json=payload)
            else:
                async with httpx.AsyncClient(timeout=self._timeout) as client:
                    response = await client.post(f"{self._base_url}{path}", json=payload)
        except httpx.HTTPError as exc:
            raise ProviderError(f"could not reach Plaid: {exc}", retryable=True) from None
        return _body(response)


def _body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise ProviderError(f"Plaid answered HTTP {response.status_code} without JSON", retryable=True)
    if response.status_code >= 400 or body.get("error_code"):
        raise _error(body, response.status_code)
    return body


def _error(body: dict[str, Any], status: int) -> ProviderError:
    code = str(body.get("error_code") or f"HTTP_{status}")
    kind = str(body.get("error_type") or "")
    message = body.get("display_message") or body.get("error_message") or "request failed"
    return ProviderError(
        f"Plaid: {message} ({code})",
        code=code,
        retryable=kind in RETRYABLE_TYPES or status >= 500,
        needs_reauth=code in REAUTH_CODES,
    )


def _account(item: dict[str, Any]) -> ProviderAccount:
    balances = item.get("balances") or {}
    return ProviderAccount(
        id=str(item["account_id"]),
        name=str(item.get("official_name") or item.get("name") or "Account"),
        mask=item.get("mask"),
        type=str(item.get("subtype") or item.get("type") or ""),
        currency=str(balances.get("iso_currency_code") or balances.get("unofficial_currency_code") or "USD"),
    )


def _merge(pages: _Pages, body: dict[str, Any]) -> None:
    for item in body.get("added") or []:
        transaction = to_transaction(item)
        if transaction is not None:
            pages.added[transaction.id] = transaction
    for item in body.get("modified") or []:
        transaction = to_transaction(item)
        if transaction is not None:
            pages.modified[transaction.id] = transaction
    for item in body.get("removed") or []:
        if item.get("transaction_id"):
            pages.removed.append(str(item["transaction_id"]))
            pages.added.pop(str(item["transaction_id"]), None)


def to_transaction(item: dict[str, Any]) -> Transaction | None:
    """A posted Plaid transaction as ours (None for pending ones: they come back once posted)."""
    if item.get("pending"):
        return None
    currency = item.get("iso_currency_code") or item.get("unofficial_currency_code") or "USD"
    description = item.get("original_description") or item.get("name") or item.get("merchant_name") or ""
    return Transaction(
        id=str(item["transaction_id"]),
        account_id=str(item["account_id"]),
        posted_on=date.fromisoformat(str(item["date"])),
        amount=money(-Decimal(str(item["amount"]))),
        currency=str(currency).upper(),
        description=" ".join(str(description).split()),
    )


def _keep(
    items: Iterable[Transaction], account_ids: Collection[str] | None, cutoff: date
) -> list[Transaction]:
    wanted = None if account_ids is None else set(account_ids)
    return [t for t in items if (wanted is None or t.account_id in wanted) and t.posted_on >= cutoff]
