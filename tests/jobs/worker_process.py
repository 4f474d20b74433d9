"""``subscout worker`` plus test-only tasks, for tests that need real worker processes.

Runs exactly the command's code path (``build_workers`` + ``run_workers`` with
its signal handling); the extra tasks are added to every queue's worker:
``sleep_task`` (sleeps ``seconds``, returns who ran it) and ``noop``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from typing import Any

from app.config import Settings
from app.jobs.worker import run_workers
from app.queues import build_workers


async def sleep_task(ctx: Any, seconds: float = 1.0, **_: Any) -> dict[str, Any]:
    await asyncio.sleep(seconds)
    return {"pid": os.getpid(), "worker": ctx["worker"].id}


async def noop(ctx: Any, **_: Any) -> dict[str, Any]:
    return {"pid": os.getpid()}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(name)s: %(message)s")
    workers = build_workers(Settings.from_env(), sys.argv[1:])
    for worker in workers:
        worker.functions.update({"sleep_task": sleep_task, "noop": noop})
        worker._metadata = {"pid": os.getpid()}  # lets a test find which process runs a job
    asyncio.run(run_workers(workers))


if __name__ == "__main__":
    main()
