"""Where detection reads from: a person's mailboxes and bank accounts, and the transactions read."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from advanced_alchemy.types import DateTimeUTC, JsonB
from sqlalchemy import Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.lib.crypto import encrypted_text


class MailSource(UUIDAuditBase):
    """A mailbox to scan: Gmail (OAuth), IMAP (app password), an uploaded mbox, or the demo mailbox."""

    __tablename__ = "mail_source"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200))
    config: Mapped[dict[str, Any]] = mapped_column(JsonB, default=dict)
    """Non-secret settings: IMAP host and user name, an upload's file name."""
    secret: Mapped[str | None] = mapped_column(encrypted_text(), default=None)
    """IMAP app password; Gmail tokens live on the user's OAuth credential."""
    sync_state: Mapped[dict[str, Any]] = mapped_column(JsonB, default=dict)
    """Incremental-sync position: Gmail ``historyId``, IMAP ``uidvalidity``/``last_uid``."""
    last_synced_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)


class BankAccount(UUIDAuditBase):
    """A connected account (bank-data provider), or one fed by statement uploads."""

    __tablename__ = "bank_account"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(200), default=None)
    access_token: Mapped[str | None] = mapped_column(encrypted_text(), default=None)
    external_id: Mapped[str | None] = mapped_column(String(255), default=None)
    """The provider's id of this account (Plaid's ``account_id``)."""
    cursor: Mapped[str | None] = mapped_column(Text, default=None)
    last_synced_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)


class BankTransaction(UUIDAuditBase):
    __tablename__ = "bank_transaction"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[UUID] = mapped_column(ForeignKey("bank_account.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str] = mapped_column(String(255))
    posted_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    description: Mapped[str] = mapped_column(String(500))
    mandate: Mapped[str | None] = mapped_column(String(35), default=None)
    """The SEPA mandate reference of a direct debit, where the statement gives one."""
