"""The kinds of refusal a domain raises; the web edge maps each kind to one HTTP status.

Services raise these (never Litestar's HTTP exceptions), so the same call answers
a page, the JSON API, the CLI or a job the same way; ``app.operations.errors``
turns them into 400 / 404 / 409 / 502 responses for every route at once.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A request the domain refuses; ``str(exc)`` is the one sentence the person reads."""


class NotFoundError(DomainError, LookupError):
    """No such thing for this person (it may exist for someone else: the same answer, 404)."""


class ConflictError(DomainError):
    """The thing exists but its state forbids the request (409)."""


class UpstreamError(DomainError):
    """A provider this server relies on failed for now (502): the same request may work shortly."""


class InvalidInputError(DomainError, ValueError):
    """A value the domain refuses (400), naming the request's field (as the API spells it)."""

    field: str = ""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field

    def extra(self) -> Any:
        """The 400 body's ``extra``: Litestar's own validation shape, so every 400 reads alike."""
        return [{"key": self.field, "message": str(self)}]


class FieldNamedError(InvalidInputError):
    """A 400 whose ``extra`` is ``{"field": …}``: the older shape, kept where clients already read it."""

    def extra(self) -> Any:
        return {"field": self.field}
