"""Raw RFC 822 bytes to the few things detection looks at.

The stdlib parser (compat32: several times faster than ``policy.default`` and as
tolerant) does the MIME work; headers are decoded per RFC 2047 here, bodies by their
declared charset with sensible fallbacks. Forwarded messages are unwrapped so a
receipt forwarded by a household member counts as the original sender's receipt.
"""

from __future__ import annotations

import codecs
import email
import email.parser
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from app.detection.email.html import html_to_text, normalise_text, structured_data
from app.detection.email.sources.limits import MAX_MESSAGE_BYTES, MAX_MIME_DEPTH

MAX_BODY_CHARS = 20_000
"""Longer bodies are cut: receipts put what matters near the top."""


@dataclass(slots=True)
class ParsedMail:
    """The parts of a message that detection uses."""

    message_id: str
    sent_at: datetime | None
    sender_name: str
    sender_addr: str
    subject: str
    text: str
    structured: list[dict[str, Any]] = field(default_factory=list)
    list_unsubscribe: bool = False
    forwarded: bool = False

    @property
    def sender_domain(self) -> str:
        return self.sender_addr.rpartition("@")[2].lower()


def parse_message(raw: bytes, fallback_id: str = "") -> ParsedMail:
    """Parse one message; never raises on malformed input (a longer one is cut at ``MAX_MESSAGE_BYTES``)."""
    msg = _message_tree(raw[:MAX_MESSAGE_BYTES])
    name, addr = _address(msg.get("From"))
    plain, markup = _bodies(msg)
    text = normalise_text(plain) if len(plain.strip()) > 40 or not markup else ""
    if not text and markup:
        text = html_to_text(markup[: MAX_BODY_CHARS * 4])
    mail = ParsedMail(
        message_id=_header(msg.get("Message-ID")).strip() or fallback_id,
        sent_at=_date(msg.get("Date")),
        sender_name=name,
        sender_addr=addr,
        subject=normalise_text(" ".join(_header(msg.get("Subject")).split())),
        text=text[:MAX_BODY_CHARS],
        structured=structured_data(markup) if markup else [],
        list_unsubscribe=msg.get("List-Unsubscribe") is not None,
    )
    return unwrap_forward(mail)


def _message_tree(raw: bytes) -> Message:
    try:
        return email.message_from_bytes(raw)
    except RecursionError:
        # MIME nested deeper than the stdlib parser can follow: the headers still say who and what.
        return email.parser.BytesHeaderParser().parsebytes(raw)


def _header(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except (UnicodeError, LookupError, ValueError, email.errors.HeaderParseError):
        return str(value)


def _address(value: Any) -> tuple[str, str]:
    """The display name and address of a From header. Split while the name is still encoded: a
    decoded name may hold a comma ("Stadt Leipzig, Amt für Jugend und Familie") that would split it."""
    pairs = getaddresses(["" if value is None else str(value)])
    name, addr = pairs[0] if pairs else ("", "")
    return _header(name).strip().strip('"'), addr.strip().lower()


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _bodies(msg: Message) -> tuple[str, str]:
    """The first text/plain and the first text/html part that are not attachments."""
    plain: str | None = None
    markup: str | None = None
    for part in _leaf_parts(msg):
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decode(part)
        elif ctype == "text/html" and markup is None:
            markup = _decode(part)
    return plain or "", markup or ""


def _leaf_parts(msg: Message) -> list[Message]:
    """The non-multipart parts in document order, not looking deeper than ``MAX_MIME_DEPTH``."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if not part.is_multipart():
            leaves.append(part)
        elif depth < MAX_MIME_DEPTH:
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children) if isinstance(child, Message))
    return leaves


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = _charset(part.get_content_charset())
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _charset(name: str | None) -> str:
    if not name:
        return "utf-8"
    try:
        found = codecs.lookup(name.strip().strip('"')).name
    except LookupError:
        return "utf-8"
    # Mail labelled latin-1/ascii is in practice windows-1252 (smart quotes, euro sign).
    return "cp1252" if found in {"latin-1", "iso8859-1", "ascii"} else found


_FORWARD_MARK = re.compile(
    r"^[ >]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht"
    r"|Ursprüngliche Nachricht"
    r"|Message transféré|Message d'origine|Mensaje reenviado|Mensaje original|Messaggio inoltrato"
    r"|Doorgestuurd bericht|Mensagem encaminhada)\s*-{2,}|Begin forwarded message:"
    r"|Anfang der weitergeleiteten"
    r" Nachricht:|Début du message réexpédié\s*:"
    # Outlook's rule above the quoted headers; a forward only if a sender's header follows it.
    r"|_{16,})\s*$",
    re.I | re.M,
)
_FWD_HEADER = re.compile(
    r"^[ >]*(From|Von|De|Da|Van|Date|Datum|Fecha|Data|Sent|Gesendet|Envoyé|Enviado|"
    r"Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto|To|An|À|Para|A|Aan|Cc)\s*:\s*(.*)$",
    re.I,
)
_KEYS = {
    "from": "from",
    "von": "from",
    "de": "from",
    "da": "from",
    "van": "from",
    "date": "date",
    "datum": "date",
    "fecha": "date",
    "data": "date",
    "sent": "date",
    "gesendet": "date",
    "envoyé": "date",
    "enviado": "date",
    "subject": "subject",
    "betreff": "subject",
    "objet": "subject",
    "asunto": "subject",
    "oggetto": "subject",
    "onderwerp": "subject",
    "assunto": "subject",
}


def unwrap_forward(mail: ParsedMail) -> ParsedMail:
    """If the body is a forwarded message, take sender, subject and body from the quoted block."""
    for found in _FORWARD_MARK.finditer(mail.text):
        lines = mail.text[found.end() :].lstrip("\n").splitlines()
        headers: dict[str, str] = {}
        i = 0
        while i < len(lines) and (m := _FWD_HEADER.match(lines[i])):
            headers.setdefault(_KEYS.get(m.group(1).lower(), "other"), m.group(2).strip())
            i += 1
        if "from" in headers:
            return _forwarded_from(mail, headers, lines[i:])
    return mail


def _forwarded_from(mail: ParsedMail, headers: dict[str, str], body: list[str]) -> ParsedMail:
    name, addr = _address(headers["from"])
    mail.sender_name, mail.sender_addr = name or addr, addr or mail.sender_addr
    mail.subject = headers.get("subject", mail.subject)
    mail.sent_at = _loose_date(headers.get("date", "")) or mail.sent_at
    mail.text = "\n".join(line.lstrip("> ") for line in body)
    mail.forwarded = True
    return mail


def _loose_date(value: str) -> datetime | None:
    from app.detection.email.dates import find_dates

    parsed = _date(value)
    if parsed is not None:
        return parsed
    found = find_dates(value, lang_hint="en")
    return datetime(found[0][1].year, found[0][1].month, found[0][1].day, tzinfo=UTC) if found else None
