"""Dashboard fragments for the htmx socket, each carrying ``hx-swap-oob`` so htmx swaps it by id."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from jinja2 import Environment
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.jobs.service import JobService
from app.jobs.view import JobEvent, JobProgress, JobView
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from app.scans.panels import current_scan

PANEL_TEMPLATES = {EMAIL_SCAN: "scans/_scan_panel.html", TRANSACTION_SYNC: "scans/_bank_panel.html"}
RESULTS_REFRESH = "scans/_results_refresh.html"
"""Sent with a finished job's panel: the page then fetches its lists itself, so they come back
searched and sorted as its address says (which this side does not know)."""


@dataclass(frozen=True)
class LiveSection:
    """A part of a page that is no job's panel, rendered again from the database whenever a job of
    one of ``queues`` has news for the person (the delivery log, when a reminder is planned or sent).
    Only sockets that ask for it by name get it (``/ws/ui?live=<name>``)."""

    queues: frozenset[str]
    template: str
    context: Callable[[AsyncSession, User], Awaitable[dict[str, Any]]]


class FragmentRenderer:
    def __init__(
        self,
        env: Environment,
        db: SQLAlchemyAsyncConfig,
        jobs: JobService,
        panels: Mapping[str, str] = PANEL_TEMPLATES,
        sections: Mapping[str, LiveSection] | None = None,
    ) -> None:
        self.panels = panels
        """The panel template of each queue whose jobs the dashboard shows (other domains add theirs)."""
        self.sections = sections or {}
        """Live sections by name (other domains add theirs)."""
        self.env = env
        self.db = db
        self.jobs = jobs

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(oob=True, **context)

    async def user(self, user_id: UUID) -> User | None:
        """The person a socket renders for: its scope holds only the id (``SocketUser``)."""
        async with self.db.get_session() as session:
            return await session.get(User, user_id)

    def stream(self, user: User, csrf_token: str = "", live: Collection[str] = ()) -> PanelStream:
        """What one socket sends; ``csrf_token``: its CSRF cookie, for the forms in the live sections;
        ``live``: the names of the live sections its page shows (unknown ones are left out)."""
        return PanelStream(self, user, csrf_token, [name for name in live if name in self.sections])

    async def render_sections(self, user: User, names: Collection[str], csrf_token: str) -> str:
        """The named live sections as they are now, each swapped by its id."""
        if not names:
            return ""
        async with self.db.get_session() as session:
            contexts = [(name, await self.sections[name].context(session, user)) for name in names]
        return "\n".join(
            self.render(self.sections[name].template, csrf_token=lambda: csrf_token, **context)
            for name, context in contexts
        )

    async def current_panels(self, user: User) -> tuple[str, dict[str, JobView | None]]:
        """Every panel as it is now, and the job each shows."""
        async with self.db.get_session() as session:
            views = {queue: await current_scan(session, self.jobs, queue, user.id) for queue in self.panels}
        return "\n".join(self.render(self.panels[q], scan=view) for q, view in views.items()), views

    def for_event(self, event: JobEvent, *, bar_only: bool = False) -> str:
        """The event's panel, or ``bar_only``: just its percent and bar; the results' refresh when done."""
        return self.for_view(JobView.from_event(event), bar_only=bar_only)

    def for_view(self, view: JobView, *, bar_only: bool = False) -> str:
        template = self.panels.get(view.queue)
        if template is None:
            return ""
        parts = [self.render(template, scan=view, bar_only=bar_only).strip()]
        if view.state == "completed":
            parts.append(self.render(RESULTS_REFRESH).strip())
        return "\n".join(parts)


class PanelStream:
    """The fragments one socket sends, smallest first: a progress update within the state the
    socket last showed swaps only the percent and the bar (about 0.4 KB instead of the panel);
    a new job, a state change or a failed attempt swaps the whole panel."""

    def __init__(self, renderer: FragmentRenderer, user: User, csrf_token: str, live: list[str]) -> None:
        self.renderer = renderer
        self.user = user
        self.csrf_token = csrf_token
        self.live = live
        self._shown: dict[str, tuple[str, str, str | None]] = {}
        """Per queue: the job id, state and error of the panel the socket shows."""

    async def current(self) -> str:
        html, views = await self.renderer.current_panels(self.user)
        for queue, view in views.items():
            self._note(queue, view)
        return "\n".join(
            filter(None, (html, await self.renderer.render_sections(self.user, self.live, self.csrf_token)))
        )

    async def for_event(self, event: JobEvent) -> str:
        view = JobView.from_event(event)
        bar_only = isinstance(event, JobProgress) and self._shown.get(event.queue) == _shape(view)
        self._note(event.queue, view)
        panel = self.renderer.for_event(event, bar_only=bar_only)
        following = [name for name in self.live if event.queue in self.renderer.sections[name].queues]
        sections = await self.renderer.render_sections(self.user, following, self.csrf_token)
        return "\n".join(filter(None, (panel, sections)))

    def _note(self, queue: str, view: JobView | None) -> None:
        if view is None:
            self._shown.pop(queue, None)
        else:
            self._shown[queue] = _shape(view)


def _shape(view: JobView) -> tuple[str, str, str | None]:
    """What decides the panel's layout; the progress figure alone does not."""
    return view.job_id, view.state, view.error
