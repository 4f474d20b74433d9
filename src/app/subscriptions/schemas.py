"""Bodies of the subscriptions API."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

import msgspec

from app.subscriptions.services import SubscriptionChange


class SubscriptionFields(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    """The fields a person may set; each is checked by ``editing.parse_fields`` (400 naming the field)."""

    amount: str | None = None
    currency: str | None = None
    cycle: str | None = None
    next_renewal: str | None = None
    kind: str | None = None
    category: str | None = None
    notes: str | None = None
    payment_method: str | None = None
    trial_ends_on: str | None = None
    cancel_by: str | None = None

    def fields(self) -> dict[str, str]:
        """The fields the body set (an empty string clears one)."""
        return {name: value for name in self.__struct_fields__ if (value := getattr(self, name)) is not None}


class SubscriptionPatch(SubscriptionFields, rename="camel", forbid_unknown_fields=True):
    """What a person may change by hand; re-scans keep it."""

    name: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    status: Literal["active", "cancelled"] | None = None
    ignored: bool | None = None

    def fields(self) -> dict[str, str]:
        return {k: v for k, v in super().fields().items() if k not in ("name", "status", "ignored")}

    def change(self) -> SubscriptionChange:
        return SubscriptionChange(name=self.name, status=self.status, ignored=self.ignored)


class SubscriptionNew(SubscriptionFields, rename="camel", forbid_unknown_fields=True):
    """A subscription added by hand."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] = ""


class MergeRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    into_id: UUID
