"""Typed bodies of the notifications API (camelCase on the wire, like the rest of the API)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec

Offset = Annotated[int, msgspec.Meta(ge=0, le=365)]
Url = Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
Label = Annotated[str, msgspec.Meta(max_length=100)]
Kind = Literal[
    "renewal", "trial-ending", "price-increase", "payment-failed", "looks-cancelled", "monthly-report"
]


class Preferences(msgspec.Struct, rename="camel"):
    offsets: list[int]
    """Days before a renewal to remind, largest first."""
    digest: bool
    """One message a day with everything due, instead of one per reminder."""
    timezone: str
    send_hour: int
    """Local hour from which the day's messages go out."""
    alerts: dict[str, bool]
    """Each kind of message, on or off."""


class PreferencesUpdate(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    offsets: Annotated[list[Offset], msgspec.Meta(min_length=1, max_length=10)] | None = None
    digest: bool | None = None
    timezone: Annotated[str, msgspec.Meta(min_length=1, max_length=64)] | None = None
    send_hour: Annotated[int, msgspec.Meta(ge=0, le=23)] | None = None
    alerts: dict[Kind, bool] | None = None


class Channel(msgspec.Struct, rename="camel"):
    id: UUID
    kind: Literal["email", "apprise", "webhook"]
    label: str
    enabled: bool
    muted_kinds: list[str]
    created_at: datetime


class AppriseChannelCreate(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    url: Url
    """An Apprise URL: ``ntfys://ntfy.sh/topic``, ``gotify://…``, ``discord://…``, ``json://host/path`` …"""
    label: Label | None = None


class ChannelUpdate(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    enabled: bool | None = None
    muted_kinds: list[Kind] | None = None


class WebhookCreate(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    url: Url
    label: Label | None = None


class WebhookCreated(msgspec.Struct, rename="camel"):
    channel: Channel
    secret: str
    """The signing secret (``whsec_…``), shown this once: keep it to verify ``webhook-signature``."""


class Delivery(msgspec.Struct, rename="camel"):
    id: UUID
    kind: str
    title: str
    channel_id: UUID
    channel_kind: str
    channel_label: str
    subscription_id: UUID | None
    status: Literal["pending", "sending", "sent", "failed"]
    attempts: int
    answer: str | None
    """The receiving server's own answer to the last attempt."""
    message_id: str
    """The email's Message-ID (before the @) and the webhook-id: the same on every repeat."""
    outbox_url: str | None
    """Where the ``.eml`` written instead of sending can be read (no SMTP server configured)."""
    created_at: datetime
    sent_at: datetime | None


class OperatorDelivery(Delivery, rename="camel"):
    user_id: UUID


class TestRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    channel: Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
    """``email``, ``apprise`` or ``webhook`` (every channel of that kind), or one channel's id."""


class TestStarted(msgspec.Struct, rename="camel"):
    message: str
    deliveries: list[UUID]
    """Follow each at ``GET /api/notifications/deliveries/{id}``: ``sent`` only once the receiver accepted."""


class SubscriptionSettings(msgspec.Struct, rename="camel"):
    subscription_id: UUID
    muted: bool
    offsets: list[int] | None
    """Its own reminder offsets; null uses the person's."""


class SubscriptionSettingsUpdate(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    muted: bool = False
    offsets: Annotated[list[Offset], msgspec.Meta(min_length=1, max_length=10)] | None = None
