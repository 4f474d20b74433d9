"""aiosmtpd handlers for the test SMTP server process (``python -m aiosmtpd -c …``)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiosmtpd.handlers import Mailbox

REFUSED_PREFIX = "refused"
REFUSAL = "550 5.1.1 <{address}>: mailbox unavailable"
SLOW_PREFIX = "slow"
SLOW_ANSWER = 3.0
"""Seconds a message to a ``slow…`` address waits, stored, before the server answers 250."""


class RefusingMailbox(Mailbox):
    """A Maildir server that refuses recipients whose address starts with ``refused``, as a real one would,
    and answers slowly for ``slow…`` ones."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address.startswith(REFUSED_PREFIX):
            return REFUSAL.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        """Stores first, then (for ``slow…`` recipients) waits before answering: a sender killed in
        between has delivered a message it never heard accepted, the case a repeat must be droppable in."""
        answer: str = await super().handle_DATA(server, session, envelope)
        if any(rcpt.startswith(SLOW_PREFIX) for rcpt in envelope.rcpt_tos):
            await asyncio.sleep(SLOW_ANSWER)
        return answer
