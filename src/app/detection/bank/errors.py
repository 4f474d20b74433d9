"""Errors a user can act on."""

from __future__ import annotations

from collections.abc import Callable

SkipHandler = Callable[[str], None]
"""Called with one line per record skipped during an import (bad date, bad amount …)."""


class StatementError(ValueError):
    """The statement cannot be imported; the message names the problem in the user's terms."""


def ignore_skip(message: str) -> None:
    """The default ``on_skip``: skipped records are dropped silently."""
