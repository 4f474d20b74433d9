"""The notifications API (``/api/notifications``), the Settings section, the delivery log,
one-click unsubscribe, and the operators' view of every delivery."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter, URLEncodedBody
from litestar.response import File, Template
from litestar.status_codes import HTTP_201_CREATED, HTTP_202_ACCEPTED, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_operator, requires_user
from app.accounts.models import User
from app.config import Settings
from app.jobs.service import JobService
from app.notifications import schemas
from app.notifications.jobs import NOTIFICATIONS, enqueue_sends
from app.notifications.models import Delivery
from app.notifications.planning import Message
from app.notifications.preferences import KIND_LABELS, KINDS, PreferenceError
from app.notifications.service import (
    RECENT_LIMIT,
    NotificationService,
    PreferenceChange,
    provide_notifications,
)
from app.notifications.unsubscribe import read_token
from app.notifications.views import channel_view, delivery_title, delivery_view, operator_delivery_view

Limit = Annotated[int, QueryParameter(ge=1, le=200)]
Status = Annotated[Literal["pending", "sending", "sent", "failed"] | None, QueryParameter()]


async def _send_now(db_session: AsyncSession, jobs: JobService, messages: list[Message]) -> None:
    """Commit first: the worker must find the rows the job names."""
    await db_session.commit()
    await enqueue_sends(jobs.queue(NOTIFICATIONS), messages)


async def send_tests(
    db_session: AsyncSession, jobs: JobService, notifications: NotificationService, user_id: UUID, target: str
) -> list[Delivery]:
    """A test message to each channel ``target`` names, through the queue (the API's and the page's)."""
    rows = await notifications.test_deliveries(user_id, target)
    await _send_now(db_session, jobs, [Message(row.user_id, row.message_id) for row in rows])
    return rows


async def replay_now(
    db_session: AsyncSession,
    jobs: JobService,
    notifications: NotificationService,
    user_id: UUID,
    delivery_id: UUID,
) -> None:
    """A finished delivery sent again through the queue (the API's and the log page's)."""
    await _send_now(db_session, jobs, [await notifications.replay(user_id, delivery_id)])


SERVICES = {"notifications": Provide(provide_notifications, sync_to_thread=False)}


class NotificationApiController(Controller):
    path = "/api/notifications"
    guards = [requires_user]
    tags = ["notifications"]
    dependencies = SERVICES

    @get("/preferences")
    async def get_preferences(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
    ) -> schemas.Preferences:
        """Offsets, digest, time zone, send hour and which kinds of message are on."""
        return schemas.Preferences(**await notifications.preferences(request.user.id))

    @put("/preferences")
    async def put_preferences(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        data: JSONBody[schemas.PreferencesUpdate],
    ) -> schemas.Preferences:
        """Change any of the preferences; fields left out stay as they are."""
        change = PreferenceChange(
            offsets=data.offsets,
            digest=data.digest,
            timezone=data.timezone,
            send_hour=data.send_hour,
            alerts={str(k): v for k, v in data.alerts.items()} if data.alerts is not None else None,
        )
        stored = await notifications.change_preferences(request.user.id, change)
        return schemas.Preferences(**stored)

    @get("/channels")
    async def list_channels(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
    ) -> list[schemas.Channel]:
        """Every channel: the account-address email, Apprise URLs, webhooks (no URL or secret is shown)."""
        return [channel_view(c) for c in await notifications.channels(request.user.id)]

    @post("/channels", status_code=HTTP_201_CREATED)
    async def add_channel(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        data: JSONBody[schemas.AppriseChannelCreate],
    ) -> schemas.Channel:
        """Add an Apprise URL (ntfy, Gotify, Discord, Telegram, Slack, Matrix, …), kept encrypted."""
        channel = await notifications.add_apprise(request.user.id, data.url, data.label)
        return channel_view(channel)

    @patch("/channels/{channel_id:uuid}")
    async def change_channel(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        channel_id: FromPath[UUID],
        data: JSONBody[schemas.ChannelUpdate],
    ) -> schemas.Channel:
        """Switch a channel on or off, or choose the kinds of message it does not get."""
        muted = [str(k) for k in data.muted_kinds] if data.muted_kinds is not None else None
        channel = await notifications.change_channel(request.user.id, channel_id, data.enabled, muted)
        return channel_view(channel)

    @delete("/channels/{channel_id:uuid}", status_code=HTTP_204_NO_CONTENT)
    async def remove_channel(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        channel_id: FromPath[UUID],
    ) -> None:
        """Remove an Apprise URL or a webhook and its deliveries (email can only be switched off)."""
        await notifications.remove_channel(request.user.id, channel_id)

    @get("/webhooks")
    async def list_webhooks(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
    ) -> list[schemas.Channel]:
        channels = await notifications.channels(request.user.id, kind="webhook")
        return [channel_view(c) for c in channels]

    @post("/webhooks", status_code=HTTP_201_CREATED)
    async def add_webhook(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        data: JSONBody[schemas.WebhookCreate],
    ) -> schemas.WebhookCreated:
        """Add an endpoint; the answer carries its signing secret, shown this once (Standard Webhooks)."""
        channel, secret = await notifications.add_webhook(request.user.id, data.url, data.label)
        return schemas.WebhookCreated(channel=channel_view(channel), secret=secret)

    @delete("/webhooks/{channel_id:uuid}", status_code=HTTP_204_NO_CONTENT)
    async def remove_webhook(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        channel_id: FromPath[UUID],
    ) -> None:
        await notifications.remove_channel(request.user.id, channel_id, kind="webhook")

    @get("/webhooks/{channel_id:uuid}/deliveries")
    async def webhook_deliveries(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        channel_id: FromPath[UUID],
        limit: Limit = 50,
    ) -> list[schemas.Delivery]:
        """The endpoint's recent deliveries, each with the receiver's answer; replay any of them."""
        await notifications.channel(request.user.id, channel_id, kind="webhook")
        rows = await notifications.deliveries(request.user.id, limit, channel_id=channel_id)
        return [delivery_view(d, c) for d, c in rows]

    @get("/deliveries")
    async def deliveries(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        limit: Limit = 50,
        status: Status = None,
    ) -> list[schemas.Delivery]:
        """The delivery log: what was sent, when, where, and every failure with the server's own answer."""
        rows = await notifications.deliveries(request.user.id, limit, status)
        return [delivery_view(d, c) for d, c in rows]

    @get("/deliveries/{delivery_id:uuid}")
    async def delivery(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        delivery_id: FromPath[UUID],
    ) -> schemas.Delivery:
        return delivery_view(*await notifications.delivery(request.user.id, delivery_id))

    @post("/deliveries/{delivery_id:uuid}/replay", status_code=HTTP_202_ACCEPTED)
    async def replay(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        jobs: NamedDependency[JobService],
        delivery_id: FromPath[UUID],
    ) -> schemas.Delivery:
        """Send a finished delivery again through the queue, with the same message id."""
        await replay_now(db_session, jobs, notifications, request.user.id, delivery_id)
        return delivery_view(*await notifications.delivery(request.user.id, delivery_id))

    @post("/test", status_code=HTTP_202_ACCEPTED)
    async def test(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        jobs: NamedDependency[JobService],
        data: JSONBody[schemas.TestRequest],
    ) -> schemas.TestStarted:
        """Send a test message through the queue now; each delivery says ``sent`` only once accepted."""
        rows = await send_tests(db_session, jobs, notifications, request.user.id, data.channel)
        return schemas.TestStarted(message="Test message queued", deliveries=[row.id for row in rows])

    @get("/subscriptions/{subscription_id:uuid}")
    async def subscription(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        settings: NamedDependency[Settings],
        subscription_id: FromPath[UUID],
    ) -> schemas.SubscriptionSettings:
        notice = await notifications.subscription_settings(request.user.id, subscription_id)
        return schemas.SubscriptionSettings(subscription_id, notice.muted, notice.offsets)

    @put("/subscriptions/{subscription_id:uuid}")
    async def put_subscription(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        subscription_id: FromPath[UUID],
        data: JSONBody[schemas.SubscriptionSettingsUpdate],
    ) -> schemas.SubscriptionSettings:
        """Mute one subscription's reminders, or give it its own offsets (null: the person's)."""
        offsets = list(data.offsets) if data.offsets is not None else None
        notice = await notifications.change_subscription(
            request.user.id, subscription_id, data.muted, offsets
        )
        return schemas.SubscriptionSettings(subscription_id, notice.muted, notice.offsets)


@dataclass
class AddChannelForm:
    url: str = ""
    label: str = ""


@dataclass
class ChannelActionForm:
    action: str = ""


@dataclass
class SubscriptionForm:
    offsets: str = ""
    muted: str = ""


def _offsets(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise PreferenceError("offsets", "reminder offsets are whole numbers of days, like 7, 1") from None


def _reminded(muted: bool, offsets: list[int] | None) -> str:
    if muted:
        return "muted, no reminders"
    if not offsets:
        return "reminded on your usual days"
    return f"reminded {', '.join(map(str, offsets))} day{'s' if offsets != [1] else ''} before"


@dataclass
class SectionState:
    """What the Settings section shows besides the stored settings: the outcome of the last action."""

    notice: str | None = None
    error: str | None = None
    new_secret: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


async def section_context(service: NotificationService, user: User, state: SectionState) -> dict[str, Any]:
    subscriptions = await service.remindable_subscriptions(user.id)
    notices = {s.id: await service.subscription_settings(user.id, s.id) for s in subscriptions}
    return {
        "user": user,
        "prefs": await service.preferences(user.id),
        "channels": await service.channels(user.id),
        "kinds": KINDS,
        "kind_labels": KIND_LABELS,
        "subscriptions": [(s, notices[s.id]) for s in subscriptions],
        **await log_context(service, user, RECENT_IN_SETTINGS),
        "state": state,
    }


RECENT_IN_SETTINGS = 5
LOG_PAGE_ROWS = 100


async def log_context(
    service: NotificationService, user: User, limit: int, live: bool = False
) -> dict[str, Any]:
    """The log's rows; ``in_flight`` makes it poll every 2 s until every delivery has its outcome,
    unless it is ``live``: the log page's, which the person's socket swaps whenever a notification
    is planned, started or sent (``live_log_context``)."""
    rows = await service.deliveries(user.id, limit)
    return {
        "user": user,
        "rows": [(d, c, delivery_title(d)) for d, c in rows],
        "in_flight": any(d.status in ("pending", "sending") for d, _ in rows),
        "live": live,
        "limit": limit,
    }


LIVE_LOG = "delivery-log"
"""The log page's live section (``/ws/ui?live=delivery-log``), following the notifications queue."""


async def live_log_context(settings: Settings, session: AsyncSession, user: User) -> dict[str, Any]:
    return await log_context(NotificationService(session, settings), user, LOG_PAGE_ROWS, live=True)


class NotificationPageController(Controller):
    """The Settings section (loaded into the Settings page), the delivery log, the outbox files."""

    guards = [requires_user]
    include_in_schema = False
    dependencies = SERVICES

    async def _section(self, notifications: NotificationService, user: User, state: SectionState) -> Template:
        context = await section_context(notifications, user, state)
        return Template("notifications/_settings.html", context=context)

    async def _section_after(
        self,
        notifications: NotificationService,
        db_session: AsyncSession,
        user: User,
        action: Callable[[], Awaitable[SectionState]],
    ) -> Template:
        """The section saying what ``action`` did, or why it was refused."""
        return await self._section(notifications, user, await self._outcome(db_session, action))

    @staticmethod
    async def _outcome(
        db_session: AsyncSession, action: Callable[[], Awaitable[SectionState]]
    ) -> SectionState:
        """What ``action`` did, or why it was refused (what it wrote rolled back): the page's answer
        to a ``PreferenceError``, which the API answers with a 400."""
        try:
            return await action()
        except PreferenceError as exc:
            await db_session.rollback()
            return SectionState(error=str(exc))

    async def _add(
        self,
        notifications: NotificationService,
        db_session: AsyncSession,
        user: User,
        kind: Literal["apprise", "webhook"],
        form: AddChannelForm,
    ) -> Template:
        """The Settings forms' Add: an Apprise URL or a webhook (whose secret is shown this once)."""
        url, label = form.url.strip(), form.label.strip() or None

        async def add() -> SectionState:
            if kind == "webhook":
                channel, secret = await notifications.add_webhook(user.id, url, label)
                return SectionState(notice=f"Added the webhook {channel.label}.", new_secret=secret)
            channel = await notifications.add_apprise(user.id, url, label)
            return SectionState(notice=f"Added {channel.label}. Send a test to check it.")

        return await self._section_after(notifications, db_session, user, add)

    @get("/settings/notifications", name="notification-settings")
    async def section(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
    ) -> Template:
        return await self._section(notifications, request.user, SectionState())

    @post("/settings/notifications/preferences", status_code=200)
    async def save_preferences(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
    ) -> Template:
        form = await request.form()
        try:
            hour = int(str(form.get("send_hour", "9")))
        except ValueError:
            hour = -1

        async def save() -> SectionState:
            change = PreferenceChange(
                offsets=_offsets(str(form.get("offsets", ""))), digest=form.get("digest") == "on",
                timezone=str(form.get("timezone", "")).strip(), send_hour=hour,
                alerts={kind: form.get(f"alert-{kind}") == "on" for kind in KINDS},
            )  # fmt: skip
            await notifications.change_preferences(request.user.id, change)
            return SectionState(notice="Notification preferences saved.")

        return await self._section_after(notifications, db_session, request.user, save)

    @post("/settings/notifications/channels", status_code=200)
    async def add_channel(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        data: URLEncodedBody[AddChannelForm],
    ) -> Template:
        return await self._add(notifications, db_session, request.user, "apprise", data)

    @post("/settings/notifications/webhooks", status_code=200)
    async def add_webhook(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        data: URLEncodedBody[AddChannelForm],
    ) -> Template:
        return await self._add(notifications, db_session, request.user, "webhook", data)

    @post("/settings/notifications/channels/{channel_id:uuid}", status_code=200)
    async def channel_action(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        jobs: NamedDependency[JobService],
        channel_id: FromPath[UUID],
        data: URLEncodedBody[ChannelActionForm],
    ) -> Template:
        """``test`` (through the queue), ``enable``, ``disable`` or ``remove``."""
        user_id = request.user.id
        channel = await notifications.channel(user_id, channel_id)
        state = SectionState()
        if data.action == "test":
            await send_tests(db_session, jobs, notifications, user_id, str(channel_id))
            state.notice = f"Sending a test to {channel.label}…"
        elif data.action in ("enable", "disable"):
            await notifications.change_channel(user_id, channel_id, data.action == "enable", None)
            state.notice = f"{channel.label} is {'on' if data.action == 'enable' else 'off'}."
        elif data.action == "remove":
            await notifications.remove_channel(user_id, channel_id)
            state.notice = f"Removed {channel.label}."
        else:
            raise PreferenceError("action", "unknown action")
        return await self._section(notifications, request.user, state)

    @post("/settings/notifications/subscriptions/{subscription_id:uuid}", status_code=200)
    async def subscription_settings(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        subscription_id: FromPath[UUID],
        data: URLEncodedBody[SubscriptionForm],
    ) -> Template:
        """One subscription's own reminder days and mute. htmx gets only the row's status line, in
        words that name the subscription (the row keeps focus and what was typed); a plain form gets
        the section with the same words."""
        name = await notifications.subscription_name(request.user.id, subscription_id)

        async def save() -> SectionState:
            offsets = _offsets(data.offsets) or None
            notice = await notifications.change_subscription(
                request.user.id, subscription_id, data.muted == "on", offsets
            )
            return SectionState(notice=f"Saved for {name}: {_reminded(notice.muted, notice.offsets)}.")

        state = await self._outcome(db_session, save)
        if state.error:
            state.error = f"Not saved for {name}: {state.error}."
        if request.headers.get("hx-request") == "true":
            context = {"subscription_id": subscription_id, "message": state.notice or state.error}
            return Template("notifications/_subscription_saved.html", context=context)
        return await self._section(notifications, request.user, state)

    @get("/subscriptions/{subscription_id:uuid}/alerts", name="subscription-alerts")
    async def subscription_alerts(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        subscription_id: FromPath[UUID],
    ) -> Template:
        """One subscription's reminder settings and the messages sent about it: the card its detail
        page loads with htmx, or (without JavaScript) a page of its own."""
        user = request.user
        notice = await notifications.subscription_settings(user.id, subscription_id)
        rows = await notifications.deliveries(user.id, RECENT_LIMIT, subscription_id=subscription_id)
        context = {
            "user": user,
            "active_nav": "dashboard",
            "subscription_id": subscription_id,
            "name": await notifications.subscription_name(user.id, subscription_id),
            "notice": notice,
            "prefs": await notifications.preferences(user.id),
            "rows": [(d, c, delivery_title(d)) for d, c in rows],
        }
        if request.headers.get("hx-request") == "true":
            return Template("notifications/_subscription_alerts.html", context=context)
        return Template("notifications/subscription_alerts.html", context=context)

    @get("/notifications", name="notifications")
    async def log_page(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
    ) -> Template:
        context = await log_context(notifications, request.user, LOG_PAGE_ROWS, live=True)
        return Template("notifications/deliveries.html", context={**context, "active_nav": "notifications"})

    @get("/notifications/log")
    async def log_fragment(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        limit: Limit = LOG_PAGE_ROWS,
        live: FromQuery[bool] = False,
    ) -> Template:
        """The log table alone: the Settings preview polls it while anything is on its way, the log
        page (``live``) while its socket is down."""
        context = await log_context(notifications, request.user, limit, live=live)
        return Template("notifications/_log.html", context=context)

    @post("/notifications/deliveries/{delivery_id:uuid}/replay", status_code=200)
    async def replay(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notifications: NamedDependency[NotificationService],
        jobs: NamedDependency[JobService],
        delivery_id: FromPath[UUID],
    ) -> Template:
        await replay_now(db_session, jobs, notifications, request.user.id, delivery_id)
        context = await log_context(notifications, request.user, LOG_PAGE_ROWS)
        return Template("notifications/_log.html", context=context)

    @get("/notifications/outbox/{delivery_id:uuid}")
    async def outbox(
        self,
        request: Request[User, Any, Any],
        notifications: NamedDependency[NotificationService],
        delivery_id: FromPath[UUID],
    ) -> File:
        """The ``.eml`` written instead of sending (no SMTP server configured), shown as text."""
        path = await notifications.outbox_file(request.user.id, delivery_id)
        return File(
            path,
            filename=path.name,
            media_type="text/plain; charset=utf-8",
            content_disposition_type="inline",
        )


class UnsubscribeController(Controller):
    """RFC 8058 one-click: a POST from the mail client turns it off; a GET (a person, or a link
    scanner) shows a button, since following a link must not change anything."""

    path = "/notifications/unsubscribe"
    include_in_schema = False
    dependencies = SERVICES

    @get("/{token:str}")
    async def confirm(self, token: FromPath[str], settings: NamedDependency[Settings]) -> Template:
        valid = read_token(settings.secret_key, token) is not None
        return Template(
            "notifications/unsubscribe.html", context={"token": token, "valid": valid, "done": None}
        )

    @post("/{token:str}", status_code=200)
    async def unsubscribe(
        self,
        token: FromPath[str],
        notifications: NamedDependency[NotificationService],
    ) -> Response[Any]:
        result = await notifications.unsubscribe(token)
        if result is None:
            return Template(
                "notifications/unsubscribe.html", context={"token": token, "valid": False, "done": None},
                status_code=404,
            )  # fmt: skip
        channel, kinds = result
        done = {"channel": channel.label, "kinds": [KIND_LABELS[k] for k in kinds]}
        return Template(
            "notifications/unsubscribe.html", context={"token": token, "valid": True, "done": done}
        )


class OperatorNotificationsController(Controller):
    guards = [requires_operator]
    dependencies = SERVICES

    @get("/api/operator/notifications/deliveries", tags=["operator"])
    async def all_deliveries(
        self, notifications: NamedDependency[NotificationService], limit: Limit = 100, status: Status = None
    ) -> list[schemas.OperatorDelivery]:
        """Every person's deliveries, newest first; ``status=failed`` for the failures and their answers."""
        rows = await notifications.deliveries(None, limit, status)
        return [operator_delivery_view(d, c) for d, c in rows]

    @get("/operator/notifications", include_in_schema=False, name="operator-notifications")
    async def page(
        self, request: Request[User, Any, Any], notifications: NamedDependency[NotificationService]
    ) -> Template:
        failed = await notifications.deliveries(None, 50, "failed")
        context = {
            "user": request.user,
            "active_nav": "operator-notifications",
            "failed": [(d, c, delivery_title(d)) for d, c in failed],
            "recent": [(d, c, delivery_title(d)) for d, c in await notifications.deliveries(None, 50)],
        }
        return Template("notifications/operator.html", context=context)
