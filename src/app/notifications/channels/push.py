"""Push and chat through Apprise URLs (ntfy, Gotify, Discord, Telegram, Pushover, Slack, Matrix, …)."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import apprise

from app.notifications.channels import ChannelError

_apprise_log = logging.getLogger("apprise")
_apprise_log.propagate = False
"""Apprise logs URLs, tokens included; what it says is captured per send instead (see ``send_push``)."""


def check_url(url: str) -> str:
    """A URL Apprise can send to, or ValueError (a clear 400 before anything is stored)."""
    if not apprise.Apprise().add(url):
        raise ValueError("not an Apprise URL Apprise can use (e.g. ntfys://ntfy.sh/topic, json://host/path)")
    return url


def chosen_host(url: str) -> str | None:
    """The host the URL's sender connects to when the person chose it (``json://host``, ``ntfy://host/topic``,
    ``gotify://``, ``matrix://``, ``mailto://``…); None for services at a fixed address (Discord, Telegram,
    ntfy.sh), whose URL "host" is an id or token."""
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None or not getattr(plugin, "host", None):
        return None
    takes_host = any("{host}" in template for template in getattr(plugin, "templates", ()))
    return str(plugin.host) if takes_host else None


def describe(url: str) -> str:
    """What the person sees of the URL: its service and host, never the tokens in it."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}"


async def send_push(url: str, title: str, body: str) -> str:
    targets = apprise.Apprise()
    if not targets.add(url):
        raise ChannelError("Apprise does not know this URL", permanent=True)
    capture = apprise.LogCapture(level=logging.INFO, fmt="%(levelname)s %(message)s")  # type: ignore[no-untyped-call]
    with capture as log:
        accepted = await targets.async_notify(body=body, title=title)
        said = [line for line in log.getvalue().splitlines() if line.strip()]
    answer = "; ".join(said[-3:]) or ("accepted" if accepted else "refused, without saying why")
    if not accepted:
        raise ChannelError(answer)
    return answer
