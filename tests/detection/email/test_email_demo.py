"""The shipped demo mailbox: the detector must find exactly what its truth file lists."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import pytest_asyncio
from click.testing import CliRunner

from app.detection.email.cli import emails_command
from app.detection.email.scan import MailScanResult, ScanOptions, scan_mailbox
from app.detection.email.sources.mbox import MboxSource

DEMO = Path(__file__).resolve().parents[3] / "src" / "app" / "demo"
MBOX = DEMO / "mailbox.mbox"
TRUTH = json.loads((DEMO / "mailbox.truth.json").read_text(encoding="utf-8"))
ANCHOR = date(2026, 11, 29)
FIELDS = ("name", "amount", "currency", "cycle", "status")


def _project(items: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(({k: item[k] for k in FIELDS} for item in items), key=lambda d: str(d["name"]))


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def full_scan() -> tuple[MailScanResult, list[tuple[int, int]]]:
    seen: list[tuple[int, int]] = []

    async def progress(done: int, total: int) -> None:
        seen.append((done, total))

    options = ScanOptions(max_emails=10_000, days_back=3650)
    result = await scan_mailbox(MboxSource(MBOX), options, today=ANCHOR, on_progress=progress)
    return result, seen


def test_scan_of_demo_mailbox_matches_truth(full_scan: tuple[MailScanResult, list[tuple[int, int]]]) -> None:
    result, _ = full_scan
    assert result.processed == 600
    assert _project([s.to_json() for s in result.subscriptions]) == _project(TRUTH)


def test_progress_is_reported_in_steps_and_at_the_end(
    full_scan: tuple[MailScanResult, list[tuple[int, int]]],
) -> None:
    _, seen = full_scan
    assert seen[0] == (0, 600)
    assert seen[-1] == (600, 600)
    assert all(b[0] - a[0] >= 25 for a, b in itertools.pairwise(seen[:-1]))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_demo_next_renewals_match_truth(full_scan: tuple[MailScanResult, list[tuple[int, int]]]) -> None:
    result, _ = full_scan
    got = {s.name: s.next_renewal.isoformat() if s.next_renewal else None for s in result.subscriptions}
    assert got == {t["name"]: t["next_renewal"] for t in TRUTH}


async def test_default_options_on_demo_find_every_subscription_with_evidence() -> None:
    async def progress(done: int, total: int) -> None:
        return None

    result = await scan_mailbox(MboxSource(MBOX), ScanOptions(), today=ANCHOR, on_progress=progress)
    assert result.processed < 600  # days_back=365 leaves out the oldest two months
    assert {s.name for s in result.subscriptions} == {t["name"] for t in TRUTH}
    for sub in result.subscriptions:
        assert sub.evidence
        assert all(e.ref.startswith("<") for e in sub.evidence)
        assert sub.key == sub.key.lower()


def test_cli_json_prints_one_array_matching_truth() -> None:
    result = CliRunner().invoke(emails_command, [str(MBOX), "--json", "--today", "2026-11-29"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert _project(items) == _project(TRUTH)
    assert all(item["source"] == "email" and 0 <= item["confidence"] <= 1 for item in items)


def test_cli_table_has_the_columns(tmp_path: Path) -> None:
    entries = MBOX.read_bytes().split(b"\nFrom ")
    small = tmp_path / "small.mbox"
    small.write_bytes(b"From " + b"\nFrom ".join(entries[-80:]))
    result = CliRunner().invoke(emails_command, [str(small), "--today", "2026-11-29"])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    for column in ("Service", "Amount", "Billing cycle", "Next renewal"):
        assert column in header
    assert "YouTube Premium" in result.stdout
    assert "Google Play" not in result.stdout


@pytest.mark.parametrize("content", [None, b"just some text\n", b"\x00\x01binary"])
def test_cli_bad_input_exits_non_zero_with_one_line(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "input.bin"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(emails_command, [str(path), "--json"])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_committed_demo_mailbox_is_what_its_generator_writes(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[3] / "scripts" / "gen_demo_mailbox.py"
    done = subprocess.run(
        [sys.executable, str(script), "--anchor", "2026-11-29", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "600 messages" in done.stdout
    assert (tmp_path / "mailbox.mbox").read_bytes() == MBOX.read_bytes()
    assert json.loads((tmp_path / "mailbox.truth.json").read_text()) == TRUTH
