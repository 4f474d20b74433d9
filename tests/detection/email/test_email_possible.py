"""Trust over recall: which findings are only "possible", and how ``detect --json`` lists them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.detection.email.cli import emails_command
from app.detection.email.service_naming import looks_like_person
from app.detection.types import (
    ACTIVE_CONFIDENCE,
    DetectedSubscription,
    from_state,
    needs_confirmation,
    shown_findings,
    to_state,
)

TRUSTED = DetectedSubscription(
    name="Netflix",
    key="netflix",
    amount=Decimal("17.99"),
    currency="USD",
    cycle="monthly",
    next_renewal=date(2026, 12, 8),
    status="active",
    sources=frozenset({"email"}),
    confidence=ACTIVE_CONFIDENCE,
)


def test_a_priced_cycled_confident_finding_is_trusted() -> None:
    assert not needs_confirmation(TRUSTED)
    assert TRUSTED.to_json()["possible"] is False


@pytest.mark.parametrize(
    "doubt",
    [
        {"amount": None},
        {"cycle": "unknown"},
        {"named_after_person": True},
        {"confidence": ACTIVE_CONFIDENCE - 0.01},
    ],
    ids=["no amount", "no cycle", "named after a person", "low confidence"],
)
def test_each_doubt_makes_a_finding_possible(doubt: dict[str, object]) -> None:
    sub = replace(TRUSTED, **doubt)  # type: ignore[arg-type]
    assert needs_confirmation(sub)
    assert sub.to_json()["possible"] is True
    assert shown_findings([TRUSTED, sub]) == [TRUSTED]
    assert shown_findings([TRUSTED, sub], include_possible=True) == [TRUSTED, sub]


def test_named_after_person_survives_the_incremental_state() -> None:
    sub = replace(TRUSTED, named_after_person=True)
    assert from_state(to_state(sub)).named_after_person
    legacy = to_state(TRUSTED)
    del legacy["named_after_person"]
    assert not from_state(legacy).named_after_person


def _mail(tmp_path: Path) -> Path:
    """One known service with a full receipt, one sender that never names a price."""
    receipt = (
        "From: Netflix <info@account.netflix.com>\nTo: a@example.org\nSubject: Your Netflix receipt\n"
        "Date: Sun, 08 Nov 2026 10:00:00 +0000\nMessage-ID: <r1@netflix.com>\n\n"
        "Thanks for your payment. Your monthly membership: $17.99. Next billing date: December 8, 2026.\n"
    )
    vague = (
        "From: Declan Grady <declan@example.net>\nTo: a@example.org\nSubject: Your subscription\n"
        "Date: Mon, 09 Nov 2026 10:00:00 +0000\nMessage-ID: <v1@example.net>\n\n"
        "Your subscription has been renewed. Thanks for staying with us.\n"
    )
    path = tmp_path / "mail.mbox"
    path.write_text(
        "".join(f"From x@y Mon Nov  9 10:00:00 2026\n{m}\n" for m in (receipt, vague)), encoding="utf-8"
    )
    return path


def test_cli_lists_possible_findings_only_when_asked(tmp_path: Path) -> None:
    path = _mail(tmp_path)
    default = CliRunner().invoke(emails_command, [str(path), "--json", "--today", "2026-11-20"])
    every = CliRunner().invoke(
        emails_command, [str(path), "--json", "--include-possible", "--today", "2026-11-20"]
    )
    assert default.exit_code == 0, default.output
    assert every.exit_code == 0, every.output
    trusted, found = json.loads(default.stdout), json.loads(every.stdout)
    assert [item["name"] for item in trusted] == ["Netflix"]
    assert all(item["possible"] is False for item in trusted)
    possible = [item for item in found if item["possible"]]
    assert [item["name"] for item in possible] == ["Declan Grady"]


def test_a_sender_named_like_a_person_is_flagged_and_an_organisation_is_not() -> None:
    assert looks_like_person("Declan Grady", "declan@example.net")
    assert looks_like_person("Lbedford", "lbedford@example.org")
    assert not looks_like_person("Acme Cloud", "billing@acme.io")
    assert not looks_like_person("Starflung NIC", "nic@starflung.com")
