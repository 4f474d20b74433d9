"""Request and response bodies of the scan endpoints (the original's camelCase)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from app.detection.bank.csvmapping import CsvInspection


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

    def job_data(self) -> dict[str, object]:
        data = {"daysBack": self.days_back, "connectedAccountId": self.connected_account_id}
        return {
            key: str(value) if isinstance(value, UUID) else value
            for key, value in data.items()
            if value is not None
        }


class ScanStarted(msgspec.Struct, rename="camel"):
    message: str
    job_id: str
    queue: str
    status_url: str


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
