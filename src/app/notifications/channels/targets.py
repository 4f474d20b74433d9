"""Keeping webhooks and Apprise URLs away from the server's own network (SSRF).

A person chooses where a webhook or a self-hosted Apprise target (``json://``,
``ntfy://host/…``, ``gotify://``, ``matrix://``, …) sends. Without this check
they could point it at the server's loopback, the cloud metadata address
(169.254.169.254) or the LAN behind it and read the answer in the delivery log.
The host is checked when the channel is added and again before every send,
since a name can resolve elsewhere later. ``ALLOW_PRIVATE_TARGETS`` turns the
check off for tests and self-hosters whose ntfy or Gotify runs on their LAN.

A check alone leaves a gap: the sender resolves the name again when it connects,
and a name that answered with a public address for the check can answer with a
private one a moment later (DNS rebinding). So the send connects to the very
addresses the check approved: a webhook's request goes to the checked addresses,
each in turn until one takes the connection (the name kept in ``Host`` and TLS
SNI, so certificates are still verified against it); an Apprise send runs
inside ``pinned``, where every name lookup (Apprise's own threads included,
which copy the context) answers the checked name with the checked addresses
(the HTTP client tries them in turn) and checks any other name as it resolves.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

RESOLVE_TIMEOUT = 5.0

_resolve = socket.getaddrinfo
"""The system resolver, as it was before ``_pinned_getaddrinfo`` took its place."""

_pins: ContextVar[dict[str, tuple[str, ...]] | None] = ContextVar("subscout_target_pins", default=None)
"""Inside ``pinned``: each checked name's approved addresses. None elsewhere: lookups as usual."""


class PrivateTarget(ValueError):
    """The host is, or resolves to, an address that is not on the public internet."""


class PrivateAddress(OSError):
    """A lookup during a pinned send found a private address: the HTTP or SMTP client reports
    it as a connection that could not be made, naming the address."""


def _not_public(raw: str) -> bool:
    address = ipaddress.ip_address(raw.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def _refusal(host: str, address: str) -> str:
    return (
        f"{host} is {address}, a loopback, private or link-local address: "
        "not allowed as a target (ALLOW_PRIVATE_TARGETS is off)"
    )


async def _addresses(host: str) -> list[str]:
    """Every address the name resolves to, in the resolver's order of preference; none when it
    does not resolve."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        found = await asyncio.wait_for(
            loop.run_in_executor(None, lambda: _resolve(host, None, type=socket.SOCK_STREAM)),
            timeout=RESOLVE_TIMEOUT,
        )
    except (OSError, TimeoutError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in found))


async def public_addresses(host: str, allow_private: bool) -> tuple[str, ...]:
    """The addresses a send to ``host`` may connect to; ``PrivateTarget`` naming the address when
    one of them reaches inside. Empty when the check is off or the name does not resolve."""
    if allow_private or not host:
        return ()
    found = await _addresses(host)
    for address in found:
        if _not_public(address):
            raise PrivateTarget(_refusal(host, address))
    return tuple(found)


async def ensure_public(host: str, allow_private: bool) -> None:
    """Raise ``PrivateTarget`` naming the address when ``host`` reaches inside; nothing otherwise."""
    await public_addresses(host, allow_private)


def _pinned_getaddrinfo(
    host: bytes | str | None, port: bytes | str | int | None, *args: Any, **kwargs: Any
) -> list[Any]:
    pins = _pins.get()
    if pins is None or host is None:
        return _resolve(host, port, *args, **kwargs)
    name = (host.decode() if isinstance(host, bytes) else host).lower().rstrip(".")
    approved = pins.get(name)
    if not approved:
        found = _resolve(host, port, *args, **kwargs)
        for info in found:
            if _not_public(str(info[4][0])):
                raise PrivateAddress(_refusal(name, str(info[4][0])))
        return found
    infos: list[Any] = []
    for address in approved:
        try:
            infos += _resolve(address, port, *args, **kwargs)
        except socket.gaierror:
            continue  # an IPv6 address for an IPv4-only lookup, or the other way round
    if not infos:
        raise socket.gaierror(socket.EAI_NONAME, f"{name} has no checked address of the family asked for")
    return infos


socket.getaddrinfo = _pinned_getaddrinfo
"""Process-wide, but a plain pass-through outside ``pinned``: Apprise's senders (requests,
smtplib) look names up through ``socket``, with no hook of their own to pass addresses to."""


@contextmanager
def pinned(host: str | None, addresses: Sequence[str], allow_private: bool) -> Iterator[None]:
    """Within: ``host`` resolves to ``addresses`` only, and any other name is checked as it resolves
    (a redirect, a service's second host). Nothing changes when the check is off."""
    if allow_private:
        yield
        return
    token = _pins.set({host.lower().rstrip("."): tuple(addresses)} if host else {})
    try:
        yield
    finally:
        _pins.reset(token)
