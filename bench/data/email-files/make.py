"""Write the two evaluation mailboxes (dev/ and blind/) of bench/data/email-files.

    python bench/data/email-files/make.py

Deterministic: the same bytes on every run (seeded times, hashed Message-IDs and MIME
boundaries, fixed mbox From_ lines). The mail itself is written in dev_mail.py and
blind_mail.py, one function per sender; this file only turns it into RFC 5322 bytes, a folder
of .eml files, one mbox, a truth file, an index of messages and the scoring date.
Do not read blind_mail.py or blind/ when working on the detector (see README.md).
"""

from __future__ import annotations

import base64
import hashlib
import json
import mailbox
import quopri
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, date
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind_mail  # noqa: E402
import dev_mail  # noqa: E402
from mailkit import Half, Mail  # noqa: E402


def _encode(body: str, charset: str, cte: str) -> str:
    raw = body.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("ascii")  # 7bit: ASCII, or a 7-bit charset such as iso-2022-jp


def _part(subtype: str, body: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(_encode(body, charset, cte))
    return part


def _calendar(ical: str) -> Message:
    part = Message()
    part["Content-Type"] = 'text/calendar; charset="utf-8"; method=REQUEST'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ical.encode()).decode("ascii"))
    return part


def _body(mail: Mail, key: str) -> Message:
    parts = []
    if mail.text is not None:
        parts.append(_part("plain", mail.text, mail.charset, mail.cte))
    if mail.html is not None:
        # the HTML's own <meta> charset agrees with the MIME part's, as a sender's mailer writes it
        shown = mail.html.replace("charset=utf-8", f"charset={mail.charset}")
        parts.append(_part("html", shown, mail.charset, mail.cte))
    if mail.ical is not None:
        parts.append(_calendar(mail.ical))
    if len(parts) == 1:
        return parts[0]
    outer = Message()
    outer["Content-Type"] = "multipart/alternative"
    outer.set_boundary(f"=_{key[:24]}")
    for part in parts:
        outer.attach(part)
    return outer


def _header_text(value: str, charset: str) -> str | Header:
    """A non-ASCII subject as an RFC 2047 word in the body's charset (folded by the generator)."""
    if value.isascii():
        return value
    return Header(value, charset)


def render(mail: Mail, person: tuple[str, str]) -> Message:
    domain = mail.sender[1].split("@")[1]
    key = hashlib.sha1(f"{mail.sender}|{mail.when.isoformat()}|{mail.subject}".encode()).hexdigest()
    body = _body(mail, key)
    name = mail.sender[0]
    shown = name if name.isascii() else Header(name, "utf-8").encode()  # formataddr takes a str
    headers: dict[str, str | Header] = {
        "From": formataddr((shown, mail.sender[1])),
        "To": formataddr(person),
        "Subject": _header_text(mail.subject, mail.charset),
        "Date": format_datetime(mail.when),
        "Message-ID": f"<{key[:12]}.{key[12:24]}@{domain}>",
        "MIME-Version": "1.0",
        **mail.headers,
    }
    msg = Message()
    for header, value in headers.items():
        msg[header] = cast(str, value)  # compat32 takes Header objects too and folds them right
    for header, value in body.items():  # the body's MIME headers after the envelope ones, as mailers write
        msg[header] = value
    msg.set_payload(body.get_payload())
    return msg


def write_half(name: str, half: Half) -> None:
    out = HERE / name
    if out.exists():
        shutil.rmtree(out)
    (out / "eml").mkdir(parents=True)
    box = mailbox.mbox(str(out / "mailbox.mbox"), create=True)
    index = []
    ordered = sorted(half.mails, key=lambda m: (m.when.astimezone(UTC), m.subject))
    for number, mail in enumerate(ordered, 1):
        msg = render(mail, half.person)
        file = f"{number:03d}.eml"
        (out / "eml" / file).write_bytes(msg.as_bytes())
        boxed = mailbox.mboxMessage(msg)
        boxed.set_from("MAILER-DAEMON", time.gmtime(mail.when.timestamp()))
        box.add(boxed)
        labels = [mail.label, *mail.also] if mail.label else []
        index.append(
            {
                "file": file,
                "date": mail.when.isoformat(),
                "from": mail.sender[0],
                "subject": mail.subject,
                "labels": labels,
            }
        )
    box.close()
    _check(name, half)
    truth = sorted(half.truth, key=lambda t: str(t["name"]).lower())
    (out / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    meta = {
        "today": half.today.isoformat(),
        "messages": len(ordered),
        "negative_senders": sorted(half.negative_senders),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    (out / "messages.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    print(
        f"{name}: {len(ordered)} messages ({sum(not m.label for m in ordered)} hard negatives), "
        f"{len(truth)} subscriptions, today {half.today}"
    )


def _check(name: str, half: Half) -> None:
    """Label sanity: every truth has mail, every active one renews after the scoring date."""
    labels = {label for m in half.mails for label in (m.label, *m.also)}
    for item in half.truth:
        if item["name"] not in labels:
            sys.exit(f"{name}: no mail labelled {item['name']}")
        renewal = item["next_renewal"]
        if item["status"] == "active" and date.fromisoformat(renewal) <= half.today:
            sys.exit(f"{name}: {item['name']} renews {renewal}, not after {half.today}")
    unknown = {label for label in labels if label is not None} - {t["name"] for t in half.truth}
    if unknown:
        sys.exit(f"{name}: mail labelled with no truth: {sorted(unknown)}")


def main() -> None:
    builders: dict[str, Callable[[], Half]] = {"dev": dev_mail.build, "blind": blind_mail.build}
    for name, build in builders.items():
        write_half(name, build())


if __name__ == "__main__":
    main()
