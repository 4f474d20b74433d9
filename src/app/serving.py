"""The HTTP server a web process runs: uvicorn (the default) or granian, set by ``WEB_SERVER``.

uvicorn is the default because it holds an idle WebSocket in about a fifth of granian's
memory here, and open sockets (one per browser tab) are what a web process holds most of;
granian answers plain HTTP faster. ``docs/benchmarks.md`` has both, measured side by side.
"""

from __future__ import annotations

from typing import Literal, get_args

Server = Literal["uvicorn", "granian"]
SERVERS: tuple[str, ...] = get_args(Server)
WS_PING_SECONDS = 20


def serve(
    factory: str, *, host: str, port: int, workers: int, server: Server = "uvicorn", access_log: bool = False
) -> None:
    """Serve the ASGI app that ``factory`` ("module:function") builds, until stopped.

    The access log is off unless asked for: one JSON line per request cost more CPU than the
    status API's own work, and ``/metrics`` already has every route's latency and status.
    """
    if server == "granian":
        _serve_granian(factory, host=host, port=port, workers=workers, access_log=access_log)
        return
    import uvicorn

    uvicorn.run(
        factory,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        # Sans-I/O websockets (no tasks of its own per socket) without permessage-deflate: its
        # zlib state was 45 KB of every idle socket's ~85 KB, for messages of a few hundred bytes.
        ws="websockets-sansio",
        ws_per_message_deflate=False,
        ws_ping_interval=WS_PING_SECONDS,
        access_log=access_log,
        log_level="info",
        log_config=None,  # the process's own logging setup (structured, redacted) stays in charge
    )


def _serve_granian(factory: str, *, host: str, port: int, workers: int, access_log: bool) -> None:
    from granian import Granian
    from granian.constants import Interfaces

    Granian(
        target=factory,
        factory=True,
        address=host,
        port=port,
        workers=workers,
        interface=Interfaces.ASGI,
        log_access=access_log,
    ).serve()
