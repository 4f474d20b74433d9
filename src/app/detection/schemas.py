"""Request and response bodies of the scan endpoints (the original's camelCase)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec


class EmailScanRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    max_emails: Annotated[int, msgspec.Meta(ge=1, le=50_000)] | None = None
    days_back: Annotated[int, msgspec.Meta(ge=1, le=3650)] | None = None
    deep_scan: bool | None = None

    def job_data(self) -> dict[str, object]:
        data = {"maxEmails": self.max_emails, "daysBack": self.days_back, "deepScan": self.deep_scan}
        return {key: value for key, value in data.items() if value is not None}


class BankScanRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    days_back: Annotated[int, msgspec.Meta(ge=1, le=3650)] | None = None
    connected_account_id: UUID | None = None


class ScanStarted(msgspec.Struct, rename="camel"):
    message: str
    job_id: str
    queue: str
    status_url: str
