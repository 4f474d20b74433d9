"""A local stand-in for www.ecb.europa.eu/stats/eurofxref serving the ECB's own XML format."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ENVELOPE = """<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender>
\t\t<gesmes:name>European Central Bank</gesmes:name>
\t</gesmes:Sender>
\t<Cube>
{days}
\t</Cube>
</gesmes:Envelope>
"""

DAYS = {
    "2026-12-01": {"USD": "1.0512", "JPY": "158.32", "GBP": "0.83180", "CHF": "0.9402", "SEK": "11.4815"},
    "2026-11-30": {"USD": "1.0498", "JPY": "158.01", "GBP": "0.83040", "CHF": "0.9391", "SEK": "11.4700"},
    "2026-11-27": {"USD": "1.0475", "JPY": "157.66", "GBP": "0.82910", "CHF": "0.9388", "SEK": "11.4630"},
}


def reference_rates_xml(days: dict[str, dict[str, str]]) -> str:
    """An ECB reference-rates document (newest day first, as the ECB writes it)."""
    cubes = "\n".join(
        f"\t\t<Cube time='{day}'>\n"
        + "\n".join(f"\t\t\t<Cube currency='{cur}' rate='{rate}'/>" for cur, rate in rates.items())
        + "\n\t\t</Cube>"
        for day, rates in sorted(days.items(), reverse=True)
    )
    return ENVELOPE.format(days=cubes)


@dataclass
class EcbServer:
    files: dict[str, bytes] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    url: str = ""

    def serve_days(self, days: dict[str, dict[str, str]]) -> None:
        newest = max(days)
        self.files["/stats/eurofxref/eurofxref-daily.xml"] = reference_rates_xml(
            {newest: days[newest]}
        ).encode()
        self.files["/stats/eurofxref/eurofxref-hist-90d.xml"] = reference_rates_xml(days).encode()


@contextmanager
def ecb_server(days: dict[str, dict[str, str]] = DAYS) -> Iterator[EcbServer]:
    state = EcbServer()
    state.serve_days(days)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/stats/eurofxref"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
