"""A person's secret calendar feed address."""

from __future__ import annotations

from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.lib.crypto import encrypted_text


class CalendarFeed(UUIDAuditBase):
    """One per person. The token is in the URL, so it is kept encrypted (shown again on Settings) and
    found by its SHA-256; rotating replaces it, revoking deletes the row."""

    __tablename__ = "calendar_feed"

    user_id: Mapped[UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), unique=True, index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token: Mapped[str] = mapped_column(encrypted_text())
