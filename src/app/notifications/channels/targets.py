"""Keeping webhooks and Apprise URLs away from the server's own network (SSRF).

A person chooses where a webhook or a self-hosted Apprise target (``json://``,
``ntfy://host/…``, ``gotify://``, ``matrix://``, …) sends. Without this check
they could point it at the server's loopback, the cloud metadata address
(169.254.169.254) or the LAN behind it and read the answer in the delivery log.
The host is checked when the channel is added and again before every send,
since a name can resolve elsewhere later. ``ALLOW_PRIVATE_TARGETS`` turns the
check off for tests and self-hosters whose ntfy or Gotify runs on their LAN.

Residual risk, on purpose: a name that resolves to a public address at the
check and a private one a moment later (DNS rebinding) is not caught.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

RESOLVE_TIMEOUT = 5.0


class PrivateTarget(ValueError):
    """The host is, or resolves to, an address that is not on the public internet."""


def _not_public(raw: str) -> bool:
    address = ipaddress.ip_address(raw.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


async def _addresses(host: str) -> list[str]:
    """Every address the name resolves to; none when it does not resolve (the send then fails on its own)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        found = await asyncio.wait_for(
            loop.getaddrinfo(host, None, type=socket.SOCK_STREAM), timeout=RESOLVE_TIMEOUT
        )
    except (OSError, TimeoutError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in found})


async def ensure_public(host: str, allow_private: bool) -> None:
    """Raise ``PrivateTarget`` naming the address when ``host`` reaches inside; nothing otherwise."""
    if allow_private or not host:
        return
    for address in await _addresses(host):
        if _not_public(address):
            raise PrivateTarget(
                f"{host} is {address}, a loopback, private or link-local address: "
                "not allowed as a target (ALLOW_PRIVATE_TARGETS is off)"
            )
