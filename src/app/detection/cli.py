"""``subscout detect``: run a detector offline on a file."""

from __future__ import annotations

import click

from app.lib.lazy_cli import LazyGroup

DETECT_COMMANDS = {
    "emails": (
        "app.detection.email.cli:emails_command",
        "Detect subscriptions in an mbox file, a Maildir, or a folder of .eml files.",
    ),
    "transactions": (
        "app.detection.bank.cli:transactions_command",
        "Detect recurring charges in a bank statement: OFX/QFX/QBO, MT940/MT942, camt.053 XML, QIF or CSV.",
    ),
}
"""Each detector is imported only when its command runs (the mail one costs 0.3 s to load)."""


@click.group("detect", cls=LazyGroup, lazy_commands=DETECT_COMMANDS)
def detect_group() -> None:
    """Detect subscriptions in local files, without the web app."""
