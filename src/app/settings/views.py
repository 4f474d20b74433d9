"""What the Settings page shows: read from each domain's services on the request's session."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.google import gmail_source
from app.accounts.models import User
from app.accounts.services import ApiTokenService
from app.calendar.feeds import feed_path
from app.config import Settings
from app.currency.service import currency_context
from app.sources.services import BankAccountService, MailSourceService


async def settings_context(
    db_session: AsyncSession, settings: Settings, user: User, **extra: Any
) -> dict[str, Any]:
    """Everything the Settings page shows, with ``extra`` (the outcome of the last action) on top."""
    return {
        "user": user,
        "active_nav": "settings",
        "tokens": await ApiTokenService(session=db_session).list_active(user.id),
        "mail_sources": await MailSourceService(session=db_session).list_for_user(user.id),
        "bank_accounts": await BankAccountService(session=db_session).list_for_user(user.id),
        "google_configured": settings.google_configured,
        "has_gmail": await gmail_source(db_session, user.id) is not None,
        "new_token": None,
        "calendar_feed_path": await feed_path(db_session, user.id),
        "token_error": None,
        **await currency_context(db_session, settings, user.id),
        **extra,
    }
