"""``subscout detect``: run a detector offline on a file."""

from __future__ import annotations

import click

from app.detection.bank.cli import transactions_command
from app.detection.email.cli import emails_command


@click.group("detect")
def detect_group() -> None:
    """Detect subscriptions in local files, without the web app."""


detect_group.add_command(emails_command)
detect_group.add_command(transactions_command)
