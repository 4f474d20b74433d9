"""The kinds of refusal a domain raises; the web edge maps each kind to one HTTP status.

Services raise these (never Litestar's HTTP exceptions), so the same call answers
a page, the JSON API, the CLI or a job the same way; ``app.operations.errors``
turns them into 404 / 409 responses for every route at once.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the domain refuses; ``str(exc)`` is the one sentence the person reads."""


class NotFoundError(DomainError, LookupError):
    """No such thing for this person (it may exist for someone else: the same answer, 404)."""


class ConflictError(DomainError):
    """The thing exists but its state forbids the request (409)."""
