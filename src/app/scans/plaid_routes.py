"""Connecting a bank through Plaid Link: a Link token out, Link's public token in.

The same two endpoints exist twice: under ``/api`` for bearer-token clients, and
under ``/bank/plaid`` for the signed-in browser (JSON, CSRF token in ``X-CSRFToken``).
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, post
from litestar.di import NamedDependency
from litestar.params import JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection import plaid_accounts
from app.detection.bank.providers.base import ProviderError
from app.jobs.service import JobService
from app.lib.errors import DomainError, InvalidInputError, UpstreamError
from app.lib.openapi import REFUSES
from app.scans import starting
from app.scans.schemas import ScanStarted
from app.sources.models import BankAccount

CONNECTED_MESSAGE = "Bank connected; its transactions are being synced"


class LinkToken(msgspec.Struct, rename="camel"):
    link_token: str
    """Hand this to Plaid Link (``Plaid.create({token})``) in the browser."""


class PlaidConnectRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    public_token: Annotated[str, msgspec.Meta(min_length=1, max_length=500)]
    """What Plaid Link's ``onSuccess`` gave the browser."""
    account_ids: list[Annotated[str, msgspec.Meta(min_length=1, max_length=255)]] | None = None
    """Only these of the item's accounts (Link's ``metadata.accounts[].id``); default all."""


class ConnectedAccount(msgspec.Struct, rename="camel"):
    id: UUID
    """Pass as ``connectedAccountId`` to ``POST /api/detection/scan/bank`` to sync only this account."""
    name: str
    institution: str | None


class PlaidConnected(msgspec.Struct, rename="camel"):
    message: str
    accounts: list[ConnectedAccount]
    job_id: str
    queue: str
    status_url: str


def _refused(field: str, exc: ProviderError | plaid_accounts.PlaidUnavailableError) -> DomainError:
    if isinstance(exc, ProviderError) and exc.retryable:
        return UpstreamError(f"{exc}; try again shortly")
    return InvalidInputError(str(exc), field)


async def _link_token(settings: Settings, user: User) -> LinkToken:
    try:
        return LinkToken(link_token=await plaid_accounts.link_token(settings, user.id))
    except (ProviderError, plaid_accounts.PlaidUnavailableError) as exc:
        raise _refused("plaid", exc) from None


async def _connect(
    settings: Settings, jobs: JobService, db_session: AsyncSession, user: User, data: PlaidConnectRequest
) -> PlaidConnected:
    """Store the accounts, commit so the worker sees them, then start their first sync."""
    try:
        rows = await plaid_accounts.connect_plaid(
            db_session, settings, user.id, data.public_token, data.account_ids
        )
    except (ProviderError, plaid_accounts.PlaidUnavailableError) as exc:
        raise _refused("publicToken", exc) from None
    await db_session.commit()
    enqueued = await starting.start_bank_sync(jobs, db_session, user.id)
    first = ScanStarted.of(enqueued, starting.BANK_SYNC_MESSAGE)
    return PlaidConnected(
        message=CONNECTED_MESSAGE,
        accounts=[_connected(row) for row in rows],
        job_id=first.job_id,
        queue=first.queue,
        status_url=first.status_url,
    )


def _connected(row: BankAccount) -> ConnectedAccount:
    return ConnectedAccount(id=row.id, name=row.name, institution=row.institution)


class PlaidApiController(Controller):
    path = "/api/bank/plaid"
    guards = [requires_user]
    tags = ["bank"]

    @post("/link-token", status_code=HTTP_200_OK, opt={REFUSES: ("400",)})
    async def link_token(
        self, request: Request[User, Any, Any], settings: NamedDependency[Settings]
    ) -> LinkToken:
        """A Link token for Plaid Link; 400 when this server has no Plaid credentials."""
        return await _link_token(settings, request.user)

    @post("/connect", status_code=HTTP_201_CREATED)
    async def connect(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        jobs: NamedDependency[JobService],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[PlaidConnectRequest],
    ) -> PlaidConnected:
        """Exchange Link's public token, add the bank's accounts (token encrypted) and start their sync."""
        return await _connect(settings, jobs, db_session, request.user, data)


class PlaidPageController(PlaidApiController):
    """The browser's copy of the API: session cookie plus the CSRF token in ``X-CSRFToken``."""

    path = "/bank/plaid"
    include_in_schema = False
