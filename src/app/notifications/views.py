"""Rows as the API and the pages show them."""

from __future__ import annotations

from app.notifications import schemas
from app.notifications.messages import Item, headline
from app.notifications.models import Delivery, NotificationChannel
from app.notifications.preferences import KIND_LABELS


def channel_view(channel: NotificationChannel) -> schemas.Channel:
    return schemas.Channel(
        id=channel.id,
        kind=channel.kind,  # type: ignore[arg-type]
        label=channel.label,
        enabled=channel.enabled,
        muted_kinds=list(channel.muted_kinds or []),
        created_at=channel.created_at,
    )


def delivery_title(delivery: Delivery) -> str:
    try:
        return headline(Item(delivery.kind, delivery.details))
    except (KeyError, ValueError):
        return KIND_LABELS.get(delivery.kind, delivery.kind)


def outbox_url(delivery: Delivery) -> str | None:
    return f"/notifications/outbox/{delivery.id}" if delivery.outbox_path else None


def delivery_view(delivery: Delivery, channel: NotificationChannel) -> schemas.Delivery:
    return schemas.Delivery(
        id=delivery.id,
        kind=delivery.kind,
        title=delivery_title(delivery),
        channel_id=channel.id,
        channel_kind=channel.kind,
        channel_label=channel.label,
        subscription_id=delivery.subscription_id,
        status=delivery.status,  # type: ignore[arg-type]
        attempts=delivery.attempts,
        answer=delivery.answer,
        message_id=delivery.message_id,
        outbox_url=outbox_url(delivery),
        created_at=delivery.created_at,
        sent_at=delivery.sent_at,
    )


def operator_delivery_view(delivery: Delivery, channel: NotificationChannel) -> schemas.OperatorDelivery:
    base = delivery_view(delivery, channel)
    fields = {name: getattr(base, name) for name in base.__struct_fields__}
    return schemas.OperatorDelivery(**fields, user_id=delivery.user_id)
