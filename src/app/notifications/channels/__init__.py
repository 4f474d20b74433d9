"""The three ways a message leaves Subscout. Each sender returns the receiving server's answer when
it accepted the message, and raises ``ChannelError`` with that answer when it did not."""

from __future__ import annotations


class ChannelError(Exception):
    """The receiver did not take the message; ``answer`` is what it said (or why it could not be asked)."""

    def __init__(self, answer: str, permanent: bool = False) -> None:
        super().__init__(answer)
        self.answer = answer
        self.permanent = permanent
        """No retry can help (a malformed URL, a refused address)."""
