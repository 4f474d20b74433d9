"""Request and response bodies of the scan endpoints (the original's camelCase)."""

from __future__ import annotations

from typing import Annotated, Literal
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


class MailboxAdded(msgspec.Struct, rename="camel"):
    id: UUID
    label: str


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class ImapMailboxRequest(msgspec.Struct, forbid_unknown_fields=True):
    """An IMAP mailbox read with an app password (stored encrypted)."""

    host: Annotated[str, msgspec.Meta(min_length=1, max_length=255, pattern=r"^[A-Za-z0-9.:\-\[\]]+$")]
    username: Annotated[str, msgspec.Meta(min_length=1, max_length=320)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=1024)]
    port: Annotated[int, msgspec.Meta(ge=1, le=65535)] = 993
    security: Literal["ssl", "starttls", "none"] = "ssl"
    mailbox: Annotated[str, msgspec.Meta(min_length=1, max_length=255)] = "INBOX"

    def __post_init__(self) -> None:
        if self.security == "none" and self.host.lower() not in LOOPBACK_HOSTS:
            # The password would cross the network in clear text.
            raise ValueError("security 'none' is only allowed for a server on this machine")
