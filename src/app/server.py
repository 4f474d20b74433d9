"""The app factory: everything a web process needs, assembled in one place."""

from __future__ import annotations

import functools
import gc
from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar, Request, Response, get
from litestar.channels import ChannelsPlugin
from litestar.config.compression import CompressionConfig
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import CacheControlHeader
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.base import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from litestar.plugins.htmx import HTMXPlugin
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.response import File, Redirect
from litestar.static_files import create_static_files_router
from litestar.stores.redis import RedisStore
from litestar.template import TemplateConfig
from redis.asyncio import Redis

from app.accounts.auth import auth_middleware, requires_operator, requires_user
from app.accounts.routes import SignInController
from app.accounts.sessions import RotatingSessionConfig
from app.accounts.token_auth import TokenAuthenticator
from app.calendar.routes import CalendarController, calendar_feed
from app.config import PACKAGE_DIR, Settings
from app.currency.routes import CurrencyApiController, CurrencySettingsController
from app.dashboard.routes import DashboardController
from app.detection.routes import MailboxApiController, MailboxFormController
from app.exports.jobs import PANEL_TEMPLATES as EXPORT_PANELS
from app.exports.routes import ExportApiController, ExportDownloadController, ExportPageController
from app.jobs.service import JobService
from app.lib.channels import ResilientPubSubBackend
from app.lib.crypto import configure_encryption
from app.lib.database import build_sqlalchemy_config
from app.lib.http import UNCOMPRESSED, refuse_repeated_query
from app.lib.openapi import make_exact
from app.lib.redis import create_redis, system_channel
from app.lib.saq_web import WebSAQPlugin
from app.lib.security import CSRF_COOKIE, SecurityPolicy, install_log_redaction, is_api_path
from app.lib.templating import STATIC_DIR, STATIC_MAX_AGE, STATIC_PREFIX, install_filters
from app.notifications.jobs import NOTIFICATIONS
from app.notifications.routes import (
    LIVE_LOG,
    NotificationApiController,
    NotificationPageController,
    OperatorNotificationsController,
    UnsubscribeController,
    live_log_context,
)
from app.operations.edge import EdgeMiddleware
from app.operations.errors import error_handlers
from app.operations.health import HealthController
from app.operations.metrics import HttpMetrics
from app.operator.metrics import MetricsController
from app.operator.routes import OperatorApiController, OperatorPageController, RenewalApiController
from app.queues import build_saq_config
from app.reports.routes import ReportApiController, ReportPageController
from app.scans.fragments import PANEL_TEMPLATES as SCAN_PANELS
from app.scans.fragments import FragmentRenderer, LiveSection
from app.scans.job_routes import JobApiController
from app.scans.plaid_routes import PlaidApiController, PlaidPageController
from app.scans.routes import ScanApiController, ScanPageController
from app.scans.sockets import jobs_socket, ui_socket
from app.settings.routes import MeApiController, SettingsController
from app.subscriptions.routes import SubscriptionApiController, SubscriptionPageController

SESSION_COOKIE = "subscout_session"
FRAGMENT_PANELS = {**SCAN_PANELS, **EXPORT_PANELS}
"""Each queue's dashboard panel, swapped by its live events."""
UNSUBSCRIBE_PATH = "^/notifications/unsubscribe/"
"""RFC 8058 one-click: mail providers POST without session or CSRF token; the signed link is the check."""


def _unauthorised(request: Request[Any, Any, Any], exc: NotAuthorizedException) -> Response[Any]:
    if is_api_path(request.url.path):
        return Response({"status_code": 401, "detail": "a valid bearer token is required"}, status_code=401)
    return Redirect(f"/signin?next={request.url.path}")


COMPRESS_FROM_BYTES = 1024


FAVICON_MAX_AGE = 7 * 24 * 3600
"""A week: the address has no content hash to change when the icon does."""


@get(
    "/favicon.ico",
    include_in_schema=False,
    sync_to_thread=False,
    cache_control=CacheControlHeader(max_age=FAVICON_MAX_AGE, public=True),
)
def favicon() -> File:
    """Browsers ask for /favicon.ico whatever the page links (and for answers that are not pages)."""
    return File(STATIC_DIR / "favicon.ico", media_type="image/x-icon", content_disposition_type="inline")


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings.from_env()
    configure_encryption(settings.encryption_keys)
    install_log_redaction()
    redis = create_redis(settings)
    db = build_sqlalchemy_config(settings)
    saq = build_saq_config(settings, db, redis, web_guards=[requires_operator])
    queues = saq.get_queues().queues
    templates = TemplateConfig(
        directory=[PACKAGE_DIR / "templates", PACKAGE_DIR / "exports" / "templates"],
        engine=JinjaTemplateEngine,
        engine_callback=lambda engine: install_filters(engine.engine),
    )
    http_metrics = HttpMetrics()
    jobs = JobService(queues, redis, settings)
    tokens = TokenAuthenticator(db)
    security = SecurityPolicy(settings.public_url)

    live_sections = {
        LIVE_LOG: LiveSection(
            frozenset({NOTIFICATIONS}),
            "notifications/_log.html",
            functools.partial(live_log_context, settings),
        )
    }

    def provide_fragments() -> FragmentRenderer:
        return FragmentRenderer(templates.engine_instance.engine, db, jobs, FRAGMENT_PANELS, live_sections)

    app = Litestar(
        # Pages and JSON shrink 5-10x; tiny answers and sockets are left alone.
        compression_config=CompressionConfig(
            backend="gzip", minimum_size=COMPRESS_FROM_BYTES, exclude_opt_key=UNCOMPRESSED
        ),
        route_handlers=[
            SignInController,
            SettingsController,
            MeApiController,
            DashboardController,
            SubscriptionPageController,
            ScanPageController,
            MailboxFormController,
            ScanApiController,
            MailboxApiController,
            PlaidApiController,
            PlaidPageController,
            JobApiController,
            RenewalApiController,
            OperatorApiController,
            OperatorPageController,
            SubscriptionApiController,
            CalendarController,
            CurrencySettingsController,
            CurrencyApiController,
            calendar_feed,
            HealthController,
            MetricsController,
            NotificationApiController,
            ReportApiController,
            ReportPageController,
            NotificationPageController,
            UnsubscribeController,
            OperatorNotificationsController,
            ExportPageController,
            ExportDownloadController,
            ExportApiController,
            jobs_socket,
            ui_socket,
            favicon,
            create_static_files_router(
                path=STATIC_PREFIX,
                directories=[STATIC_DIR],
                name="static",
                cache_control=CacheControlHeader(max_age=STATIC_MAX_AGE, public=True),
            ),
        ],
        plugins=[
            SQLAlchemyPlugin(config=db),
            WebSAQPlugin(saq),
            HTMXPlugin(),
            ChannelsPlugin(
                backend=ResilientPubSubBackend(redis=redis),
                channels=[system_channel(settings)],
                arbitrary_channels_allowed=True,
            ),
        ],
        dependencies={
            "settings": Provide(lambda: settings, use_cache=True, sync_to_thread=False),
            "jobs": Provide(lambda: jobs, use_cache=True, sync_to_thread=False),
            "fragments": Provide(provide_fragments, sync_to_thread=False),
            "redis": Provide(lambda: redis, use_cache=True, sync_to_thread=False),
            "http_metrics": Provide(lambda: http_metrics, use_cache=True, sync_to_thread=False),
            "tokens": Provide(lambda: tokens, use_cache=True, sync_to_thread=False),
        },
        signature_namespace={
            "Settings": Settings,
            "JobService": JobService,
            "Redis": Redis,
            "FragmentRenderer": FragmentRenderer,
            "HttpMetrics": HttpMetrics,
            "TokenAuthenticator": TokenAuthenticator,
        },
        middleware=[
            DefineMiddleware(EdgeMiddleware, metrics=http_metrics, security=security),
            _session_config(settings).middleware,
            auth_middleware(db, tokens),
        ],
        stores={"sessions": RedisStore(redis, namespace=f"{settings.redis_namespace}:session")},
        csrf_config=CSRFConfig(
            secret=settings.secret_key,
            cookie_name=CSRF_COOKIE,
            cookie_httponly=False,
            cookie_secure=settings.public_url.startswith("https"),
            exclude=["^/api/", "^/saq/api/", UNSUBSCRIBE_PATH, "^/favicon.ico$"],
        ),
        template_config=templates,
        openapi_config=_openapi_config(),
        exception_handlers={**error_handlers(), NotAuthorizedException: _unauthorised},
        logging_config=None,  # app.operations.logs renders every record; errors are logged there once
        before_request=refuse_repeated_query,
        on_startup=[_freeze_startup_objects],
        on_shutdown=[tokens.drain, redis.aclose],
        debug=settings.debug,
    )
    make_exact(app, signed_in=[requires_user], operators=[requires_operator])
    return app


def _freeze_startup_objects() -> None:
    """Move what start-up built (routes, templates, models: ~10^5 objects) out of the collector's way.

    Without this every full collection walks them all; under load those pauses were the
    status API's p99.
    """
    gc.collect()
    gc.freeze()


def _openapi_config() -> OpenAPIConfig:
    """JSON only: a rendered docs page would need scripts from a CDN, which the CSP forbids."""
    return OpenAPIConfig(
        title="Subscout API",
        version="1.0.0",
        path="/schema",
        render_plugins=[JsonRenderPlugin()],
        components=Components(
            security_schemes={
                "BearerToken": SecurityScheme(
                    type="http",
                    scheme="bearer",
                    description="An API token from Settings → API tokens or `subscout tokens create`.",
                )
            }
        ),
        security=[{"BearerToken": []}],
    )


def _session_config(settings: Settings) -> RotatingSessionConfig:
    """Server-side sessions in Redis; the backend issues every id itself and rotates it at sign-in."""
    return RotatingSessionConfig(
        key=SESSION_COOKIE,
        store="sessions",
        httponly=True,
        samesite="lax",
        secure=settings.public_url.startswith("https"),
        max_age=14 * 24 * 3600,
        # /api reads no cookie (bearer tokens only): app.accounts.sessions skips it before this list.
        exclude=["^/static/", "^/saq/static/", "^/favicon.ico$"],
    )
