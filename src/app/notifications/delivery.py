"""Sending one message: claim its delivery rows, send once, record the receiver's answer.

The claim is a conditional UPDATE committed before anything is sent
(``pending`` → ``sending``), so of any number of workers holding the same
message only one sends it. A worker killed mid-send leaves the rows
``sending``; the job's retry takes them over once (``interrupted``), sending
again with the same Message-ID / webhook-id so the receiver can drop the
repeat; a second interruption gives up rather than risk a third copy.

Why a send writes twice (the claim, then the outcome) and not once: with only
the outcome written after the send, a worker killed between the receiver's
"accepted" and that write leaves no trace of the attempt, so each of the job's
retries would send again (up to four copies, not at most one repeat), and a
stalled worker whose job was swept and started elsewhere would send alongside
it. The row planning inserted cannot be the claim either: it is written before
any job runs and says nothing about whether a send began. Redis knows a job's
attempts, but a replayed or re-planned message is a new job there, so only the
database row can say "a send of this message began".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.config import Settings
from app.notifications.channels import ChannelError, push, targets, webhook
from app.notifications.channels.email import build_email, send_email
from app.notifications.channels.logs import urls_hidden
from app.notifications.messages import Item, Links, render, webhook_payload
from app.notifications.models import Delivery, NotificationChannel
from app.notifications.unsubscribe import make_token

INTERRUPTED_TWICE = "sending was interrupted twice; not sent again, to avoid duplicates"


class RetryLater(Exception):
    """The receiver refused for now; the queue retries after 5 s, 25 s, 125 s."""


@dataclass(frozen=True)
class Outcome:
    status: str
    """``sent``, ``failed``, ``retrying`` or ``done-before`` (nothing left to send)."""
    answer: str | None = None


def app_url(settings: Settings) -> str:
    return (settings.public_url or f"http://{settings.host}:{settings.port}").rstrip("/")


async def _claim(session: AsyncSession, message_id: str) -> bool:
    """True when this call now holds the message's rows; commits the claim."""
    now = datetime.now(UTC)
    fresh = await session.execute(
        update(Delivery)
        .where(Delivery.message_id == message_id, Delivery.status == "pending")
        .values(status="sending", attempts=Delivery.attempts + 1, updated_at=now)
    )
    claimed = bool(fresh.rowcount)  # type: ignore[attr-defined]
    if not claimed:
        takeover = await session.execute(
            update(Delivery)
            .where(Delivery.message_id == message_id, Delivery.status == "sending", Delivery.interrupted == 0)
            .values(interrupted=1, attempts=Delivery.attempts + 1, updated_at=now)
        )
        claimed = bool(takeover.rowcount)  # type: ignore[attr-defined]
    await session.commit()
    return claimed


async def _finish(
    session: AsyncSession, message_id: str, status: str, answer: str | None, outbox: str | None = None
) -> None:
    values: dict[str, object] = {"status": status, "answer": answer, "updated_at": datetime.now(UTC)}
    if status == "sent":
        values |= {"sent_at": datetime.now(UTC), "outbox_path": outbox}
    await session.execute(
        update(Delivery)
        .where(Delivery.message_id == message_id, Delivery.status == "sending")
        .values(**values)
    )
    await session.commit()


async def deliver(session: AsyncSession, settings: Settings, message_id: str, final_attempt: bool) -> Outcome:
    """Send the message unless it was sent (or is being sent) already."""
    if not await _claim(session, message_id):
        return await _settled(session, message_id)
    rows = list(await session.scalars(select(Delivery).where(Delivery.message_id == message_id)))
    channel = await session.get(NotificationChannel, rows[0].channel_id)
    try:
        answer, outbox = await _send(session, settings, channel, rows)
    except ChannelError as exc:
        final = final_attempt or exc.permanent
        await _finish(session, message_id, "failed" if final else "pending", exc.answer)
        if not final:
            raise RetryLater(exc.answer) from None
        return Outcome("failed", exc.answer)
    await _finish(session, message_id, "sent", answer, outbox)
    return Outcome("sent", answer)


async def _settled(session: AsyncSession, message_id: str) -> Outcome:
    """Nothing claimable: already sent or failed, or cut off twice (then given up for good)."""
    await session.execute(
        update(Delivery)
        .where(Delivery.message_id == message_id, Delivery.status == "sending", Delivery.interrupted >= 1)
        .values(status="failed", answer=INTERRUPTED_TWICE, updated_at=datetime.now(UTC))
    )
    await session.commit()
    return Outcome("done-before")


async def _public_addresses(host: str | None, settings: Settings) -> tuple[str, ...]:
    """Checked again at send time (the name may resolve somewhere else than when it was added),
    and the addresses the send then connects to (``targets``: no second lookup to rebind)."""
    try:
        return await targets.public_addresses(host or "", settings.allow_private_targets)
    except targets.PrivateTarget as exc:
        raise ChannelError(str(exc), permanent=True) from None


async def _send(
    session: AsyncSession, settings: Settings, channel: NotificationChannel | None, rows: list[Delivery]
) -> tuple[str, str | None]:
    if channel is None:
        raise ChannelError("the channel was removed", permanent=True)
    items = [Item(row.kind, row.details) for row in rows]
    message_id = rows[0].message_id
    base = app_url(settings)
    unsubscribe = None
    if channel.kind == "email":
        token = make_token(settings.secret_key, channel.id, [row.kind for row in rows])
        unsubscribe = f"{base}/notifications/unsubscribe/{token}"
    links = Links(app=f"{base}/", preferences=f"{base}/settings#notifications", unsubscribe=unsubscribe)
    rendered = render(items, links)
    if channel.kind == "email":
        address = await session.scalar(select(User.email).where(User.id == channel.user_id))
        if address is None:
            raise ChannelError("the account has no email address", permanent=True)
        email = build_email(settings, address, message_id, rendered, unsubscribe)
        answer, path = await send_email(settings, email, message_id)
        return answer, str(path.relative_to(settings.data_dir)) if path else None
    if channel.kind == "apprise":
        host = push.chosen_host(channel.target or "")
        addresses = await _public_addresses(host, settings)
        with targets.pinned(host, addresses, settings.allow_private_targets), urls_hidden():
            return await push.send_push(channel.target or "", rendered.title, rendered.text), None
    if channel.kind == "webhook":
        host = webhook.host(channel.target or "")
        addresses = await _public_addresses(host, settings)
        if not addresses and not settings.allow_private_targets:
            raise ChannelError(f"{host} does not resolve (or not in time)")
        payload = webhook_payload(items, datetime.now(UTC).isoformat())
        body = json.dumps(payload, separators=(",", ":")).encode()
        with urls_hidden():
            answer = await webhook.send_webhook(
                channel.target or "", channel.secret or "", message_id, body, addresses
            )
        return answer, None
    raise ChannelError(f"unknown channel kind {channel.kind!r}", permanent=True)
