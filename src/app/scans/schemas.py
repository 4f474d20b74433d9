"""Request and response bodies of the scan endpoints (the BullMQ design's camelCase)."""

from __future__ import annotations

from typing import Any, Self
from uuid import UUID

import msgspec

from app.detection.bank.csvmapping import CsvInspection
from app.jobs.service import Enqueued
from app.scans.payloads import DaysBack, EmailScanData, TransactionSyncData


# msgspec allows a frozen struct over a mutable one (a default body must be frozen);
# mypy's dataclass rule does not know it.
class EmailScanRequest(EmailScanData, forbid_unknown_fields=True, frozen=True):  # type: ignore[misc]
    """The body of ``POST /api/detection/scan/email``: the email scan's job data itself."""


class BankScanRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True, frozen=True):
    days_back: DaysBack | None = None
    connected_account_id: UUID | None = None

    def job_data(self) -> TransactionSyncData:
        return TransactionSyncData(days_back=self.days_back, connected_account_id=self.connected_account_id)


DEFAULT_EMAIL_SCAN = EmailScanRequest()
"""The body left out (an instance, never ``None``: see ``app.lib.openapi.make_exact``)."""
DEFAULT_BANK_SCAN = BankScanRequest()
"""The body left out (an instance, never ``None``: see ``app.lib.openapi.make_exact``)."""


class JobAccepted(msgspec.Struct, rename="camel"):
    """A started job's id and where to follow it: the 202 every start answers (scans, exports, imports)."""

    message: str
    job_id: str
    queue: str
    status_url: str

    @classmethod
    def of(cls, enqueued: Enqueued, message: str, **more: Any) -> Self:
        """``message`` plus " already" when the person's job of this kind was already on its way."""
        queue, job_id = enqueued.job.get_queue().name, enqueued.job.key
        return cls(
            message=message if enqueued.created else f"{message} already",
            job_id=job_id,
            queue=queue,
            status_url=f"/api/detection/jobs/{queue}/{job_id}",
            **more,
        )


class ScanStarted(JobAccepted):
    pass


class StatementImportRequest(msgspec.Struct, forbid_unknown_fields=True):
    mapping: dict[str, object]


class MappingNeeded(msgspec.Struct, rename="camel"):
    """The CSV's layout is unclear: confirm (or correct) ``mapping`` at ``importUrl``."""

    message: str
    upload_id: str
    import_url: str
    mapping: dict[str, object]
    header: list[str]
    sample: list[list[str]]
    doubts: list[str]

    @classmethod
    def of(cls, upload_id: str, inspection: CsvInspection) -> MappingNeeded:
        return cls(
            message="Confirm the column mapping to import this CSV",
            upload_id=upload_id,
            import_url=f"/api/statements/{upload_id}/import",
            mapping=inspection.mapping.to_json(),
            header=inspection.header,
            sample=inspection.sample,
            doubts=inspection.doubts,
        )
