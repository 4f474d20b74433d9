"""``subscout detect``: run a detector offline on a file."""

from __future__ import annotations

import click


@click.group("detect")
def detect_group() -> None:
    """Detect subscriptions in local files, without the web app."""
