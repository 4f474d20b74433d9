"""What the API and the pages do with a person's notification settings and deliveries.

Every query is scoped to the person: another person's channel, delivery or
subscription is "not found", exactly like one that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from litestar.di import NamedDependency
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.lib.errors import NotFoundError
from app.notifications.channels import push, targets, webhook
from app.notifications.models import Delivery, NotificationChannel, SubscriptionNotice
from app.notifications.planning import Message
from app.notifications.preferences import (
    KINDS,
    TEST,
    PreferenceError,
    check_kinds,
    check_send_hour,
    check_timezone,
    clean_offsets,
    email_channel,
    preferences_row,
    resolve,
    subscription_notice,
)
from app.notifications.unsubscribe import read_token
from app.subscriptions.models import Subscription
from app.subscriptions.reminders import remindable_filters

CHANNEL_LABEL_MAX = 100
RECENT_LIMIT = 50


class NotFound(NotFoundError):
    """Not this person's (or not there at all): 404 either way (mapped at the web edge)."""


@dataclass(frozen=True)
class PreferenceChange:
    offsets: list[int] | None = None
    digest: bool | None = None
    timezone: str | None = None
    send_hour: int | None = None
    alerts: dict[str, bool] | None = None


class NotificationService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    async def preferences(self, user_id: UUID) -> dict[str, Any]:
        row = await preferences_row(self.session, user_id)
        prefs = resolve(row, self.settings.timezone)
        return {
            "offsets": list(prefs.offsets),
            "digest": prefs.digest,
            "timezone": prefs.timezone,
            "send_hour": prefs.send_hour,
            "alerts": {kind: prefs.wants(kind) for kind in KINDS},
        }

    async def change_preferences(self, user_id: UUID, change: PreferenceChange) -> dict[str, Any]:
        """Check everything first, then store: bad input changes nothing."""
        offsets = clean_offsets(change.offsets) if change.offsets is not None else None
        timezone = check_timezone(change.timezone) if change.timezone is not None else None
        hour = check_send_hour(change.send_hour) if change.send_hour is not None else None
        alerts = check_kinds(change.alerts) if change.alerts is not None else None
        row = await preferences_row(self.session, user_id)
        if offsets is not None:
            row.offsets = offsets
        if change.digest is not None:
            row.digest = change.digest
        if timezone is not None:
            row.timezone = timezone
        if hour is not None:
            row.send_hour = hour
        if alerts is not None:
            row.alerts = {**(row.alerts or {}), **alerts}
        await self.session.flush()
        return await self.preferences(user_id)

    async def channels(self, user_id: UUID, kind: str | None = None) -> list[NotificationChannel]:
        await email_channel(self.session, user_id)
        query = select(NotificationChannel).where(NotificationChannel.user_id == user_id)
        if kind is not None:
            query = query.where(NotificationChannel.kind == kind)
        return list(await self.session.scalars(query.order_by(NotificationChannel.created_at)))

    async def channel(self, user_id: UUID, channel_id: UUID, kind: str | None = None) -> NotificationChannel:
        channel = await self.session.get(NotificationChannel, channel_id)
        if channel is None or channel.user_id != user_id or (kind is not None and channel.kind != kind):
            raise NotFound("no such channel")
        return channel

    async def add_apprise(self, user_id: UUID, url: str, label: str | None) -> NotificationChannel:
        try:
            push.check_url(url)
            await targets.ensure_public(push.chosen_host(url) or "", self.settings.allow_private_targets)
        except ValueError as exc:
            raise PreferenceError("url", str(exc)) from None
        return await self._add(user_id, "apprise", label or push.describe(url), target=url)

    async def add_webhook(
        self, user_id: UUID, url: str, label: str | None
    ) -> tuple[NotificationChannel, str]:
        """The endpoint and its signing secret, which is shown this once."""
        try:
            webhook.check_url(url)
            await targets.ensure_public(webhook.host(url), self.settings.allow_private_targets)
        except ValueError as exc:
            raise PreferenceError("url", str(exc)) from None
        secret = webhook.new_secret()
        channel = await self._add(user_id, "webhook", label or push.describe(url), target=url, secret=secret)
        return channel, secret

    async def _add(self, user_id: UUID, kind: str, label: str, **secrets: str) -> NotificationChannel:
        channel = NotificationChannel(
            user_id=user_id, kind=kind, label=label.strip()[:CHANNEL_LABEL_MAX], **secrets
        )
        self.session.add(channel)
        await self.session.flush()
        return channel

    async def change_channel(
        self, user_id: UUID, channel_id: UUID, enabled: bool | None, muted_kinds: list[str] | None
    ) -> NotificationChannel:
        channel = await self.channel(user_id, channel_id)
        if muted_kinds is not None:
            check_kinds(dict.fromkeys(muted_kinds, False))
            channel.muted_kinds = sorted(set(muted_kinds))
        if enabled is not None:
            channel.enabled = enabled
        await self.session.flush()
        return channel

    async def remove_channel(self, user_id: UUID, channel_id: UUID, kind: str | None = None) -> None:
        """The account-address email channel can be switched off, not removed."""
        channel = await self.channel(user_id, channel_id, kind)
        if channel.kind == "email":
            raise PreferenceError("channelId", "the email channel can be switched off, not removed")
        await self.session.delete(channel)
        await self.session.flush()

    async def deliveries(
        self,
        user_id: UUID | None,
        limit: int = RECENT_LIMIT,
        status: str | None = None,
        channel_id: UUID | None = None,
        subscription_id: UUID | None = None,
    ) -> list[tuple[Delivery, NotificationChannel]]:
        """Newest first, with their channel; ``user_id`` None is every person's (operators)."""
        query = select(Delivery, NotificationChannel).join(
            NotificationChannel, NotificationChannel.id == Delivery.channel_id
        )
        if user_id is not None:
            query = query.where(Delivery.user_id == user_id)
        if status is not None:
            query = query.where(Delivery.status == status)
        if channel_id is not None:
            query = query.where(Delivery.channel_id == channel_id)
        if subscription_id is not None:
            query = query.where(Delivery.subscription_id == subscription_id)
        rows = await self.session.execute(query.order_by(Delivery.created_at.desc()).limit(limit))
        return [(delivery, channel) for delivery, channel in rows.tuples()]

    async def delivery(self, user_id: UUID, delivery_id: UUID) -> tuple[Delivery, NotificationChannel]:
        delivery = await self.session.get(Delivery, delivery_id)
        if delivery is None or delivery.user_id != user_id:
            raise NotFound("no such delivery")
        channel = await self.session.get(NotificationChannel, delivery.channel_id)
        assert channel is not None
        return delivery, channel

    async def test_deliveries(self, user_id: UUID, target: str) -> list[Delivery]:
        """One test message to each channel ``target`` names: a kind (``email``, ``apprise``,
        ``webhook``: all such channels) or one channel's id. Switched-off channels are tested too."""
        try:
            chosen = [await self.channel(user_id, UUID(target))]
        except ValueError:
            chosen = await self.channels(user_id, kind=target)
        if not chosen:
            raise PreferenceError("channel", f"no {target!r} channel: add one first")
        rows = []
        for channel in chosen:
            message_id = uuid4().hex
            rows.append(
                Delivery(
                    user_id=user_id,
                    channel_id=channel.id,
                    kind=TEST,
                    dedupe_key=f"{TEST}:{message_id}",
                    message_id=message_id,
                    details={},
                )
            )
        self.session.add_all(rows)
        await self.session.flush()
        return rows

    async def outbox_file(self, user_id: UUID, delivery_id: UUID) -> Path:
        """The ``.eml`` the delivery wrote instead of sending; only a file inside the outbox folder."""
        delivery, _ = await self.delivery(user_id, delivery_id)
        path = (self.settings.data_dir / delivery.outbox_path) if delivery.outbox_path else None
        if path is None or not path.is_file() or self.settings.outbox_dir not in path.resolve().parents:
            raise NotFound("this delivery wrote no message to the outbox")
        return path

    async def replay(self, user_id: UUID, delivery_id: UUID) -> Message:
        """Send a finished message again, same id (a webhook receiver that kept it drops the copy)."""
        delivery, _ = await self.delivery(user_id, delivery_id)
        if delivery.status not in ("sent", "failed"):
            raise PreferenceError("deliveryId", "this delivery is still on its way")
        await self.session.execute(
            update(Delivery)
            .where(Delivery.message_id == delivery.message_id, Delivery.user_id == user_id)
            .values(status="pending", interrupted=0)
        )
        await self.session.flush()
        return Message(user_id, delivery.message_id)

    async def unsubscribe(self, token: str) -> tuple[NotificationChannel, tuple[str, ...]] | None:
        """Turn the token's kinds off on its channel; None when the token is not genuine."""
        request = read_token(self.settings.secret_key, token)
        if request is None:
            return None
        channel = await self.session.get(NotificationChannel, request.channel_id)
        if channel is None:
            return None
        kinds = tuple(k for k in request.kinds if k in KINDS)
        channel.muted_kinds = sorted({*(channel.muted_kinds or []), *kinds})
        await self.session.flush()
        return channel, kinds

    async def remindable_subscriptions(self, user_id: UUID) -> list[Subscription]:
        """The person's subscriptions that reminders are sent for, by name."""
        statement = select(Subscription).where(*remindable_filters(user_id)).order_by(Subscription.name)
        return list(await self.session.scalars(statement))

    async def subscription_settings(self, user_id: UUID, subscription_id: UUID) -> SubscriptionNotice:
        await self._subscription(user_id, subscription_id)
        return await subscription_notice(self.session, user_id, subscription_id)

    async def subscription_name(self, user_id: UUID, subscription_id: UUID) -> str:
        return (await self._subscription(user_id, subscription_id)).display_name

    async def _subscription(self, user_id: UUID, subscription_id: UUID) -> Subscription:
        subscription = await self.session.get(Subscription, subscription_id)
        if subscription is None or subscription.user_id != user_id:
            raise NotFound("no such subscription")
        return subscription

    async def change_subscription(
        self, user_id: UUID, subscription_id: UUID, muted: bool, offsets: list[int] | None
    ) -> SubscriptionNotice:
        cleaned = clean_offsets(offsets) if offsets is not None else None
        notice = await self.subscription_settings(user_id, subscription_id)
        notice.muted = muted
        notice.offsets = cleaned
        await self.session.flush()
        return notice


async def outbox_files(session: AsyncSession, settings: Settings, user_id: UUID) -> list[Path]:
    """The ``.eml`` files written for the person (they hold their address): deleted with the account."""
    paths = await session.scalars(
        select(Delivery.outbox_path).where(Delivery.user_id == user_id, Delivery.outbox_path.is_not(None))
    )
    return [settings.data_dir / path for path in set(paths) if path]


def provide_notifications(
    db_session: NamedDependency[AsyncSession], settings: NamedDependency[Settings]
) -> NotificationService:
    """Each request's ``NotificationService`` on its ``db_session``."""
    return NotificationService(db_session, settings)
