"""Users, the demo account, and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import ApiToken, User
from app.lib.errors import ConflictError, FieldNamedError, NotFoundError
from app.sources.models import BankAccount, MailSource

DEMO_DOMAIN = "demo.subscout.local"
"""Demo visitors' made-up addresses: ``visitor-<random>@demo.subscout.local``."""
DEMO_LIFETIME = timedelta(days=1)
SAMPLE_KIND = "demo"
"""The ``kind`` of the sample mailbox and bank account a demo account reads."""
TOKEN_PREFIX = "sk_"


class UserRepository(SQLAlchemyAsyncRepository[User]):
    model_type = User


class UnknownUserError(FieldNamedError):
    """A request names a person who has no account: the request's mistake (400), not a missing page."""


class UserService(SQLAlchemyAsyncRepositoryService[User, UserRepository]):
    repository_type = UserRepository

    async def named(self, user_id: UUID, field: str) -> User:
        """The person a request's ``field`` names, or ``UnknownUserError`` naming that field."""
        user = await self.get_one_or_none(id=user_id)
        if user is None:
            raise UnknownUserError("no such user", field)
        return user

    async def get_by_email(self, email: str) -> User | None:
        return await self.get_one_or_none(User.email == email.strip().lower())

    async def create_user(self, email: str, *, name: str | None = None, is_operator: bool = False) -> User:
        return await self.create(User(email=email.strip().lower(), name=name, is_operator=is_operator))

    async def start_demo_visit(self) -> User:
        """A demo account of the visitor's own, with the shipped sample mailbox and statement as its
        sources: what one visitor edits no other sees. ``demo-cleanup`` deletes it after a day."""
        email = f"visitor-{secrets.token_hex(6)}@{DEMO_DOMAIN}"
        user = await self.create(User(email=email, name="Demo visitor", is_demo=True))
        await give_demo_data(self.repository.session, user.id)  # type: ignore[arg-type]
        return user


class DemoAccountError(ConflictError):
    """What a demo account keeps: itself (until it expires) and its sample sources."""


DEMO_KEPT = (
    "The demo account cannot be deleted by hand: it is yours alone, and is deleted by itself "
    "a day after you started it."
)
SAMPLE_SOURCES_KEPT = (
    "The demo account's sample mailbox and bank statement cannot be removed: they are what its scans read."
)


def refuse_demo_deletion(user: User) -> None:
    if user.is_demo:
        raise DemoAccountError(DEMO_KEPT)


def refuse_sample_source_removal(user: User, kind: str) -> None:
    if user.is_demo and kind == SAMPLE_KIND:
        raise DemoAccountError(SAMPLE_SOURCES_KEPT)


async def give_demo_data(session: AsyncSession, user_id: UUID) -> None:
    """Attach the demo mailbox and bank statement to a user, read through the real code paths."""
    has_demo = await session.scalar(
        select(MailSource.id).where(MailSource.user_id == user_id, MailSource.kind == SAMPLE_KIND)
    )
    if has_demo is not None:
        return
    session.add(MailSource(user_id=user_id, kind=SAMPLE_KIND, label="Demo mailbox"))
    session.add(
        BankAccount(user_id=user_id, kind=SAMPLE_KIND, name="Demo checking account", institution="Demo Bank")
    )
    await session.flush()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenNotFoundError(NotFoundError):
    """Not one of the person's live tokens (someone else's, revoked, or none): 404 at the web edge."""


class ApiTokenRepository(SQLAlchemyAsyncRepository[ApiToken]):
    model_type = ApiToken


class ApiTokenService(SQLAlchemyAsyncRepositoryService[ApiToken, ApiTokenRepository]):
    repository_type = ApiTokenRepository

    async def issue(self, user_id: UUID, name: str) -> tuple[ApiToken, str]:
        """A new token; the plain value is returned once and only its hash is kept."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = await self.create(
            ApiToken(user_id=user_id, name=name, token_hash=hash_token(token), prefix=token[:10])
        )
        return row, token

    async def list_active(self, user_id: UUID) -> list[ApiToken]:
        """The person's tokens that still work, newest first."""
        rows = await self.repository.session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
            .order_by(ApiToken.created_at.desc())
        )
        return list(rows)

    async def revoke(self, user_id: UUID, token_id: UUID) -> None:
        """Revoke one of the person's tokens; ``TokenNotFoundError`` when not theirs or already revoked."""
        row = await self.get_one_or_none(
            ApiToken.id == token_id, ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None)
        )
        if row is None:
            raise TokenNotFoundError("no such token")
        row.revoked_at = datetime.now(UTC)
        await self.repository.session.flush()
