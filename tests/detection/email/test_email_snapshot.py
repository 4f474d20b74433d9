"""A mailbox file is a snapshot: silence after its newest message says nothing about a subscription."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.detection.email.cli import emails_command


def _receipt(month: int) -> str:
    return (
        "From: Netflix <info@account.netflix.com>\nTo: a@example.org\nSubject: Your Netflix receipt\n"
        f"Date: Sun, 08 {['Jan', 'Feb', 'Mar'][month - 1]} 2026 10:00:00 +0000\n"
        f"Message-ID: <r{month}@netflix.com>\n\n"
        "Thanks for your payment. Your monthly membership: $17.99.\n"
    )


def _letter(day: str) -> str:
    return (
        "From: Ann Other <ann@example.net>\nTo: a@example.org\nSubject: Lunch?\n"
        f"Date: {day}\nMessage-ID: <l-{abs(hash(day))}@example.net>\n\nShall we meet on Friday?\n"
    )


def _write(tmp_path: Path, messages: list[str], form: str) -> Path:
    if form == "mbox":
        path = tmp_path / "mail.mbox"
        path.write_text(
            "".join(f"From x@y Mon Jan  5 10:00:00 2026\n{m}\n" for m in messages), encoding="utf-8"
        )
        return path
    folder = tmp_path / "mail"
    folder.mkdir()
    for i, m in enumerate(messages):
        (folder / f"{i}.eml").write_text(m, encoding="utf-8")
    return folder


def _detect(path: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(emails_command, [str(path), "--json", "--today", "2026-11-20"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("form", ["mbox", "eml"])
def test_a_mailbox_exported_months_ago_keeps_what_it_shows_active(tmp_path: Path, form: str) -> None:
    mail = [_receipt(1), _receipt(2), _receipt(3), _letter("Fri, 27 Mar 2026 09:00:00 +0000")]
    [netflix] = _detect(_write(tmp_path, mail, form))
    assert (netflix["status"], netflix["cycle"], netflix["amount"]) == ("active", "monthly", "17.99")
    assert netflix["next_renewal"] == "2026-12-08"


@pytest.mark.parametrize("form", ["mbox", "eml"])
def test_receipts_that_stop_while_the_mail_goes_on_are_inactive(tmp_path: Path, form: str) -> None:
    mail = [_receipt(1), _receipt(2), _receipt(3), _letter("Sun, 01 Nov 2026 09:00:00 +0000")]
    [netflix] = _detect(_write(tmp_path, mail, form))
    assert (netflix["status"], netflix["next_renewal"]) == ("inactive", None)
