"""The dashboard page, its row actions, and the subscriptions API."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from litestar import Controller, Request, get, patch, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.jobs.names import EMAIL_SCAN, TRANSACTION_SYNC
from app.jobs.panels import current_scan
from app.jobs.service import JobService
from app.subscriptions.schemas import MergeRequest, SubscriptionPatch
from app.subscriptions.services import (
    PAYMENT_KINDS,
    SubscriptionChange,
    SubscriptionNotFoundError,
    SubscriptionService,
    subscription_json,
)
from app.subscriptions.views import subscriptions_context

ACTIONS: dict[str, SubscriptionChange] = {
    "cancel": SubscriptionChange(status="cancelled"),
    "reactivate": SubscriptionChange(status="active"),
    "ignore": SubscriptionChange(ignored=True),
    "restore": SubscriptionChange(ignored=False),
}


def not_found(exc: SubscriptionNotFoundError) -> NotFoundException:
    return NotFoundException(f"no subscription {exc.args[0]}")


class DashboardController(Controller):
    guards = [requires_user]

    @get("/", name="dashboard")
    async def dashboard(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
    ) -> Template:
        user = request.user
        context = await subscriptions_context(db_session, user, datetime.now(settings.tz).date())
        context |= {
            "user": user,
            "active_nav": "dashboard",
            "scan": await current_scan(db_session, jobs, EMAIL_SCAN, user.id),
            "bank_scan": await current_scan(db_session, jobs, TRANSACTION_SYNC, user.id),
        }
        return Template("subscriptions/dashboard.html", context=context)

    @post("/subscriptions/{subscription_id:uuid}", status_code=200)
    async def row_action(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscription_id: FromPath[UUID],
    ) -> HTMXTemplate:
        """The table's row actions (rename, mark cancelled, ignore, merge); answers with the fresh lists."""
        form = dict(await request.form())
        service = SubscriptionService(session=db_session)
        try:
            await self._apply(service, request.user.id, subscription_id, form)
        except SubscriptionNotFoundError as exc:
            raise not_found(exc) from None
        context = await subscriptions_context(db_session, request.user)
        return HTMXTemplate(template_name="subscriptions/_lists.html", context={**context, "oob": False})

    @staticmethod
    async def _apply(service: SubscriptionService, user_id: UUID, sub_id: UUID, form: dict[str, Any]) -> None:
        action = str(form.get("action", ""))
        if action == "rename":
            await service.edit(user_id, sub_id, SubscriptionChange(name=str(form.get("name", ""))[:200]))
        elif action == "merge" and form.get("into"):
            await service.merge(user_id, sub_id, UUID(str(form["into"])))
        elif action in ACTIONS:
            await service.edit(user_id, sub_id, ACTIONS[action])


class SubscriptionApiController(Controller):
    path = "/api/subscriptions"
    guards = [requires_user]
    tags = ["subscriptions"]

    @get("/")
    async def list_subscriptions(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        ignored: FromQuery[bool] = False,
        kind: FromQuery[str | None] = None,
    ) -> list[dict[str, Any]]:
        """The caller's subscriptions and bills (``kind`` narrows; income and transfers on request only)."""
        kinds = (kind,) if kind else PAYMENT_KINDS
        subs = await SubscriptionService(session=db_session).list_for_user(
            request.user.id, ignored=ignored, kinds=kinds
        )
        return [subscription_json(s) for s in subs]

    @get("/{subscription_id:uuid}")
    async def get_subscription(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscription_id: FromPath[UUID],
    ) -> dict[str, Any]:
        """One subscription with the emails and bank charges that evidence it."""
        service = SubscriptionService(session=db_session)
        try:
            sub = await service.get_for_user(request.user.id, subscription_id)
        except SubscriptionNotFoundError as exc:
            raise not_found(exc) from None
        evidence = await service.evidence_for(sub)
        return subscription_json(sub) | {"evidence": [_evidence_json(e) for e in evidence]}

    @patch("/{subscription_id:uuid}")
    async def edit_subscription(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscription_id: FromPath[UUID],
        data: JSONBody[SubscriptionPatch],
    ) -> dict[str, Any]:
        """Rename, mark cancelled (or active again), ignore or restore; re-scans keep these edits."""
        try:
            sub = await SubscriptionService(session=db_session).edit(
                request.user.id, subscription_id, data.change()
            )
        except SubscriptionNotFoundError as exc:
            raise not_found(exc) from None
        return subscription_json(sub)

    @post("/{subscription_id:uuid}/merge", status_code=200)
    async def merge_subscription(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscription_id: FromPath[UUID],
        data: JSONBody[MergeRequest],
    ) -> dict[str, Any]:
        """Fold this subscription into ``intoId`` (one service found under two names)."""
        try:
            target = await SubscriptionService(session=db_session).merge(
                request.user.id, subscription_id, data.into_id
            )
        except SubscriptionNotFoundError as exc:
            raise not_found(exc) from None
        return subscription_json(target)


def _evidence_json(item: Any) -> dict[str, Any]:
    return {
        "source": item.source,
        "ref": item.ref,
        "date": item.occurred_on.isoformat(),
        "summary": item.summary,
        "signal": item.signal,
        "amount": None if item.amount is None else str(item.amount),
        "currency": item.currency,
    }
