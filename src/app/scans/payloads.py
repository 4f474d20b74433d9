"""What a scan job is given: its typed job data (camelCase in SAQ's kwargs by rename rule)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import msgspec

from app.detection.bank_sync import BankSyncRequest
from app.detection.email.scan import ScanOptions
from app.jobs.payload import JobData

DaysBack = Annotated[int, msgspec.Meta(ge=1, le=3650)]


class EmailScanData(JobData):
    """The original's ``maxEmails``, ``daysBack`` and ``deepScan``; unset ones take the scan's defaults."""

    max_emails: Annotated[int, msgspec.Meta(ge=1, le=50_000)] | None = None
    days_back: DaysBack | None = None
    deep_scan: bool | None = None

    def options(self) -> ScanOptions:
        defaults = ScanOptions()
        return ScanOptions(
            max_emails=self.max_emails or defaults.max_emails,
            days_back=self.days_back or defaults.days_back,
            deep_scan=defaults.deep_scan if self.deep_scan is None else self.deep_scan,
        )


class TransactionSyncData(JobData):
    """Sync the connected accounts (or one), or import an uploaded statement with its confirmed mapping."""

    days_back: DaysBack | None = None
    connected_account_id: UUID | None = None
    upload_id: str | None = None
    mapping: dict[str, Any] | None = None

    def request(self) -> BankSyncRequest:
        return BankSyncRequest(
            days_back=self.days_back or BankSyncRequest.days_back,
            account_id=self.connected_account_id,
            upload=self.upload_id,
            mapping=self.mapping,
        )
