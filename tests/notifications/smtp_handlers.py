"""aiosmtpd handlers for the test SMTP server process (``python -m aiosmtpd -c …``)."""

from __future__ import annotations

from typing import Any

from aiosmtpd.handlers import Mailbox

REFUSED_PREFIX = "refused"
REFUSAL = "550 5.1.1 <{address}>: mailbox unavailable"


class RefusingMailbox(Mailbox):
    """A Maildir server that refuses recipients whose address starts with ``refused``, as a real one would."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address.startswith(REFUSED_PREFIX):
            return REFUSAL.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"
