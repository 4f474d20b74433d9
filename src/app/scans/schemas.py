"""Request and response bodies of the scan endpoints (the BullMQ design's camelCase)."""

from __future__ import annotations

from uuid import UUID

import msgspec

from app.detection.bank.csvmapping import CsvInspection
from app.jobs.schemas import JobAccepted
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


class ScanStarted(JobAccepted):
    """202: a scan, import or sync started (the name the API document has always given it)."""


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
