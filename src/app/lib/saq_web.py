"""litestar-saq in the web process: its UI and queues, none of its workers.

Jobs run only in ``subscout worker``. The stock plugin still builds a worker per
queue in the web process and starts a heartbeat thread for each, which crashes
("HeartbeatManager thread crashed", once per queue) every time the web process
stops, because its event loop is stopped while a sleep is pending.
"""

from __future__ import annotations

from litestar_saq import SAQPlugin
from litestar_saq.base import Worker


class WebSAQPlugin(SAQPlugin):
    def get_workers(self) -> dict[str, Worker]:
        return {}
