"""OFX quirks real banks produce, through ofxtools or the tolerant fallback."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.detection.bank.ofx import iter_ofx
from app.detection.bank.statements import StatementError

HEADER = (
    b"OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\n"
    b"COMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
)
BODY = (
    b"<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260101<LANGUAGE>ENG"
    b"</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
    b"<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>123456789012<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM>"
    b"<BANKTRANLIST><DTSTART>20260101<DTEND>20260201"
    b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105230000[-5:EST]<TRNAMT>-65.00<FITID>a1<NAME>AT&T *BILL PAYMENT"
    b"</STMTTRN><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>-1,50<FITID>a2<NAME>Bakery &amp; Co"
    b"<MEMO>Caf\xe9</STMTTRN><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2026XX06<TRNAMT>-1<FITID>a3<NAME>Bad date"
    b"</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
)
EXPECTED = [
    (date(2026, 1, 5), Decimal("-65.00"), "AT&T *BILL PAYMENT", "42"),
    (date(2026, 1, 6), Decimal("-1.50"), "Bakery & Co", "42"),
]


@pytest.mark.parametrize(
    "data",
    [
        HEADER + BODY,
        BODY,
        b"\r\n\r\n" + HEADER + BODY,
        b'<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE"?>\n' + BODY,
    ],
    ids=["sgml-strict-bankid", "no-header", "blank-lines-first", "xml-with-sgml-body"],
)
def test_malformed_statements_still_import(data: bytes) -> None:
    skipped: list[str] = []
    rows = [
        (t.posted_on, t.amount, t.description, t.account_id) for t in iter_ofx(data, on_skip=skipped.append)
    ]
    assert rows == EXPECTED
    assert skipped == ["transaction a3 skipped: no valid posting date"]


def test_ids_do_not_depend_on_which_parser_read_the_file() -> None:
    assert [t.id for t in iter_ofx(HEADER + BODY)] == [t.id for t in iter_ofx(BODY)]


def test_file_without_ofx_element_is_refused() -> None:
    with pytest.raises(StatementError, match="no <OFX> element"):
        list(iter_ofx(b"OFXHEADER:100\r\nDATA:OFXSGML\r\n\r\n<HTML>login page</HTML>"))


def test_ofxtools_parses_without_loading_its_client_or_models() -> None:
    """The strict parse is ofxtools' own (not the fallback), with only the modules it needs loaded."""
    import subprocess
    import sys

    script = (
        "import sys, xml.etree.ElementTree as ET\n"
        "from unittest import mock\n"
        "import app.detection.bank.ofx as ofx\n"
        "with mock.patch.object(ofx, '_tolerant_tree', side_effect=AssertionError('fallback used')):\n"
        "    root = ofx.parse_tree(sys.stdin.buffer.read())\n"
        "assert isinstance(root, ET.Element), root\n"
        "heavy = ('ofxtools.Client', 'ofxtools.models.bank', 'requests')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=HEADER + BODY, capture_output=True, check=True
    )
    assert done.stdout.decode().strip() == "[]"


def test_a_refusal_quoting_a_damaged_status_is_still_one_line() -> None:
    """The fuzz test's find: a status code running on into the next line of a damaged file."""
    damaged = b"<CODE>15500\nSEVERITY>ERROR</STATUS><DTSERVER>"  # a "<" lost: the code runs on
    refused = BODY.replace(b"<CODE>0<SEVERITY>INFO</STATUS><DTSERVER>", damaged, 1)
    with pytest.raises(StatementError, match="refused the sign-on") as caught:
        list(iter_ofx(refused))
    assert "\n" not in str(caught.value)
