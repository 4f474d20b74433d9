"""Email over SMTP with aiosmtplib, or to ``DATA_DIR/outbox`` when no SMTP server is configured."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from urllib.parse import unquote, urlsplit

import aiosmtplib

from app.config import Settings
from app.notifications.channels import ChannelError
from app.notifications.messages import Rendered

SMTP_TIMEOUT = 30.0


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    implicit_tls: bool
    username: str | None
    password: str | None


def smtp_server(url: str) -> SmtpServer:
    """``smtp://[user:pass@]host[:587]`` (STARTTLS when offered) or ``smtps://…[:465]`` (TLS at once)."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ValueError("SMTP_URL must look like smtp://user:password@host:587 or smtps://…@host:465")
    implicit = parts.scheme == "smtps"
    return SmtpServer(
        host=parts.hostname,
        port=parts.port or (465 if implicit else 587),
        implicit_tls=implicit,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


def message_id_header(message_id: str, mail_from: str) -> str:
    """``<id@domain>`` from the delivery's stable id, so a repeat carries the same Message-ID."""
    domain = parseaddr(mail_from)[1].rpartition("@")[2] or "subscout.localhost"
    return f"<{message_id}@{domain}>"


def build_email(
    settings: Settings, to: str, message_id: str, rendered: Rendered, unsubscribe_url: str | None
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = rendered.title
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = message_id_header(message_id, settings.mail_from)
    message["Auto-Submitted"] = "auto-generated"
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


async def send_email(settings: Settings, message: EmailMessage, message_id: str) -> tuple[str, Path | None]:
    """The server's answer and, without SMTP_URL, the ``.eml`` written instead."""
    if not settings.smtp_url:
        path = await asyncio.to_thread(_write_outbox, settings.outbox_dir, message_id, message)
        return f"written to {path.name} in the outbox (SMTP_URL is not set)", path
    server = smtp_server(settings.smtp_url)
    try:
        _, answer = await aiosmtplib.send(
            message,
            hostname=server.host,
            port=server.port,
            username=server.username,
            password=server.password,
            use_tls=server.implicit_tls,
            timeout=SMTP_TIMEOUT,
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        answers = "; ".join(f"{r.code} {r.message}" for r in exc.recipients)
        raise ChannelError(answers, permanent=all(r.code >= 500 for r in exc.recipients)) from None
    except aiosmtplib.SMTPResponseException as exc:
        raise ChannelError(f"{exc.code} {exc.message}", permanent=exc.code >= 500) from None
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise ChannelError(f"could not reach {server.host}:{server.port}: {exc}") from None
    return f"250 {answer}", None  # the only success reply to DATA (RFC 5321)


def _write_outbox(outbox: Path, message_id: str, message: EmailMessage) -> Path:
    outbox.mkdir(parents=True, exist_ok=True)
    path = outbox / f"{message_id}.eml"
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(message.as_bytes())
    temporary.replace(path)
    return path
