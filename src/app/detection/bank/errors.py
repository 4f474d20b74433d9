"""Errors a user can act on."""

from __future__ import annotations

from collections.abc import Callable

SkipHandler = Callable[[str], None]
"""Called with one line per record skipped during an import (bad date, bad amount …)."""


class StatementError(ValueError):
    """The statement cannot be imported; the message names the problem in the user's terms.

    Always one line: text quoted from a damaged file (an OFX status code running into the next
    tag) has its line breaks folded into spaces.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


def ignore_skip(message: str) -> None:
    """The default ``on_skip``: skipped records are dropped silently."""


PARSER_FAILURES: tuple[type[Exception], ...] = (
    ArithmeticError,
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    RecursionError,
    MemoryError,
)
"""How parsers of untrusted bytes fail on input they did not foresee (``decimal.InvalidOperation``
on a 30-digit amount, ``AttributeError`` on a truncated OFX, ``IndexError`` on a ragged row)."""


def unreadable(file_name: str, what: str, exc: BaseException) -> StatementError:
    """One line naming the file and what went wrong, for a ``PARSER_FAILURES`` exception."""
    detail = str(exc).splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return StatementError(f"{file_name} is not a readable {what} ({detail})")
