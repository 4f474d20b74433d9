"""OpenID Connect with the configured provider (Google's by default).

Authorization code with PKCE (S256), ``state`` and ``nonce``; the ID token is
verified here against the provider's published keys (signature, ``iss``,
``aud``, ``exp``, ``iat``, ``nonce``, ``at_hash``), never trusted because it
came over TLS. The provider is found through its discovery document, so tests
run the same code against a local ``oidc-provider-mock`` process.

Nothing here logs or raises with a token in the message: errors carry the
provider's error code and a sentence, never request bodies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import warnings
from dataclasses import dataclass
from typing import Any

import httpx
from authlib.deprecate import AuthlibDeprecationWarning  # type: ignore[import-untyped]
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jwt import JWTClaimsRegistry

from app.config import Settings

with warnings.catch_warnings():
    # authlib 1.9 prefers the ``httpx2`` package and warns when it falls back to
    # ``httpx``; the rest of the stack (Litestar's test client, our own calls)
    # already uses httpx, and one HTTP client stack is enough.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.httpx_client import (  # type: ignore[import-untyped]
        AsyncOAuth2Client,
        OAuthError,
    )

SIGN_IN_SCOPES = "openid email profile"
GMAIL_READONLY_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
GMAIL_SCOPES = f"openid email {GMAIL_READONLY_SCOPE}"
ID_TOKEN_ALGORITHMS = ("RS256", "ES256")
CLOCK_LEEWAY = 60
"""Seconds of clock difference tolerated between us and the provider."""
METADATA_TTL = 3600.0
"""Discovery documents and key sets change rarely; refetch hourly (and on an unknown key id)."""
HTTP_TIMEOUT = 10.0
GOOGLE_ISSUERS = frozenset({"https://accounts.google.com", "accounts.google.com"})
"""Google documents both spellings for the ``iss`` of its ID tokens."""


class OidcError(Exception):
    """Sign-in or a token call failed; the message is safe to show and to log."""


class TokenRevokedError(OidcError):
    """The provider no longer honours the refresh token (revoked, or expired)."""


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    revocation_endpoint: str | None = None

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> ProviderMetadata:
        try:
            return cls(
                issuer=str(doc["issuer"]),
                authorization_endpoint=str(doc["authorization_endpoint"]),
                token_endpoint=str(doc["token_endpoint"]),
                jwks_uri=str(doc["jwks_uri"]),
                revocation_endpoint=doc.get("revocation_endpoint"),
            )
        except KeyError as exc:
            raise OidcError(f"the provider's discovery document has no {exc.args[0]!r}") from None


@dataclass(frozen=True)
class PendingAuthorization:
    """What the callback needs to finish the flow; kept server-side in the session."""

    state: str
    nonce: str
    code_verifier: str
    redirect_uri: str

    def as_dict(self) -> dict[str, str]:
        return {
            "state": self.state,
            "nonce": self.nonce,
            "code_verifier": self.code_verifier,
            "redirect_uri": self.redirect_uri,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingAuthorization:
        return cls(
            state=str(data["state"]),
            nonce=str(data["nonce"]),
            code_verifier=str(data["code_verifier"]),
            redirect_uri=str(data["redirect_uri"]),
        )


@dataclass(frozen=True)
class Identity:
    """The verified claims of an ID token that Subscout uses."""

    subject: str
    email: str
    name: str | None


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None
    expires_at: float | None
    scope: str


_cache: dict[str, tuple[float, Any]] = {}
"""Public documents only (discovery, key sets), per URL, with the time they were fetched."""


async def _fetch_json(url: str, *, fresh: bool = False) -> Any:
    cached = _cache.get(url)
    if cached is not None and not fresh and time.monotonic() - cached[0] < METADATA_TTL:
        return cached[1]
    try:
        async with httpx.AsyncClient(timeout=HTTP_TIMEOUT) as client:
            response = await client.get(url)
            response.raise_for_status()
            document = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OidcError(f"the sign-in provider is unreachable ({type(exc).__name__})") from None
    _cache[url] = (time.monotonic(), document)
    return document


class OidcClient:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def metadata(self) -> ProviderMetadata:
        return ProviderMetadata.from_document(await _fetch_json(self.settings.google_discovery_url))

    def _oauth(self, **kwargs: Any) -> Any:
        return AsyncOAuth2Client(
            client_id=self.settings.google_client_id,
            client_secret=self.settings.google_client_secret,
            code_challenge_method="S256",
            timeout=HTTP_TIMEOUT,
            **kwargs,
        )

    async def authorization_url(
        self, redirect_uri: str, scope: str, **extra: str
    ) -> tuple[str, PendingAuthorization]:
        """Where to send the browser, and the secrets to check its return against."""
        meta = await self.metadata()
        pending = PendingAuthorization(
            state=secrets.token_urlsafe(32),
            nonce=secrets.token_urlsafe(32),
            code_verifier=secrets.token_urlsafe(64),
            redirect_uri=redirect_uri,
        )
        async with self._oauth(redirect_uri=redirect_uri, scope=scope) as client:
            url, _ = client.create_authorization_url(
                meta.authorization_endpoint,
                state=pending.state,
                code_verifier=pending.code_verifier,
                nonce=pending.nonce,
                **extra,
            )
        return str(url), pending

    async def finish(self, pending: PendingAuthorization, state: str, code: str) -> tuple[Identity, TokenSet]:
        """Check ``state``, exchange the code (with the PKCE verifier) and verify the ID token."""
        if not hmac.compare_digest(pending.state.encode(), state.encode()):
            raise OidcError("the sign-in response does not match the request (state)")
        meta = await self.metadata()
        async with self._oauth(redirect_uri=pending.redirect_uri) as client:
            token = await _token_call(
                client.fetch_token(
                    meta.token_endpoint,
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending.code_verifier,
                )
            )
        id_token = token.get("id_token")
        if not id_token:
            raise OidcError("the provider returned no ID token")
        claims = await self.verify_id_token(str(id_token), pending.nonce, str(token["access_token"]))
        return identity_from_claims(claims), token_set(token)

    async def verify_id_token(self, id_token: str, nonce: str, access_token: str | None) -> dict[str, Any]:
        meta = await self.metadata()
        decoded = await self._decode(id_token, meta)
        claims = dict(decoded.claims)
        issuers = GOOGLE_ISSUERS if meta.issuer in GOOGLE_ISSUERS else {meta.issuer}
        registry = JWTClaimsRegistry(
            leeway=CLOCK_LEEWAY,
            iss={"essential": True, "values": sorted(issuers)},
            aud={"essential": True, "value": self.settings.google_client_id},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
            nonce={"essential": True, "value": nonce},
        )
        try:
            registry.validate(claims)
        except JoseError as exc:
            raise OidcError(f"the ID token is not valid ({exc.error}: {exc.description})") from None
        _check_authorized_party(claims, self.settings.google_client_id)
        if access_token is not None and "at_hash" in claims:
            _check_at_hash(claims["at_hash"], access_token, decoded.header.get("alg", "RS256"))
        return claims

    async def _decode(self, id_token: str, meta: ProviderMetadata) -> Any:
        for fresh in (False, True):
            keys = KeySet.import_key_set(await _fetch_json(meta.jwks_uri, fresh=fresh))
            try:
                return jwt.decode(id_token, keys, algorithms=list(ID_TOKEN_ALGORITHMS))
            except InvalidKeyIdError:
                # An unknown key id: the provider may have rotated its keys, so refetch them once.
                continue
            except (JoseError, ValueError) as exc:
                raise OidcError(f"the ID token signature is not valid ({type(exc).__name__})") from None
        raise OidcError("the ID token is not signed with a key of the provider")

    async def refresh(self, refresh_token: str) -> TokenSet:
        meta = await self.metadata()
        async with self._oauth() as client:
            token = await _token_call(client.refresh_token(meta.token_endpoint, refresh_token=refresh_token))
        return token_set(token, keep_refresh_token=refresh_token)

    async def revoke(self, token: str) -> bool:
        """Ask the provider to revoke the grant behind ``token``; False when it has no such endpoint."""
        meta = await self.metadata()
        if not meta.revocation_endpoint:
            return False
        async with self._oauth(revocation_endpoint_auth_method="client_secret_post") as client:
            try:
                response = await client.revoke_token(meta.revocation_endpoint, token=token)
            except httpx.HTTPError as exc:
                raise OidcError(f"the provider is unreachable ({type(exc).__name__})") from None
        # 400 ``invalid_token``: already revoked or expired, which is what we wanted.
        return bool(response.status_code in (200, 400))


async def _token_call(call: Any) -> dict[str, Any]:
    try:
        token = await call
    except OAuthError as exc:
        if exc.error == "invalid_grant":
            raise TokenRevokedError("the provider no longer accepts this grant (invalid_grant)") from None
        raise OidcError(f"the provider refused the token request ({exc.error})") from None
    except httpx.HTTPError as exc:
        raise OidcError(f"the provider is unreachable ({type(exc).__name__})") from None
    if not token.get("access_token"):
        raise OidcError("the provider returned no access token")
    return dict(token)


def token_set(token: dict[str, Any], keep_refresh_token: str | None = None) -> TokenSet:
    expires_at = token.get("expires_at")
    if expires_at is None and token.get("expires_in") is not None:
        expires_at = time.time() + float(token["expires_in"])
    return TokenSet(
        access_token=str(token["access_token"]),
        refresh_token=token.get("refresh_token") or keep_refresh_token,
        expires_at=float(expires_at) if expires_at is not None else None,
        scope=str(token.get("scope") or ""),
    )


def identity_from_claims(claims: dict[str, Any]) -> Identity:
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise OidcError("the provider did not share an email address")
    if claims.get("email_verified") not in (True, "true"):
        raise OidcError("the provider has not verified this email address")
    name = claims.get("name")
    return Identity(
        subject=str(claims["sub"]), email=email.lower(), name=name if isinstance(name, str) else None
    )


def _check_authorized_party(claims: dict[str, Any], client_id: str) -> None:
    """With several audiences, ``azp`` must name us (OpenID Connect Core 3.1.3.7)."""
    aud = claims.get("aud")
    if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != client_id:
        raise OidcError("the ID token was issued to another client (azp)")


def _check_at_hash(at_hash: Any, access_token: str, alg: str) -> None:
    """The left half of the access token's hash, as the ID token states it (binds the two)."""
    bits = {"256": hashlib.sha256, "384": hashlib.sha384, "512": hashlib.sha512}[alg[-3:]]
    digest = bits(access_token.encode()).digest()
    expected = base64.urlsafe_b64encode(digest[: len(digest) // 2]).rstrip(b"=").decode()
    if not isinstance(at_hash, str) or not hmac.compare_digest(expected, at_hash):
        raise OidcError("the ID token does not match the access token (at_hash)")
