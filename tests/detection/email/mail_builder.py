"""One plain message as raw bytes, the way the detection tests feed mail to the analyser."""

from __future__ import annotations

from email.message import EmailMessage


def raw(
    sender: str,
    subject: str,
    body: str,
    *,
    html: bool = False,
    unsubscribe: bool = False,
    charset: str = "utf-8",
    sent: str = "Thu, 05 Nov 2026 08:30:00 +0000",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = sent
    msg["Message-ID"] = f"<{abs(hash(subject + body + sent))}@test>"
    if unsubscribe:
        msg["List-Unsubscribe"] = "<mailto:unsubscribe@example.com>"
    msg.set_content(body, subtype="html" if html else "plain", charset=charset)
    return msg.as_bytes()
