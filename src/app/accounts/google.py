"""Google identities and Gmail access: who signs in, and the tokens the Gmail reader uses.

Sign-in asks only for ``openid email profile``. Gmail read-only access with a
refresh token is asked for later, when the person connects their mailbox on the
Settings page (incremental consent). Tokens live encrypted on the person's
``OAuthCredential``; the Gmail mail source only points at it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import OAuthCredential, User
from app.accounts.oidc import (
    GMAIL_READONLY_SCOPE,
    GOOGLE_ISSUERS,
    Identity,
    OidcClient,
    OidcError,
    TokenRevokedError,
    TokenSet,
)
from app.accounts.services import UserService
from app.config import Settings
from app.sources.models import MailSource

GOOGLE = "google"
GMAIL = "gmail"
EXPIRY_MARGIN = timedelta(seconds=60)
"""Refresh an access token this long before it expires, so a request never carries a dying one."""

log = logging.getLogger(__name__)


class AccountLinkError(Exception):
    """The Google account cannot be linked as asked; the message is for the person."""


class GmailNotConnectedError(Exception):
    """The person has not connected Gmail (or disconnected it)."""


class GmailAccessRevokedError(GmailNotConnectedError):
    """Google no longer honours the stored grant; the person must connect Gmail again."""


async def google_credential(session: AsyncSession, user_id: UUID) -> OAuthCredential | None:
    query = select(OAuthCredential).where(
        OAuthCredential.user_id == user_id, OAuthCredential.provider == GOOGLE
    )
    credential: OAuthCredential | None = await session.scalar(query)
    return credential


async def _credential_for_subject(session: AsyncSession, subject: str) -> OAuthCredential | None:
    query = select(OAuthCredential).where(
        OAuthCredential.provider == GOOGLE, OAuthCredential.subject == subject
    )
    credential: OAuthCredential | None = await session.scalar(query)
    return credential


async def user_for_identity(session: AsyncSession, identity: Identity) -> User:
    """The user this Google account signs in as: linked before, same verified email, or new."""
    credential = await _credential_for_subject(session, identity.subject)
    if credential is not None:
        user = await session.get(User, credential.user_id)
        if user is not None:
            return user
    users = UserService(session=session)
    user = await users.get_by_email(identity.email)
    if user is None:
        user = await users.create_user(identity.email, name=identity.name)
    elif await google_credential(session, user.id) is not None:
        raise AccountLinkError(
            "This email address belongs to a user who signs in with another Google account."
        )
    session.add(OAuthCredential(user_id=user.id, provider=GOOGLE, subject=identity.subject))
    await session.flush()
    return user


async def connect_gmail(
    session: AsyncSession, user: User, identity: Identity, tokens: TokenSet, issuer: str
) -> MailSource:
    """Store the Gmail grant (encrypted) and give the person a Gmail mail source."""
    _check_grant(tokens, issuer)
    credential = await _linkable_credential(session, user, identity)
    credential.access_token = tokens.access_token
    credential.refresh_token = tokens.refresh_token
    credential.expires_at = _expiry(tokens)
    credential.scopes = tokens.scope
    source = await gmail_source(session, user.id)
    if source is None:
        source = MailSource(user_id=user.id, kind=GMAIL, label="")
        session.add(source)
    source.label = f"Gmail ({identity.email})"
    source.config = {"email": identity.email}
    await session.flush()
    return source


def _check_grant(tokens: TokenSet, issuer: str) -> None:
    if not tokens.refresh_token:
        raise AccountLinkError("Google did not grant offline access; please connect Gmail again.")
    # Google's consent screen lets people untick single scopes; other providers (the test
    # provider) do not know the Gmail scope at all, so only Google's answer is checked.
    if issuer in GOOGLE_ISSUERS and GMAIL_READONLY_SCOPE not in tokens.scope.split():
        raise AccountLinkError("Read access to Gmail was not granted, so Subscout cannot scan your inbox.")


async def _linkable_credential(session: AsyncSession, user: User, identity: Identity) -> OAuthCredential:
    by_subject = await _credential_for_subject(session, identity.subject)
    if by_subject is not None and by_subject.user_id != user.id:
        raise AccountLinkError("That Google account is already linked to another Subscout user.")
    own = await google_credential(session, user.id)
    if own is not None and own.subject != identity.subject:
        raise AccountLinkError("Connect the same Google account you sign in with.")
    if own is None:
        own = OAuthCredential(user_id=user.id, provider=GOOGLE, subject=identity.subject)
        session.add(own)
    return own


def _expiry(tokens: TokenSet) -> datetime | None:
    return datetime.fromtimestamp(tokens.expires_at, UTC) if tokens.expires_at is not None else None


async def gmail_source(session: AsyncSession, user_id: UUID) -> MailSource | None:
    source: MailSource | None = await session.scalar(
        select(MailSource).where(MailSource.user_id == user_id, MailSource.kind == GMAIL)
    )
    return source


async def fresh_access_token(session: AsyncSession, user_id: UUID, settings: Settings | None = None) -> str:
    """A Gmail access token for the person that is valid for at least another minute.

    Refreshes it with the stored refresh token when needed and stores the new one
    (flushed; the caller commits). Raises ``GmailNotConnectedError`` when there is
    no grant and ``GmailAccessRevokedError`` when Google refused the refresh (the
    stored tokens are then cleared: they are useless).
    """
    credential = await google_credential(session, user_id)
    if credential is None or not credential.refresh_token:
        raise GmailNotConnectedError("Gmail is not connected")
    expires_at = credential.expires_at
    if credential.access_token and expires_at and expires_at - EXPIRY_MARGIN > datetime.now(UTC):
        return credential.access_token
    client = OidcClient(settings or Settings.from_env())
    try:
        tokens = await client.refresh(credential.refresh_token)
    except TokenRevokedError:
        _forget_tokens(credential)
        await session.flush()
        raise GmailAccessRevokedError("Google revoked Subscout's access to Gmail; connect it again") from None
    credential.access_token = tokens.access_token
    credential.refresh_token = tokens.refresh_token or credential.refresh_token
    credential.expires_at = _expiry(tokens)
    await session.flush()
    return tokens.access_token


def _forget_tokens(credential: OAuthCredential) -> None:
    credential.access_token = None
    credential.refresh_token = None
    credential.expires_at = None
    credential.scopes = ""


async def revoke_google_grant(session: AsyncSession, settings: Settings, user_id: UUID) -> bool:
    """Revoke the person's Google grant at Google and forget the tokens here, whatever Google says.

    Returns whether Google confirmed the revocation. A failure is logged (without
    the token) and does not keep the tokens: the person asked us to let go of them.
    """
    credential = await google_credential(session, user_id)
    if credential is None or not (credential.refresh_token or credential.access_token):
        return False
    token = credential.refresh_token or credential.access_token
    _forget_tokens(credential)
    await session.flush()
    try:
        return await OidcClient(settings).revoke(str(token))
    except OidcError as exc:
        log.warning("could not revoke the Google grant of user %s: %s", user_id, exc)
        return False


async def disconnect_gmail(session: AsyncSession, settings: Settings, user_id: UUID) -> None:
    """Revoke the grant, delete the tokens and the Gmail mail source."""
    await revoke_google_grant(session, settings, user_id)
    await session.execute(delete(MailSource).where(MailSource.user_id == user_id, MailSource.kind == GMAIL))
    await session.flush()
