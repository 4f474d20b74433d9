"""``/metrics``: the Prometheus figures of ``app.operations.metrics``, for operators only."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, cast

from litestar import Controller, Response, get
from litestar.di import NamedDependency
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import Metric
from redis.asyncio import Redis

from app.accounts.auth import requires_operator
from app.config import Settings
from app.operations.metrics import HttpMetrics, Snapshot, job_families, jobs_key, queue_depths


class MetricsController(Controller):
    include_in_schema = False
    guards = [requires_operator]

    @get("/metrics")
    async def metrics(
        self,
        redis: NamedDependency[Redis],
        settings: NamedDependency[Settings],
        http_metrics: NamedDependency[HttpMetrics],
        task_queues: NamedDependency[Any],
    ) -> Response[bytes]:
        queues = dict(task_queues.queues)
        stats = await cast(Awaitable[dict[bytes, bytes]], redis.hgetall(jobs_key(settings.redis_namespace)))
        families: list[Metric] = [await queue_depths(queues), *job_families(stats, queues)]
        snapshot = CollectorRegistry(auto_describe=False)
        snapshot.register(Snapshot(families))
        body = generate_latest(http_metrics.registry) + generate_latest(snapshot)
        return Response(body, media_type=CONTENT_TYPE_LATEST)
