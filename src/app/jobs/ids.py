"""Job ids in the BullMQ design's shape: ``<queue>-<userId>-<epochMillis>``."""

from __future__ import annotations

import time


def new_job_id(queue: str, user_id: str) -> str:
    return f"{queue}-{user_id}-{time.time_ns() // 1_000_000}"
