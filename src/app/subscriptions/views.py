"""The dashboard's data, shared by the full page and the fragments pushed over the socket."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.currency.preference import currency_for_totals, home_currency
from app.currency.rates import Rates, rates_on
from app.subscriptions.models import Subscription
from app.subscriptions.schedule import renewals_between
from app.subscriptions.services import SubscriptionService
from app.subscriptions.table import KIND_LABELS, SORT_LABELS, STATUS_LABELS, TableView
from app.subscriptions.totals import Totals, totals

UPCOMING_DAYS = 30


def upcoming_renewals(subs: list[Subscription], first: date, last: date) -> list[tuple[date, Subscription]]:
    """Every renewal of the active subscriptions and bills from ``first`` to ``last``, soonest first."""
    due = [
        (day, sub)
        for sub in subs
        if sub.effective_status == "active"
        for day in renewals_between(sub.next_renewal, sub.cycle, first, last)
    ]
    return sorted(due, key=lambda item: (item[0], item[1].display_name.lower()))


async def subscriptions_context(
    session: AsyncSession, user: User, today: date | None = None, view: TableView | None = None
) -> dict[str, Any]:
    """The dashboard's lists as ``view`` searches, filters and sorts them; the totals count every row."""
    today = today or datetime.now(UTC).date()
    view = view or TableView()
    service = SubscriptionService(session=session)
    payments = await service.list_for_user(user.id)
    subs = [s for s in payments if s.kind == "subscription"]
    upcoming = upcoming_renewals(payments, today, today + timedelta(days=UPCOMING_DAYS))
    home, rates = await _home_and_rates(session, user, payments, today)
    shown = view.apply(payments, today, home, rates)
    return {
        "today": today,
        "view": view,
        "sort_labels": SORT_LABELS,
        "kind_labels": KIND_LABELS,
        "status_labels": STATUS_LABELS,
        "listed_count": len(payments),
        "shown_count": len(shown),
        "subscriptions": [s for s in shown if s.kind == "subscription"],
        "bills": [s for s in shown if s.kind == "bill"],
        "ignored": await service.list_for_user(user.id, ignored=True),
        "possible": await service.list_for_user(user.id, possible=True),
        "totals": totals(payments, home, rates),
        "active_count": sum(1 for s in subs if s.effective_status == "active"),
        "upcoming": upcoming,
        **_next_renewal(subs, today),
    }


async def payment_totals(
    session: AsyncSession, user: User, payments: list[Subscription], today: date
) -> Totals:
    """The totals in the person's home currency (until they choose one, the one most payments are in)."""
    return totals(payments, *await _home_and_rates(session, user, payments, today))


async def _home_and_rates(
    session: AsyncSession, user: User, payments: list[Subscription], today: date
) -> tuple[str, Rates]:
    home = currency_for_totals(await home_currency(session, user.id), (p.currency for p in payments))
    return home, await rates_on(session, today)


def _next_renewal(subs: list[Subscription], today: date) -> dict[str, Any]:
    """The summary's "Next renewal": the soonest active subscription, however far away."""
    due = [(day, sub) for sub in subs if sub.effective_status == "active" and (day := sub.renews_on(today))]
    due = [(day, sub) for day, sub in due if day >= today]
    day, sub = min(due, key=lambda item: item[0]) if due else (None, None)
    return {"next_sub": sub, "next_day": day}
