"""``subscout detect emails PATH [--json]``: offline detection on an mbox, a Maildir or .eml files."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import date
from pathlib import Path

import click

from app.detection.email.scan import MailScanResult, scan_window
from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.local import open_local_source
from app.detection.types import DetectedSubscription, needs_confirmation, shown_findings


@click.command("emails")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array instead of a table.")
@click.option(
    "--include-possible",
    is_flag=True,
    help='Also list findings that need confirming (no amount or cycle, low confidence): "possible": true.',
)
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Date to compute renewals and statuses against (default: today).",
)
def emails_command(path: Path, as_json: bool, include_possible: bool, today: object) -> None:
    """Detect subscriptions in an mbox file, a Maildir, or a folder of .eml files."""
    day = today.date() if hasattr(today, "date") else date.today()
    try:
        result = asyncio.run(_scan(path, day))
    except (MailSourceError, OSError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except MemoryError:
        click.echo(f"error: {path.name} needs more memory to read than this machine gives", err=True)
        sys.exit(2)
    shown = shown_findings(result.subscriptions, include_possible=include_possible)
    if as_json:
        click.echo(json.dumps([s.to_json() for s in shown], indent=2, ensure_ascii=False))
    else:
        click.echo(render_table(shown))
        click.echo(f"\n{len(shown)} subscriptions in {result.processed} messages", err=True)


async def _scan(path: Path, today: date) -> MailScanResult:
    source = open_local_source(path)

    async def quiet(_done: int, _total: int) -> None:
        return None

    try:
        return await scan_window(source, ScanWindow(), today=today, on_progress=quiet)
    finally:
        await source.aclose()


def render_table(subs: list[DetectedSubscription]) -> str:
    """A plain-text table: Service, Amount, Billing cycle, Next renewal, Status ("?" when possible)."""
    header = ("Service", "Amount", "Billing cycle", "Next renewal", "Status")
    rows = [header] + [
        (
            s.name,
            f"{s.amount} {s.currency}" if s.amount is not None else "—",
            s.cycle,
            s.next_renewal.isoformat() if s.next_renewal else "—",
            f"{s.status}?" if needs_confirmation(s) else s.status,
        )
        for s in subs
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
