"""**Download all my data**: one zip with everything Subscout keeps about the person, secrets left out."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import ApiToken, User
from app.exports.formats import record_json
from app.exports.records import SubscriptionRecord
from app.notifications.models import Delivery
from app.reports.models import AnalyticsCache, MonthlyReportRow
from app.scans.models import Scan
from app.sources.models import BankAccount, MailSource
from app.subscriptions.models import Reminder, Subscription


def _when(value: Any) -> str | None:
    return None if value is None else value.isoformat()


async def profile(session: AsyncSession, user_id: UUID) -> dict[str, Any]:
    user = await session.get(User, user_id)
    if user is None:
        return {}
    return {"email": user.email, "name": user.name, "createdAt": _when(user.created_at), "demo": user.is_demo}


async def sources(session: AsyncSession, user_id: UUID) -> dict[str, Any]:
    """Mailboxes, bank accounts and API tokens as the person set them up; no password, token or cursor."""
    mail = await session.scalars(select(MailSource).where(MailSource.user_id == user_id))
    banks = await session.scalars(select(BankAccount).where(BankAccount.user_id == user_id))
    tokens = await session.scalars(select(ApiToken).where(ApiToken.user_id == user_id))
    return {
        "mailboxes": [
            {"kind": m.kind, "label": m.label, "settings": m.config, "lastSyncedAt": _when(m.last_synced_at)}
            for m in mail
        ],
        "bankAccounts": [
            {
                "kind": b.kind,
                "name": b.name,
                "institution": b.institution,
                "lastSyncedAt": _when(b.last_synced_at),
            }
            for b in banks
        ],
        "apiTokens": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "createdAt": _when(t.created_at),
                "revokedAt": _when(t.revoked_at),
            }
            for t in tokens
        ],
    }


async def reminders(session: AsyncSession, user_id: UUID) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(Reminder, Subscription.name)
        .join(Subscription, Reminder.subscription_id == Subscription.id)
        .where(Reminder.user_id == user_id)
        .order_by(Reminder.renewal_date)
    )
    return [
        {
            "subscription": name,
            "renewalDate": r.renewal_date.isoformat(),
            "dismissedAt": _when(r.dismissed_at),
        }
        for r, name in rows.tuples()
    ]


async def scans(session: AsyncSession, user_id: UUID) -> list[dict[str, Any]]:
    rows = await session.scalars(select(Scan).where(Scan.user_id == user_id).order_by(Scan.created_at))
    return [
        {
            "queue": s.queue,
            "state": s.state,
            "startedAt": _when(s.created_at),
            "result": s.result,
            "error": s.error,
        }
        for s in rows
    ]


async def deliveries(session: AsyncSession, user_id: UUID) -> list[dict[str, Any]]:
    """The notifications delivery log: what was sent (or tried) to the person, on which kind of channel."""
    rows = await session.scalars(
        select(Delivery).where(Delivery.user_id == user_id).order_by(Delivery.created_at)
    )
    return [
        {
            "kind": d.kind,
            "status": d.status,
            "attempts": d.attempts,
            "createdAt": _when(d.created_at),
            "sentAt": _when(d.sent_at),
            "details": d.details,
        }
        for d in rows
    ]


async def monthly_reports(session: AsyncSession, user_id: UUID) -> list[dict[str, Any]]:
    """Every monthly report as its job built it (the figures the page and the email showed)."""
    rows = await session.scalars(
        select(MonthlyReportRow).where(MonthlyReportRow.user_id == user_id).order_by(MonthlyReportRow.month)
    )
    return [{"month": r.month, "builtAt": _when(r.updated_at), "report": r.data} for r in rows]


async def analytics(session: AsyncSession, user_id: UUID) -> dict[str, Any] | None:
    """The cached spend and forecast; None before the first scan or import computed it."""
    return await session.scalar(select(AnalyticsCache.data).where(AnalyticsCache.user_id == user_id))


async def archive_parts(session: AsyncSession, user_id: UUID) -> dict[str, Any]:
    return {
        "profile.json": await profile(session, user_id),
        "sources.json": await sources(session, user_id),
        "reminders.json": await reminders(session, user_id),
        "deliveries.json": await deliveries(session, user_id),
        "scans.json": await scans(session, user_id),
        "reports.json": await monthly_reports(session, user_id),
        "analytics.json": await analytics(session, user_id),
    }


def to_archive(parts: dict[str, Any], records: list[SubscriptionRecord], exported_at: datetime) -> bytes:
    """The zip: one JSON file per kind of data; evidence sits with the subscription it supports."""
    everything = parts | {"subscriptions.json": [record_json(r) for r in records]}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "README.txt", f"Everything Subscout keeps about you, exported {exported_at.isoformat()}.\n"
        )
        for name, content in everything.items():
            zf.writestr(name, json.dumps(content, indent=2, ensure_ascii=False, default=str))
    return out.getvalue()
