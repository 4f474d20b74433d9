"""Deleting an account: every row, file and grant the person gave us goes.

On the person's request (Settings, ``DELETE /api/me``), or when a demo visit ends (``erasure.jobs``).
"""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.google import revoke_google_grant
from app.accounts.models import ApiToken, User
from app.config import Settings
from app.detection.plaid_accounts import end_connections
from app.notifications.service import outbox_files
from app.sources.models import BankAccount, MailSource

log = logging.getLogger(__name__)


async def delete_account(session: AsyncSession, settings: Settings, user_id: UUID) -> None:
    """Revoke the Google grant and API tokens, then delete the user; rows go by ``ON DELETE CASCADE``.

    Bank connections are ended at the provider (Plaid ``/item/remove``, best effort);
    their tokens and mail passwords are deleted with their rows (they are only ever
    stored encrypted on them). Uploaded files go last, once the rows that
    name them are gone. The caller commits.
    """
    await revoke_google_grant(session, settings, user_id)
    await session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    await _forget_source_secrets(session, settings, user_id)
    outbox = await outbox_files(session, settings, user_id)
    await session.execute(delete(User).where(User.id == user_id))
    await session.flush()
    shutil.rmtree(settings.user_uploads(user_id), ignore_errors=True)
    for path in outbox:
        path.unlink(missing_ok=True)
    log.info("deleted user %s and all their data", user_id)


async def _forget_source_secrets(session: AsyncSession, settings: Settings, user_id: UUID) -> None:
    """End bank connections at the provider (best effort), then blank secrets before the delete,
    so no copy lingers should a cascade be missed."""
    for source in await session.scalars(select(MailSource).where(MailSource.user_id == user_id)):
        source.secret = None
    accounts = list(await session.scalars(select(BankAccount).where(BankAccount.user_id == user_id)))
    await end_connections(session, settings, user_id, accounts)
    for account in accounts:
        account.access_token = None
    await session.flush()
