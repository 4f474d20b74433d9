"""The lasting record of a scan: one run of a detection job, kept after SAQ forgets the job."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from advanced_alchemy.types import DateTimeUTC, JsonB
from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.jobs.view import JobState, JobView, millis


class Scan(UUIDAuditBase):
    """One run of a detection job, kept after SAQ forgets the job."""

    __tablename__ = "scan"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    queue: Mapped[str] = mapped_column(String(40))
    job_id: Mapped[str] = mapped_column(String(120), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    options: Mapped[dict[str, Any]] = mapped_column(JsonB, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonB, default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    finished_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)

    def view(self) -> JobView:
        """The job as this record last saw it, once SAQ has forgotten it (attempts are not kept)."""
        return JobView(
            queue=self.queue,
            job_id=self.job_id,
            state=cast(JobState, self.state),
            progress=self.progress,
            user_id=str(self.user_id),
            data={"userId": str(self.user_id), **(self.options or {})},
            result=self.result,
            error=self.error,
            started_ms=millis(self.created_at),
            finished_ms=millis(self.finished_at),
        )
