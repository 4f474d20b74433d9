"""A person's Plaid connections: Link tokens, connecting an item's accounts, ending the connection.

Access tokens are stored only encrypted, on the ``BankAccount`` rows; one Plaid item
(one bank login) gives one row per account, each holding the item's token and its
own ``/transactions/sync`` cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.bank.providers.base import ProviderAccount, ProviderError
from app.detection.bank.providers.plaid import PlaidProvider
from app.sources.models import BankAccount, BankTransaction

log = logging.getLogger(__name__)
PLAID = "plaid"
REMOVE_TIMEOUT = 10.0
"""Seconds a best-effort ``/item/remove`` may take before the account is deleted anyway."""


class PlaidUnavailableError(Exception):
    """This server has no Plaid credentials; the message says what to configure."""


def plaid_provider(settings: Settings, *, timeout: float = 30.0) -> PlaidProvider:
    if not settings.plaid_configured:
        raise PlaidUnavailableError(
            "Plaid is not configured on this server: set PLAID_CLIENT_ID and PLAID_SECRET"
        )
    return PlaidProvider(
        settings.plaid_client_id,
        settings.plaid_secret,
        environment=settings.plaid_env,
        base_url=settings.plaid_base_url or None,
        timeout=timeout,
    )


async def link_token(settings: Settings, user_id: UUID) -> str:
    """A token for the browser's Plaid Link widget, tied to this person."""
    return await plaid_provider(settings).create_link_token(str(user_id))


async def connect_plaid(
    session: AsyncSession,
    settings: Settings,
    user_id: UUID,
    public_token: str,
    account_ids: Collection[str] | None = None,
) -> list[BankAccount]:
    """Exchange Link's public token; store one account per Plaid account (``account_ids``: only those)."""
    provider = plaid_provider(settings)
    access_token, _item_id = await provider.exchange_public_token(public_token)
    found = [a for a in await provider.accounts(access_token) if not account_ids or a.id in account_ids]
    if not found:
        await _remove_item(settings, access_token)
        raise ProviderError("Plaid: this connection has no account to sync", code="NO_ACCOUNTS")
    institution = await _institution(provider, access_token)
    replaced: set[str] = set()
    rows = [await _store(session, user_id, access_token, institution, account, replaced) for account in found]
    await session.flush()
    await release_unused(session, settings, user_id, replaced)
    return rows


async def _institution(provider: PlaidProvider, access_token: str) -> str | None:
    try:
        return await provider.institution(access_token)
    except ProviderError as exc:
        log.warning("Plaid did not name the institution: %s", exc)
        return None


def _display_name(account: ProviderAccount) -> str:
    return f"{account.name} ••{account.mask}"[:200] if account.mask else account.name[:200]


async def _store(
    session: AsyncSession,
    user_id: UUID,
    access_token: str,
    institution: str | None,
    account: ProviderAccount,
    replaced: set[str],
) -> BankAccount:
    """A new row, or the row of an account connected before: new token, history fetched afresh."""
    row = await session.scalar(
        select(BankAccount).where(
            BankAccount.user_id == user_id, BankAccount.kind == PLAID, BankAccount.external_id == account.id
        )
    )
    if row is None:
        row = BankAccount(user_id=user_id, kind=PLAID, external_id=account.id)
        session.add(row)
    else:
        # Plaid gives a new item new transaction ids: the old ones would be counted twice.
        await session.execute(delete(BankTransaction).where(BankTransaction.account_id == row.id))
        if row.access_token and row.access_token != access_token:
            replaced.add(row.access_token)
        row.cursor = None
    row.name, row.institution, row.access_token = _display_name(account), institution, access_token
    return row


async def release_unused(session: AsyncSession, settings: Settings, user_id: UUID, tokens: set[str]) -> None:
    """Best-effort ``/item/remove`` for each of ``tokens`` that no Plaid account of the person still uses."""
    in_use = await session.scalars(
        select(BankAccount.access_token).where(BankAccount.user_id == user_id, BankAccount.kind == PLAID)
    )
    for token in tokens - set(in_use):
        await _remove_item(settings, token)


async def end_connections(
    session: AsyncSession, settings: Settings, user_id: UUID, leaving: Iterable[BankAccount]
) -> None:
    """Before ``leaving`` are deleted: end at Plaid each item no other account of the person uses."""
    leaving = list(leaving)
    tokens = {a.access_token for a in leaving if a.kind == PLAID and a.access_token}
    if not tokens:
        return
    leaving_ids = {a.id for a in leaving}
    staying = await session.scalars(
        select(BankAccount).where(
            BankAccount.user_id == user_id, BankAccount.kind == PLAID, BankAccount.id.not_in(leaving_ids)
        )
    )
    for token in tokens - {a.access_token for a in staying}:
        await _remove_item(settings, token)


async def _remove_item(settings: Settings, access_token: str) -> None:
    """Whatever Plaid answers, the caller deletes the token: this only spares the bank a stale link."""
    try:
        await plaid_provider(settings, timeout=REMOVE_TIMEOUT).remove_item(access_token)
    except (PlaidUnavailableError, ProviderError) as exc:
        log.warning("could not end a Plaid connection (deleted here anyway): %s", exc)
