"""What a person reads when something fails names their own file, never a server path (issue 10.9)."""

from __future__ import annotations

import io
import re

from litestar import Litestar
from litestar.testing import AsyncTestClient
from saq.job import Job, Status

from app.config import Settings
from app.jobs.view import failure_reason
from tests.support import bearer_for, wait_finished

EMPTY_OFX = b"""OFXHEADER:100
DATA:OFXSGML
VERSION:102

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20240101<DTEND>20240201</BANKTRANLIST>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""
"""Reads as OFX when it arrives; only the import finds that it holds no transactions."""


def assert_no_server_path(text: str, settings: Settings) -> None:
    assert str(settings.data_dir) not in text, text
    assert "/uploads/" not in text, text
    assert not re.search(r"[0-9a-f]{32}", text), f"the stored file's name leaked: {text}"


async def test_a_failed_statement_import_names_the_users_file(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "ofx@example.com")
    files = {"data": ("March statement.ofx", io.BytesIO(EMPTY_OFX))}
    started = await client.post("/api/statements", headers=headers, files=files)
    assert started.status_code == 202, started.text
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "failed", status
    reason = status["failedReason"]
    assert reason.startswith("March statement.ofx"), reason
    assert_no_server_path(reason, settings)
    listed = (await client.get("/api/detection/jobs", headers=headers)).json()
    reasons = [job["failedReason"] for job in listed if job["failedReason"]]
    assert reasons == [reason], "the job list says the same"


def test_an_unexpected_error_mentioning_a_path_shows_no_path() -> None:
    job = Job("email_scan", status=Status.FAILED)
    job.error = (
        'Traceback (most recent call last):\n  File "/srv/subscout/src/app/x.py", line 3\n'
        "FileNotFoundError: [Errno 2] No such file or directory: "
        "'/srv/subscout/var/uploads/1f0e/3f2a9c.mbox'\n"
    )
    assert failure_reason(job) == "[Errno 2] No such file or directory: 'the uploaded file'"
    job.error = "RuntimeError: cannot open /opt/subscout/demo/mailbox.mbox: denied"
    assert failure_reason(job) == "cannot open a file on the server: denied"
    job.error = "ProviderError: see https://plaid.com/docs/errors/item for what to do"
    assert failure_reason(job) == "see https://plaid.com/docs/errors/item for what to do", "URLs stay"
