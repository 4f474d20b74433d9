"""Bodies of the subscriptions API."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

import msgspec

from app.subscriptions.services import SubscriptionChange


class SubscriptionPatch(msgspec.Struct, forbid_unknown_fields=True):
    """What a person may change by hand; re-scans keep it."""

    name: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    status: Literal["active", "cancelled"] | None = None
    ignored: bool | None = None

    def change(self) -> SubscriptionChange:
        return SubscriptionChange(name=self.name, status=self.status, ignored=self.ignored)


class MergeRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    into_id: UUID
