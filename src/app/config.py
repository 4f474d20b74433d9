"""Settings, read from the environment once and passed into the app factory.

Every field has a safe default so that ``make run`` works on a fresh machine:
SQLite under ``var/``, an embedded Redis server, demo mode without Google
credentials.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from croniter import croniter  # type: ignore[import-untyped]

ECB_RATES_URL = "https://www.ecb.europa.eu/stats/eurofxref"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(__file__).resolve().parent


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if not raw:
        return default
    return raw.lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw else default


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    return float(raw) if raw else default


def _cron(expression: str) -> str:
    """A cron expression, refused at start-up when it is not one (not at the first missed run)."""
    if not croniter.is_valid(expression):
        raise ValueError(f"RENEWAL_CRON={expression!r} is not a cron expression (e.g. '0 9 * * *')")
    return expression


def _persistent_secret(path: Path) -> str:
    """A random secret kept under the data folder, so sessions and encrypted
    tokens survive restarts without anyone configuring a key."""
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    path.write_text(value)
    path.chmod(0o600)
    return value


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    """SQLite database, embedded Redis files, uploads (``DATA_DIR``, default ``var/``)."""
    database_url: str = field(repr=False)
    """SQLAlchemy async URL (``DATABASE_URL``); default SQLite in ``data_dir``."""
    redis_url: str = field(repr=False)
    """Redis server (``REDIS_URL``); empty means: start the embedded one."""
    secret_key: str = field(repr=False)
    """Signs sessions and CSRF tokens (``SECRET_KEY``); generated under ``data_dir`` when unset."""
    encryption_keys: tuple[str, ...] = field(repr=False)
    """Fernet keys for tokens at rest (``ENCRYPTION_KEYS``, comma-separated, newest first)."""
    port: int = 8000
    """HTTP port of ``subscout web`` (``PORT``)."""
    host: str = "127.0.0.1"
    """Interface to bind (``HOST``)."""
    public_url: str = ""
    """Where users reach the app (``PUBLIC_URL``): OAuth redirects, the WebSocket origin check."""
    timezone: str = "UTC"
    """Time zone of the daily renewal check (``APP_TIMEZONE``)."""
    renewal_cron: str = "0 9 * * *"
    """When the renewal check runs (``RENEWAL_CRON``, a cron expression; a sixth field is seconds)."""
    google_client_id: str = ""
    """OAuth client id (``GOOGLE_CLIENT_ID``); unset means demo mode."""
    google_client_secret: str = field(default="", repr=False)
    """OAuth client secret (``GOOGLE_CLIENT_SECRET``)."""
    google_discovery_url: str = "https://accounts.google.com/.well-known/openid-configuration"
    """OpenID discovery document (``GOOGLE_DISCOVERY_URL``); tests point it at a local provider."""
    demo_mode: bool = True
    """Offer **Continue with demo account** (``DEMO_MODE``; default: on when Google is not configured)."""
    demo_mailbox: Path = PACKAGE_DIR / "demo" / "mailbox.mbox"
    """The demo account's mailbox (``DEMO_MAILBOX``); default the shipped sample."""
    demo_statement: Path = PACKAGE_DIR / "demo" / "statement.ofx"
    """The demo account's bank statement (``DEMO_STATEMENT``); default the shipped sample."""
    debug: bool = False
    """Litestar debug mode (``DEBUG``)."""
    redis_namespace: str = "subscout"
    """Prefix of every Redis key and channel this app owns (``REDIS_NAMESPACE``)."""
    retry_base_delay: float = 5.0
    """First retry delay in seconds; later ones multiply by 5 (``RETRY_BASE_DELAY``)."""
    worker_concurrency: int = 2
    """Jobs run at once per queue per worker process (``WORKER_CONCURRENCY``)."""
    email_scan_rate_limit: int = 5
    """Email scans started per ``rate_limit_window``, all workers together (``EMAIL_SCAN_RATE_LIMIT``)."""
    rate_limit_window: float = 60.0
    """Seconds of the email-scan rate limit's sliding window (``RATE_LIMIT_WINDOW``)."""
    job_heartbeat: int = 60
    """Seconds without a heartbeat after which a running job is stuck and retried (``JOB_HEARTBEAT``)."""
    worker_liveness_ttl: int = 45
    """A worker silent this many seconds is dead; its jobs are retried (``WORKER_LIVENESS_TTL``)."""
    sweep_interval: int = 10
    """Seconds between a worker's checks for stuck or orphaned jobs (``SWEEP_INTERVAL``)."""
    worker_shutdown_grace: float = 60.0
    """On SIGTERM/SIGINT, seconds running jobs get to finish (``WORKER_SHUTDOWN_GRACE``)."""
    plaid_client_id: str = ""
    """Plaid API client id (``PLAID_CLIENT_ID``); unset means Plaid is off."""
    plaid_secret: str = field(default="", repr=False)
    """Plaid API secret of ``plaid_env`` (``PLAID_SECRET``)."""
    plaid_env: str = "sandbox"
    """Plaid environment: ``sandbox``, ``development`` or ``production`` (``PLAID_ENV``)."""
    plaid_base_url: str = ""
    """Plaid API address overriding ``plaid_env``'s (``PLAID_BASE_URL``); tests point it at a local server."""
    smtp_url: str = field(default="", repr=False)
    """Mail server for notifications (``SMTP_URL``: ``smtp://user:pass@host:587`` with STARTTLS, or
    ``smtps://…:465``); unset writes each message as a ``.eml`` under ``DATA_DIR/outbox``."""
    mail_from: str = "Subscout <subscout@localhost>"
    """Sender of notification emails (``MAIL_FROM``)."""
    ecb_rates_url: str = ""
    """Where the ECB's reference-rate files are (``ECB_RATES_URL``; from the environment the default is the
    ECB's own address, set it empty to turn fetching off); tests point it at a local server."""
    allow_private_targets: bool = False
    """Let webhooks and Apprise URLs reach loopback, private and link-local addresses
    (``ALLOW_PRIVATE_TARGETS``): for tests, and self-hosters whose ntfy or Gotify is on their LAN."""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def google_configured(self) -> bool:
        return bool(self.google_client_id and self.google_client_secret)

    @property
    def plaid_configured(self) -> bool:
        return bool(self.plaid_client_id and self.plaid_secret)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    def user_uploads(self, user_id: object) -> Path:
        """The one folder of a person's files (``DATA_DIR/uploads/<userId>``): mailboxes and statements
        they uploaded, and ``exports/`` and ``imports/`` of the exports domain; deleted with the account."""
        return self.uploads_dir / str(user_id)

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @classmethod
    def from_env(cls) -> Settings:
        """Each field from its variable; an unset one keeps the field's default written above (once)."""
        data_dir = Path(_env("DATA_DIR", str(PROJECT_ROOT / "var"))).resolve()
        database_url = _env("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'subscout.db'}"
        secret_key = _env("SECRET_KEY") or _persistent_secret(data_dir / "secret_key")
        keys = tuple(k.strip() for k in _env("ENCRYPTION_KEYS").split(",") if k.strip())
        google_id, google_secret = _env("GOOGLE_CLIENT_ID"), _env("GOOGLE_CLIENT_SECRET")
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            redis_url=_env("REDIS_URL"),
            secret_key=secret_key,
            encryption_keys=keys or (_persistent_fernet_key(data_dir / "encryption_key"),),
            port=_env_int("PORT", cls.port),
            host=_env("HOST", cls.host),
            public_url=_env("PUBLIC_URL"),
            timezone=_env("APP_TIMEZONE", cls.timezone),
            renewal_cron=_cron(_env("RENEWAL_CRON", cls.renewal_cron)),
            google_client_id=google_id,
            google_client_secret=google_secret,
            google_discovery_url=_env("GOOGLE_DISCOVERY_URL", cls.google_discovery_url),
            demo_mode=_env_bool("DEMO_MODE", default=not (google_id and google_secret)),
            demo_mailbox=Path(_env("DEMO_MAILBOX") or cls.demo_mailbox),
            demo_statement=Path(_env("DEMO_STATEMENT") or cls.demo_statement),
            debug=_env_bool("DEBUG"),
            redis_namespace=_env("REDIS_NAMESPACE", cls.redis_namespace),
            retry_base_delay=_env_float("RETRY_BASE_DELAY", cls.retry_base_delay),
            worker_concurrency=_env_int("WORKER_CONCURRENCY", cls.worker_concurrency),
            email_scan_rate_limit=_env_int("EMAIL_SCAN_RATE_LIMIT", cls.email_scan_rate_limit),
            rate_limit_window=_env_float("RATE_LIMIT_WINDOW", cls.rate_limit_window),
            job_heartbeat=_env_int("JOB_HEARTBEAT", cls.job_heartbeat),
            worker_liveness_ttl=_env_int("WORKER_LIVENESS_TTL", cls.worker_liveness_ttl),
            sweep_interval=_env_int("SWEEP_INTERVAL", cls.sweep_interval),
            worker_shutdown_grace=_env_float("WORKER_SHUTDOWN_GRACE", cls.worker_shutdown_grace),
            plaid_client_id=_env("PLAID_CLIENT_ID"),
            plaid_secret=_env("PLAID_SECRET"),
            plaid_env=_plaid_env(_env("PLAID_ENV", cls.plaid_env)),
            plaid_base_url=_env("PLAID_BASE_URL"),
            smtp_url=_env("SMTP_URL"),
            mail_from=_env("MAIL_FROM") or cls.mail_from,
            ecb_rates_url=_env("ECB_RATES_URL", ECB_RATES_URL),
            allow_private_targets=_env_bool("ALLOW_PRIVATE_TARGETS"),
        )


PLAID_ENVIRONMENTS = ("sandbox", "development", "production")


def _plaid_env(value: str) -> str:
    if value.lower() not in PLAID_ENVIRONMENTS:
        raise ValueError(f"PLAID_ENV must be one of {', '.join(PLAID_ENVIRONMENTS)}, not {value!r}")
    return value.lower()


def _persistent_fernet_key(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    from cryptography.fernet import Fernet

    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key().decode()
    path.write_text(key)
    path.chmod(0o600)
    return key
