"""The dashboard table's row actions, the subscription pages, and the subscriptions API."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from uuid import UUID

from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection.types import Kind
from app.subscriptions.detail import detail_context
from app.subscriptions.editing import FieldErrors
from app.subscriptions.schemas import (
    MergeRequest,
    SubscriptionDetailOut,
    SubscriptionNew,
    SubscriptionOut,
    SubscriptionPatch,
    TotalsOut,
)
from app.subscriptions.services import (
    PAYMENT_KINDS,
    SubscriptionChange,
    SubscriptionNotFoundError,
    SubscriptionService,
)
from app.subscriptions.table import TableView
from app.subscriptions.views import payment_totals, subscriptions_context

ACTIONS: dict[str, SubscriptionChange] = {
    "cancel": SubscriptionChange(status="cancelled"),
    "reactivate": SubscriptionChange(status="active"),
    "ignore": SubscriptionChange(ignored=True),
    "restore": SubscriptionChange(ignored=False),
}


EDIT_FORM_FIELDS = (
    "name", "amount", "currency", "cycle", "next_renewal", "kind",
    "category", "notes", "payment_method", "trial_ends_on", "cancel_by",
)  # fmt: skip


BACK_PATH = re.compile(r"/subscriptions/[0-9a-f-]{36}")
"""Where a plain form may send the person back to: only a subscription page of this site."""


SERVICES = {"subscriptions": Provide(create_service_provider(SubscriptionService))}
"""Each request's ``SubscriptionService`` on its ``db_session``; a missing one raises a 404 at the edge."""


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


def _page_view(request: Request[Any, Any, Any]) -> TableView:
    """The search, sort and filters of the dashboard the htmx request came from, kept in the answer."""
    return TableView.from_url(request.headers.get("hx-current-url"))


async def _typed_fields(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The edit form's fields the request carried (anything else a form posts is ignored)."""
    return {k: v for k, v in dict(await request.form()).items() if k in EDIT_FORM_FIELDS}


async def _lists(
    request: Request[User, Any, Any], db_session: AsyncSession, settings: Settings
) -> HTMXTemplate:
    """The lists, summary and reminders as of today where the server is, searched and sorted as the
    page's address says (htmx sends it with every request)."""
    today = datetime.now(settings.tz).date()
    context = await subscriptions_context(db_session, request.user, today, _page_view(request))
    return HTMXTemplate(template_name="subscriptions/_lists.html", context={**context, "oob": False})


def _uuid(value: Any) -> UUID:
    try:
        return UUID(str(value))
    except ValueError:
        raise SubscriptionNotFoundError(value) from None


class SubscriptionPageController(Controller):
    """The dashboard table's rows and the subscription pages."""

    guards = [requires_user]
    include_in_schema = False
    dependencies = SERVICES

    @post("/subscriptions/{subscription_id:uuid}", status_code=200)
    async def row_action(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscriptions: NamedDependency[SubscriptionService],
        settings: NamedDependency[Settings],
        subscription_id: FromPath[UUID],
    ) -> HTMXTemplate | Redirect:
        """The row actions (rename, cancel, ignore, merge, confirm, dismiss, undo merge).

        htmx gets the fresh lists; a plain form goes back to its page."""
        form = dict(await request.form())
        await self._apply(subscriptions, request.user.id, subscription_id, form)
        if not _is_htmx(request):
            back = str(form.get("back", ""))
            return Redirect(back if BACK_PATH.fullmatch(back) else "/")
        return await _lists(request, db_session, settings)

    @get("/subscriptions/lists")
    async def lists(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
    ) -> HTMXTemplate:
        """The lists, summary and reminders as they are now, searched and sorted as the page's address
        says: what the dashboard fetches when a scan or import finishes (the socket that tells it does
        not know the address, which the person may have changed since the page loaded)."""
        return await _lists(request, db_session, settings)

    @staticmethod
    async def _apply(service: SubscriptionService, user_id: UUID, sub_id: UUID, form: dict[str, Any]) -> None:
        action = str(form.get("action", ""))
        if action == "rename":
            await service.edit(user_id, sub_id, SubscriptionChange(name=str(form.get("name", ""))[:200]))
        elif action == "merge" and form.get("into"):
            await service.merge(user_id, sub_id, _uuid(form["into"]))
        elif action == "confirm":
            await service.confirm(user_id, sub_id)
        elif action == "dismiss":
            await service.dismiss(user_id, sub_id)
        elif action == "unmerge":
            await service.unmerge(user_id, sub_id)
        elif action in ACTIONS:
            await service.edit(user_id, sub_id, ACTIONS[action])

    @get("/subscriptions/{subscription_id:uuid}", name="subscription-detail")
    async def detail(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        subscription_id: FromPath[UUID],
    ) -> Template:
        """One subscription: figures, evidence timeline, price chart, renewals, edits, the edit form."""
        today = datetime.now(settings.tz).date()
        context = await detail_context(db_session, request.user, subscription_id, today)
        return Template("subscriptions/detail.html", context=context)

    @post("/subscriptions/{subscription_id:uuid}/edit", status_code=200)
    async def save_edit(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
    ) -> HTMXTemplate | Redirect:
        """The full edit form: errors shown beside their fields (422), or the saved values."""
        form = await _typed_fields(request)
        errors: dict[str, str] = {}
        try:
            sub = await subscriptions.save_typed(request.user.id, subscription_id, form)
        except FieldErrors as exc:
            sub, errors = await subscriptions.get_for_user(request.user.id, subscription_id), exc.errors
        if not _is_htmx(request) and not errors:
            return Redirect(f"/subscriptions/{subscription_id}")
        context = {"sub": sub, "errors": errors, "form": form, "saved": not errors}
        return HTMXTemplate(
            template_name="subscriptions/_edit_form.html",
            context=context,
            status_code=422 if errors and not _is_htmx(request) else 200,
        )

    @post("/subscriptions", status_code=200)
    async def add_manual(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscriptions: NamedDependency[SubscriptionService],
        settings: NamedDependency[Settings],
    ) -> HTMXTemplate | Redirect:
        """A subscription added by hand; errors beside their fields, or the refreshed lists."""
        form = await _typed_fields(request)
        try:
            await subscriptions.add_typed(request.user.id, form)
        except FieldErrors as exc:
            return HTMXTemplate(
                template_name="subscriptions/_add_form.html",
                context={"errors": exc.errors, "form": form},
                status_code=200 if _is_htmx(request) else 422,
                re_target="#add-form",
                re_swap="outerHTML",
            )
        if not _is_htmx(request):
            return Redirect("/")
        return await _lists(request, db_session, settings)


class SubscriptionApiController(Controller):
    path = "/api/subscriptions"
    guards = [requires_user]
    dependencies = SERVICES
    tags = ["subscriptions"]

    @get("/")
    async def list_subscriptions(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        ignored: FromQuery[bool] = False,
        kind: FromQuery[Kind | None] = None,
        possible: FromQuery[bool] = False,
    ) -> list[SubscriptionOut]:
        """The caller's subscriptions and bills (``kind`` narrows; income and transfers on request only).

        ``possible=true`` lists the unsure findings waiting to be confirmed or dismissed instead."""
        kinds = (kind,) if kind else PAYMENT_KINDS
        subs = await subscriptions.list_for_user(
            request.user.id, ignored=ignored, kinds=kinds, possible=possible
        )
        return [SubscriptionOut.of(s) for s in subs]

    @get("/totals")
    async def totals(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        subscriptions: NamedDependency[SubscriptionService],
        settings: NamedDependency[Settings],
    ) -> TotalsOut:
        """What the caller's subscriptions and bills cost per month and per year, in their home currency,
        split by kind and by category; ``stopped`` is what the cancelled and inactive ones would cost."""
        payments = await subscriptions.list_for_user(request.user.id)
        today = datetime.now(settings.tz).date()
        return TotalsOut.of(await payment_totals(db_session, request.user, payments, today))

    @get("/{subscription_id:uuid}")
    async def get_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
    ) -> SubscriptionDetailOut:
        """One subscription with the emails and bank charges that evidence it."""
        sub = await subscriptions.get_for_user(request.user.id, subscription_id)
        return SubscriptionDetailOut.with_evidence(sub, await subscriptions.evidence_for(sub))

    @patch("/{subscription_id:uuid}")
    async def edit_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
        data: JSONBody[SubscriptionPatch],
    ) -> SubscriptionOut:
        """Rename, mark cancelled (or active again), ignore or restore; re-scans keep these edits."""
        await subscriptions.save_typed(request.user.id, subscription_id, data.fields())  # FieldErrors: 400
        return SubscriptionOut.of(await subscriptions.edit(request.user.id, subscription_id, data.change()))

    @post("/")
    async def add_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        data: JSONBody[SubscriptionNew],
    ) -> SubscriptionOut:
        """Add a subscription by hand (201); a later scan of the same service fills only what is blank."""
        return SubscriptionOut.of(await subscriptions.add_typed(request.user.id, data.fields()))

    @post("/{subscription_id:uuid}/confirm", status_code=200)
    async def confirm_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
    ) -> SubscriptionOut:
        """A possible subscription confirmed: listed as the caller's from now on."""
        return SubscriptionOut.of(await subscriptions.confirm(request.user.id, subscription_id))

    @post("/{subscription_id:uuid}/dismiss", status_code=204)
    async def dismiss_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
    ) -> None:
        """Not a subscription of the caller's: removed, and never listed again by a re-scan."""
        await subscriptions.dismiss(request.user.id, subscription_id)

    @post("/{subscription_id:uuid}/unmerge", status_code=200)
    async def unmerge_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
    ) -> SubscriptionOut:
        """Undo a merge: this subscription is listed on its own again."""
        return SubscriptionOut.of(await subscriptions.unmerge(request.user.id, subscription_id))

    @post("/{subscription_id:uuid}/merge", status_code=200)
    async def merge_subscription(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        subscription_id: FromPath[UUID],
        data: JSONBody[MergeRequest],
    ) -> SubscriptionOut:
        """Fold this subscription into ``intoId`` (one service found under two names)."""
        return SubscriptionOut.of(await subscriptions.merge(request.user.id, subscription_id, data.into_id))
