"""Local mailbox formats: mbox (streamed), Maildir, folders of .eml files, one .eml; the scan window."""

from __future__ import annotations

import mailbox
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.local import FileSetSource, open_local_source
from app.detection.email.sources.mbox import MboxSource


def _message(i: int, body: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Shop <shop@example.com>"
    msg["Subject"] = f"message {i}"
    msg["Date"] = f"Sun, {i:02d} Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<m{i}@example.com>"
    msg.set_content(body or f"body {i}\n")
    return msg


async def _subjects(source: object, window: ScanWindow) -> list[str]:
    count = await source.select(window)  # type: ignore[attr-defined]
    out = []
    async for raw in source.messages():  # type: ignore[attr-defined]
        line = next(ln for ln in raw.data.decode().splitlines() if ln.startswith("Subject:"))
        out.append(line.removeprefix("Subject: "))
    assert count == len(out)
    return out


@pytest.fixture
def mbox_path(tmp_path: Path) -> Path:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(path)
    for i in (3, 1, 2, 5, 4):
        msg = _message(i, "From the desk of the editor\n>From quoted\nplain\n" if i == 2 else "")
        msg.set_unixfrom(f"From shop@example.com Sun Nov {i:2d} 10:00:00 2026")
        box.add(msg)
    box.close()
    return path


async def test_mbox_streams_every_message_and_unquotes_from_lines(mbox_path: Path) -> None:
    source = open_local_source(mbox_path)
    assert isinstance(source, MboxSource)
    assert sorted(await _subjects(source, ScanWindow())) == [f"message {i}" for i in range(1, 6)]
    await source.select(ScanWindow())
    raws = [m.data async for m in source.messages()]
    quoted = next(r for r in raws if b"message 2" in r)
    assert b"\nFrom the desk of the editor\n" in quoted
    assert b"\nFrom quoted\n" in quoted  # read as mboxrd: one level of quoting removed


async def test_window_keeps_the_newest_and_the_recent(mbox_path: Path) -> None:
    source = MboxSource(mbox_path)
    assert sorted(await _subjects(source, ScanWindow(max_emails=2))) == ["message 4", "message 5"]
    assert sorted(await _subjects(source, ScanWindow(since=date(2026, 11, 3)))) == [
        "message 3",
        "message 4",
        "message 5",
    ]


async def test_maildir(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    for i in range(1, 4):
        box.add(_message(i))
    source = open_local_source(tmp_path / "Mail")
    assert isinstance(source, FileSetSource)
    assert sorted(await _subjects(source, ScanWindow(max_emails=2))) == ["message 2", "message 3"]


async def test_folder_of_eml_files_and_a_single_eml(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for i in range(1, 4):
        (tmp_path / ("sub" if i == 3 else ".") / f"{i}.eml").write_bytes(_message(i).as_bytes())
    assert sorted(await _subjects(open_local_source(tmp_path), ScanWindow())) == [
        "message 1",
        "message 2",
        "message 3",
    ]
    assert await _subjects(open_local_source(tmp_path / "1.eml"), ScanWindow()) == ["message 1"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "missing", "no such file"),
        (lambda p: p, "no Maildir"),
        (lambda p: (p / "notes.txt").write_text("hello\nworld\n") and p / "notes.txt", "unknown format"),
    ],
)
def test_unreadable_input_is_a_clear_error(tmp_path: Path, make: object, reason: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(MailSourceError, match=reason):
        open_local_source(path)


async def test_mbox_listing_memory_does_not_hold_messages(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    body = "x" * 5000 + "\n"
    with path.open("wb") as fh:
        for i in range(1, 400):
            msg = _message(i % 28 + 1, body)
            fh.write(b"From shop@example.com Sun Nov  1 10:00:00 2026\n" + msg.as_bytes() + b"\n")
    source = MboxSource(path)
    assert await source.select(ScanWindow(max_emails=10)) == 10
    assert len(source._offsets) == 10  # only positions of the chosen messages are kept


@pytest.mark.parametrize("suffix", [".zip", ".tgz"])
async def test_takeout_archive_is_read_without_unpacking(
    mbox_path: Path, tmp_path: Path, suffix: str
) -> None:
    import tarfile
    import zipfile

    archive = tmp_path / f"takeout{suffix}"
    inner = "Takeout/Mail/All mail Including Spam and Trash.mbox"
    if suffix == ".zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(mbox_path, inner)
            zf.writestr("Takeout/archive_browser.html", "<html></html>")
    else:
        with tarfile.open(archive, "w:gz") as tf:
            tf.add(mbox_path, inner)
    source = open_local_source(archive)
    assert sorted(await _subjects(source, ScanWindow(max_emails=3))) == [
        "message 3",
        "message 4",
        "message 5",
    ]


def test_archive_without_mbox_is_a_clear_error(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.jpg", b"x")
    with pytest.raises(MailSourceError, match=r"no \.mbox file"):
        open_local_source(archive)
