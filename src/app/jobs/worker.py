"""``subscout worker``: every queue's SAQ worker in one process, one event loop.

One process serving all queues keeps a deployment simple (run more processes
to scale); signals are handled here once rather than by each SAQ worker, since
asyncio keeps only the last handler registered for a signal.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Sequence

from litestar_saq import SAQPlugin
from litestar_saq.base import Worker

from app.accounts.auth import requires_operator
from app.config import Settings
from app.db.config import build_sqlalchemy_config
from app.jobs.queues import build_saq_config
from app.lib.crypto import configure_encryption
from app.lib.redis import create_redis

logger = logging.getLogger("subscout.worker")


def build_workers(settings: Settings, queue_names: Sequence[str] = ()) -> list[Worker]:
    configure_encryption(settings.encryption_keys)
    redis = create_redis(settings)
    config = build_saq_config(
        settings, build_sqlalchemy_config(settings), redis, web_guards=[requires_operator]
    )
    workers = SAQPlugin(config).get_workers()
    unknown = set(queue_names) - set(workers)
    if unknown:
        raise ValueError(f"unknown queue(s): {', '.join(sorted(unknown))}; known: {', '.join(workers)}")
    return [w for name, w in workers.items() if not queue_names or name in queue_names]


async def run_workers(workers: Sequence[Worker], stop: asyncio.Event | None = None) -> None:
    """Run until SIGTERM or SIGINT (or ``stop`` is set), then stop taking jobs and let running ones finish."""
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
    for worker in workers:
        worker.SIGNALS = []
        await worker.queue.connect()
    running = [asyncio.create_task(worker.start()) for worker in workers]
    logger.info("worker started: %s", ", ".join(w.queue.name for w in workers))
    stopper = asyncio.create_task(stop.wait())
    await asyncio.wait([stopper, *running], return_when=asyncio.FIRST_COMPLETED)
    logger.info("worker stopping")
    await asyncio.gather(*(worker.stop() for worker in workers), return_exceptions=True)
    for task in [stopper, *running]:
        task.cancel()
    await asyncio.gather(stopper, *running, return_exceptions=True)
    for worker in workers:
        await worker.queue.disconnect()
    logger.info("worker stopped")
