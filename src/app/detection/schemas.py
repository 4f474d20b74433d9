"""Request and response bodies of the mailbox endpoints."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

import msgspec


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
