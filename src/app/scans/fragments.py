"""Dashboard fragments for the htmx socket, each carrying ``hx-swap-oob`` so htmx swaps it by id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from jinja2 import Environment

from app.accounts.models import User
from app.jobs.service import JobService
from app.jobs.view import JobCompleted, JobEvent, JobView
from app.scans.panels import current_scan
from app.scans.queues import EMAIL_SCAN, TRANSACTION_SYNC
from app.subscriptions.views import subscriptions_context

PANEL_TEMPLATES = {EMAIL_SCAN: "scans/_scan_panel.html", TRANSACTION_SYNC: "scans/_bank_panel.html"}
RESULT_TEMPLATES = (
    "subscriptions/_summary.html",
    "subscriptions/_reminders.html",
    "subscriptions/_subscriptions.html",
)


class FragmentRenderer:
    def __init__(
        self,
        env: Environment,
        db: SQLAlchemyAsyncConfig,
        jobs: JobService,
        panels: Mapping[str, str] = PANEL_TEMPLATES,
    ) -> None:
        self.panels = panels
        """The panel template of each queue whose jobs the dashboard shows (other domains add theirs)."""
        self.env = env
        self.db = db
        self.jobs = jobs

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(oob=True, **context)

    async def current_panels(self, user: User) -> str:
        async with self.db.get_session() as session:
            parts = [
                self.render(template, scan=await current_scan(session, self.jobs, queue, user.id))
                for queue, template in self.panels.items()
            ]
        return "\n".join(parts)

    async def for_event(self, user: User, event: JobEvent, csrf_token: str = "") -> str:
        """``csrf_token``: the socket's CSRF cookie, for the forms in the result tables."""
        template = self.panels.get(event.queue)
        if template is None:
            return ""
        parts = [self.render(template, scan=JobView.from_event(event))]
        if isinstance(event, JobCompleted):
            async with self.db.get_session() as session:
                context = await subscriptions_context(session, user)
            parts.extend(
                self.render(name, csrf_token=lambda: csrf_token, **context) for name in RESULT_TEMPLATES
            )
        return "\n".join(parts)
