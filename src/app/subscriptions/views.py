"""The dashboard's data, shared by the full page and the fragments pushed over the socket."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.subscriptions.services import SubscriptionService, monthly_cost


async def subscriptions_context(session: AsyncSession, user: User) -> dict[str, Any]:
    service = SubscriptionService(session=session)
    payments = await service.list_for_user(user.id)
    subs = [s for s in payments if s.kind == "subscription"]
    active = [s for s in subs if s.effective_status == "active"]
    upcoming = [s for s in active if s.next_renewal is not None]
    return {
        "subscriptions": subs,
        "bills": [s for s in payments if s.kind == "bill"],
        "ignored": await service.list_for_user(user.id, ignored=True),
        "monthly": monthly_cost(subs),
        "active_count": len(active),
        "next_sub": min(upcoming, key=lambda s: s.next_renewal) if upcoming else None,  # type: ignore[arg-type, return-value]
        "reminders": await service.upcoming_reminders(user.id),
    }
