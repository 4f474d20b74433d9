"""``subscout detect transactions PATH [--json]``: recurring charges in a statement file, offline."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

import click

from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import StatementError, iter_statement
from app.detection.types import DetectedSubscription, shown_findings

_COLUMNS = ("Service", "Amount", "Billing cycle", "Next renewal", "Status", "Kind", "Confidence")


@click.command("transactions")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array instead of a table.")
@click.option(
    "--currency",
    default=None,
    help="ISO code for a file that does not name its currency (QIF, some CSV exports).",
)
@click.option(
    "--include-possible",
    is_flag=True,
    help='Also list findings that need confirming (no amount or cycle, low confidence): "possible": true.',
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Judge status and renewals as of this date (default: today).",
)
def transactions_command(
    path: Path, as_json: bool, currency: str | None, include_possible: bool, today: datetime | None
) -> None:
    """Detect recurring charges in a bank statement: OFX/QFX/QBO, MT940/MT942, camt.053 XML, QIF or CSV."""
    as_of = today.date() if today is not None else date.today()
    default_currency = _currency(currency)
    try:
        found = shown_findings(
            detect_recurring(
                iter_statement(path, default_currency=default_currency, on_note=_note), today=as_of
            ),
            include_possible=include_possible,
        )
    except StatementError as exc:
        _fail(str(exc))
    except (OSError, UnicodeError) as exc:
        _fail(f"cannot read {path.name}: {exc}")
    if as_json:
        click.echo(json.dumps([item.to_json() for item in found], indent=2))
    else:
        click.echo(render_table(found))


def _currency(code: str | None) -> str | None:
    if code is None:
        return None
    if len(code.strip()) != 3 or not code.strip().isalpha():
        raise click.BadParameter(f"{code!r} is not an ISO 4217 code such as EUR", param_hint="--currency")
    return code.strip().upper()


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit status 1 (the CLI's rich error box wraps long messages)."""
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    raise SystemExit(1)


def _note(message: str) -> None:
    """A guess the person should know about (an assumed currency) goes to stderr, not into the JSON."""
    click.echo(f"note: {message}", err=True)


def render_table(found: list[DetectedSubscription]) -> str:
    """A plain-text table, one row per finding."""
    if not found:
        return "No recurring payments found."
    rows = [_COLUMNS, *(_row(item) for item in found)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def _row(item: DetectedSubscription) -> tuple[str, ...]:
    amount = "" if item.amount is None else f"{item.amount} {item.currency or ''}".strip()
    renewal = item.next_renewal.isoformat() if item.next_renewal else "-"
    return (item.name, amount, item.cycle, renewal, item.status, item.kind, f"{item.confidence:.2f}")
