"""Keeping channel URLs out of the HTTP libraries' own log lines.

httpx logs every request's URL at INFO and urllib3 (under Apprise's requests) at
DEBUG; a webhook's or Apprise target's URL carries its tokens in the path
(Slack and Discord webhooks, ntfy topics, Gotify app tokens). While a channel
sends (``urls_hidden``, a context variable Apprise's threads copy), their
records say only that a request was made. The delivery log keeps the
receiver's answer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

HIDDEN = "a request to a notification target (its URL is left out: tokens live in it)"
CHATTY_LOGGERS = ("httpx", "urllib3.connectionpool")

_sending: ContextVar[bool] = ContextVar("subscout_channel_send", default=False)


class _HideUrls(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _sending.get():
            record.msg, record.args = HIDDEN, ()
        return True


for _name in CHATTY_LOGGERS:
    logging.getLogger(_name).addFilter(_HideUrls())


@contextmanager
def urls_hidden() -> Iterator[None]:
    token = _sending.set(True)
    try:
        yield
    finally:
        _sending.reset(token)
