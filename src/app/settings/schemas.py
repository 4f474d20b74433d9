"""What the account API answers."""

from __future__ import annotations

from uuid import UUID

import msgspec


class Me(msgspec.Struct, rename="camel"):
    """The account a bearer token belongs to."""

    id: UUID
    email: str
    name: str | None
    is_operator: bool
