"""Reports and analytics as their jobs computed them, per person: pages and the API read, never compute."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from advanced_alchemy.types import JsonB
from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class MonthlyReportRow(UUIDAuditBase):
    """One person's report on one month (``2026-11``); built again on demand, replacing it."""

    __tablename__ = "monthly_report"
    __table_args__ = (UniqueConstraint("user_id", "month"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    month: Mapped[str] = mapped_column(String(7))
    data: Mapped[dict[str, Any]] = mapped_column(JsonB)
    """The ``schemas.MonthlyReport``, as JSON."""
    scheduled: Mapped[bool] = mapped_column(Boolean, default=False)
    """The 1st-of-the-month run has handled it (emailed when asked for); a report built on demand
    before then does not stop that run."""


class AnalyticsCache(UUIDAuditBase):
    """The person's spend over the last 12 months and forecast for the next 12, as of ``data.computedOn``."""

    __tablename__ = "analytics_cache"

    user_id: Mapped[UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), unique=True, index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JsonB)
    """The ``schemas.Analytics``, as JSON."""
