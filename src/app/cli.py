"""The ``subscout`` command: Litestar's CLI bound to the app, plus the app's own commands."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time

import click

from app.config import Settings
from app.lib.lazy_cli import LazyCommands, LazyGroup, load_command
from app.serving import SERVERS, Server, serve


@click.command("web")
@click.option("--workers", default=1, show_default=True, help="HTTP worker processes.")
@click.option(
    "--server",
    type=click.Choice(SERVERS),
    envvar="WEB_SERVER",
    default="uvicorn",
    show_default=True,
    help="HTTP server (or WEB_SERVER); see the README on why uvicorn is the default.",
)
@click.option(
    "--access-log/--no-access-log",
    envvar="ACCESS_LOG",
    default=False,
    show_default=True,
    help="Log every request (or ACCESS_LOG=1); /metrics has latency by route either way.",
)
def web_command(workers: int, server: Server, access_log: bool) -> None:
    """Serve the web app and the API (no jobs run here)."""
    from app.operations.logs import configure_logging

    configure_logging()
    settings = Settings.from_env()
    serve(
        "app.server:create_app",
        host=settings.host,
        port=settings.port,
        workers=workers,
        server=server,
        access_log=access_log,
    )


@click.command("worker")
@click.option("--queue", "queues", multiple=True, help="Only these queues (repeatable); default all.")
@click.option("--reload", is_flag=True, help="Restart when the code changes (development).")
@click.option(
    "--reload-dir", "reload_dirs", multiple=True, help="Watch these folders (default: the app's code)."
)
def worker_command(queues: tuple[str, ...], reload: bool, reload_dirs: tuple[str, ...]) -> None:
    """Run the SAQ workers that process scans, syncs and renewal checks."""
    if reload:
        _run_with_reload(queues, reload_dirs)
        return
    from app.jobs.worker import run_workers
    from app.operations.logs import configure_logging
    from app.queues import build_workers

    configure_logging()
    try:
        workers = build_workers(Settings.from_env(), queues)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--queue") from None
    asyncio.run(run_workers(workers))


def _run_with_reload(queues: tuple[str, ...], reload_dirs: tuple[str, ...]) -> None:
    from pathlib import Path

    import watchfiles

    args = ["worker", *[item for q in queues for item in ("--queue", q)]]
    watched = reload_dirs or (str(Path(__file__).parent),)
    watchfiles.run_process(
        *watched, target=f"{sys.executable} -m app {' '.join(args)}", target_type="command"
    )


@click.command("run")
def run_command() -> None:
    """Start everything locally: Redis (embedded unless REDIS_URL is set), migrations, web, worker."""
    from app.lib.redis import embedded_redis_dir
    from app.lib.redis_server import EmbeddedRedis, NotOurRedisError

    settings = Settings.from_env()
    env = dict(os.environ)
    redis_server = None
    if not settings.redis_url:
        redis_server = EmbeddedRedis(embedded_redis_dir(settings))
        try:
            env["REDIS_URL"] = redis_server.start()
        except NotOurRedisError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"Embedded Redis at {env['REDIS_URL']}")
    try:
        subprocess.run(
            [sys.executable, "-m", "app", "database", "upgrade", "--no-prompt"], env=env, check=True
        )
        _supervise([[sys.executable, "-m", "app", "web"], [sys.executable, "-m", "app", "worker"]], env)
    finally:
        if redis_server is not None:
            redis_server.stop()


def _supervise(commands: list[list[str]], env: dict[str, str]) -> None:
    """Run the processes until Ctrl-C, SIGTERM or one of them exits; then stop them all."""
    children = [subprocess.Popen(cmd, env=env) for cmd in commands]
    stopping = False

    def request_stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    while not stopping and all(child.poll() is None for child in children):
        time.sleep(0.2)
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    for child in children:
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()


OWN_COMMANDS: LazyCommands = {
    "web": ("app.cli:web_command", "Serve the web app and the API (no jobs run here)."),
    "worker": ("app.cli:worker_command", "Run the SAQ workers that process scans, syncs and renewal checks."),
    "run": (
        "app.cli:run_command",
        "Start everything locally: Redis (embedded unless REDIS_URL is set), migrations, web, worker.",
    ),
    "users": ("app.accounts.cli:users_group", "Manage users."),
    "tokens": ("app.accounts.cli:tokens_group", "Manage API tokens."),
    "keys": ("app.db.cli:keys_group", "Encryption keys for the secrets stored in the database."),
    "detect": ("app.detection.cli:detect_group", "Detect subscriptions in local files, without the web app."),
    "renewals": ("app.renewals.cli:renewals_group", "Renewal reminders."),
}
"""Our commands (a test keeps each help line equal to the command's own)."""

LITESTAR_COMMANDS: dict[str, str] = {
    "database": "Manage SQLAlchemy database components (alias: db).",
    "info": "Show information about the detected Litestar app.",
    "routes": "Display information about the application's routes.",
    "schema": "Manage server-side OpenAPI schemas.",
    "sessions": "Manage server-side sessions.",
    "version": "Show the currently installed Litestar version.",
    "workers": "Manage background task workers.",
}
"""Commands of Litestar and its plugins: they need the app loaded, so they run through Litestar's CLI."""
LITESTAR_ALIASES = ("db",)


class SubscoutGroup(LazyGroup):
    """Our commands load on use; Litestar's are handed to Litestar's CLI, which loads the app."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*self.lazy_commands, *LITESTAR_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LITESTAR_COMMANDS or cmd_name in LITESTAR_ALIASES:
            return _through_litestar(cmd_name)
        return super().get_command(ctx, cmd_name)

    def help_rows(self) -> list[tuple[str, str]]:
        return [*super().help_rows(), *LITESTAR_COMMANDS.items()]


def _through_litestar(name: str) -> click.Command:
    """A stand-in that hands the command line to Litestar's CLI, which loads the app first."""

    def run_in_litestar(args: tuple[str, ...]) -> None:
        build_litestar_cli()(args=[name, *args], prog_name="subscout")

    return click.Command(
        name,
        callback=run_in_litestar,
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
        context_settings={"ignore_unknown_options": True, "help_option_names": []},
        help=LITESTAR_COMMANDS.get(name, ""),
    )


def build_litestar_cli() -> click.Group:
    """Litestar's CLI bound to the app, with our commands added (Litestar's ``run`` gives way to ours)."""
    from litestar.cli.main import litestar_group

    for name, (import_path, _) in OWN_COMMANDS.items():
        litestar_group.add_command(load_command(import_path), name)  # type: ignore[arg-type]
    return litestar_group


@click.group(
    "subscout",
    cls=SubscoutGroup,
    lazy_commands=OWN_COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
def cli() -> None:
    """Subscout: find a person's recurring subscriptions.

    Every setting comes from the environment (see the README); ``subscout run`` starts everything.
    """


def main() -> None:
    os.environ.setdefault("LITESTAR_APP", "app.server:create_app")
    # ofxtools narrates every parse at INFO; statement problems reach the user as StatementError.
    logging.getLogger("ofxtools").setLevel(logging.WARNING)
    cli(prog_name="subscout")
