"""Any bytes, as a mailbox or as one message, give a result or ``MailSourceError``, within a memory budget."""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection.email.extract import analyse
from app.detection.email.parse import parse_message
from app.detection.email.scan import MailScanResult, scan_window
from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.limits import MAX_MESSAGE_BYTES, BoundedReader
from app.detection.email.sources.local import open_local_source

MEMORY_BUDGET_MB = 300
HEADERS = b"From: Shop <billing@shop.example>\nSubject: Your receipt\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n"


async def _quiet(_done: int, _total: int) -> None:
    return None


def _scan_file(path: Path) -> MailScanResult | MailSourceError:
    try:
        source = open_local_source(path)
        return asyncio.run(scan_window(source, ScanWindow(), today=date(2026, 11, 29), on_progress=_quiet))
    except MailSourceError as exc:
        return exc


_MAILISH = st.lists(
    st.sampled_from(
        [
            b"From x@y Mon Nov  2 10:00:00 2026\n",
            HEADERS,
            b"Content-Type: multipart/mixed; boundary=b\n\n--b\n",
            b"Content-Type: text/html; charset=unknown-8bit\n\n<p>Total $9.99/month</p>",
            b"Content-Transfer-Encoding: base64\n\n!!!=\n",
            b'<script type="application/ld+json">{"@type":"Order","price":"1e999999"}</script>',
            b"\n",
            b"\r\n\r\n",
            b"=?utf-8?q?=FF=FE?=",
            b"Amount: 123456789012345678901234567890.99 USD\n",
        ]
    )
    | st.binary(max_size=64),
    max_size=30,
).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | _MAILISH)
def test_any_bytes_as_one_message_give_a_result(raw: bytes) -> None:
    parse_message(raw)
    analyse(raw, "ref")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | _MAILISH, st.sampled_from(["mail.mbox", "mail.eml", "mail.zip", "mail.gz"]))
def test_any_bytes_as_a_mailbox_file_give_a_result_or_a_domain_error(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome = _scan_file(path)
    assert isinstance(outcome, MailScanResult | MailSourceError)
    if isinstance(outcome, MailSourceError):
        assert str(outcome)
        assert "\n" not in str(outcome)


def test_mime_nested_a_thousand_deep_is_read_without_recursion_error() -> None:
    nested = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(1000)
    )
    mail = parse_message(HEADERS + nested + b"Content-Type: text/plain\n\nTotal $5.00\n")
    assert mail.subject == "Your receipt"


def test_deeply_nested_json_ld_is_ignored() -> None:
    markup = b'<script type="application/ld+json">' + b"[" * 100_000 + b"]" * 100_000 + b"</script>"
    raw = HEADERS + b"Content-Type: text/html\n\n<html><body>Receipt</body>" + markup + b"</html>"
    assert parse_message(raw).structured == []


def test_a_message_is_cut_at_the_message_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    path.write_bytes(HEADERS + b"\n" + b"x" * (MAX_MESSAGE_BYTES + 1000))
    outcome = _scan_file(path)
    assert isinstance(outcome, MailScanResult)
    assert outcome.processed == 1


def test_expansion_beyond_the_limit_is_refused() -> None:
    reader = BoundedReader(io.BytesIO(b"a line\n" * 100), "bomb.zip", limit=300)
    with pytest.raises(MailSourceError, match="decompression bomb"):
        _read_all(reader)


def _read_all(reader: BoundedReader) -> None:
    while reader.readline():
        pass


def _zip_bomb(path: Path, line_mb: int) -> None:
    """A small zip holding an mbox whose one body line is ``line_mb`` MB long."""
    chunk = b"A" * (1 << 20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open("mail.mbox", "w") as fh,
    ):
        fh.write(b"From x@y Mon Nov  2 10:00:00 2026\n" + HEADERS + b"\n")
        for _ in range(line_mb):
            fh.write(chunk)
        fh.write(b"\n\nFrom x@y Mon Nov  2 10:00:00 2026\n" + HEADERS + b"\nTotal $5.00\n")


def test_zip_bomb_with_one_huge_line_stays_within_the_memory_budget(tmp_path: Path) -> None:
    bomb = tmp_path / "takeout.zip"
    _zip_bomb(bomb, line_mb=600)
    assert bomb.stat().st_size < 5 << 20
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from app.detection.email.cli import emails_command\n"
        "r = CliRunner().invoke(emails_command, [sys.argv[1], '--json'])\n"
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec (it would report the forked pytest).
        "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(r.exit_code, hwm // 1024, file=sys.stderr)\n"
        "sys.stderr.write(r.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(bomb)], capture_output=True, timeout=600, check=False
    )
    first, *rest = proc.stderr.decode().splitlines()
    exit_code, peak_mb = (int(x) for x in first.split())
    assert "Traceback" not in proc.stderr.decode()
    assert exit_code in (0, 2), rest
    assert peak_mb < MEMORY_BUDGET_MB, f"peak {peak_mb} MB"
