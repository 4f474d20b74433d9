"""The interface every bank-data provider implements (Plaid today)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from app.detection.bank.transactions import Transaction


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What changed since ``cursor``: apply ``removed``, then upsert ``added`` and ``modified`` by id."""

    added: list[Transaction] = field(default_factory=list)
    modified: list[Transaction] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    """Ids of transactions the provider withdrew (typically pending ones that posted)."""
    next_cursor: str = ""
    """Store this and pass it to the next ``sync``; it is opaque."""


@dataclass(frozen=True, slots=True)
class ProviderAccount:
    """One account behind a provider connection (what ``connectedAccountId`` points at)."""

    id: str
    name: str
    mask: str | None
    """Last digits of the account number, as the bank shows them."""
    type: str
    currency: str


class ProviderError(Exception):
    """The provider refused or failed; ``str()`` is a message a user can act on."""

    def __init__(self, message: str, *, code: str = "", retryable: bool = False, needs_reauth: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable
        """Worth retrying later (rate limit, provider outage)."""
        self.needs_reauth = needs_reauth
        """The user must reconnect the bank (expired login, revoked consent)."""


class BankProvider(Protocol):
    """A source of bank transactions; never touches the database, never stores credentials."""

    name: str

    async def sync(
        self,
        access_token: str,
        *,
        cursor: str | None,
        days_back: int = 365,
        account_ids: Collection[str] | None = None,
    ) -> SyncResult:
        """Everything that changed since ``cursor`` (all history back ``days_back`` days when None)."""
        ...
