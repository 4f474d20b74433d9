"""Prometheus metrics (served at ``/metrics`` by ``app.operator.metrics``, for operators).

HTTP latency is measured in each web process (scrape each one). Queue depth and
job figures are read from Redis at scrape time, so any web process reports them
for the whole installation: workers add each finished attempt to one Redis hash
(``record_job``), with no HTTP server of their own.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector
from redis.asyncio import Redis
from saq.job import Job, Status

JOB_BUCKETS = (0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 900.0, float("inf"))
_OUTCOMES = {
    Status.COMPLETE: "complete",
    Status.FAILED: "failed",
    Status.ABORTED: "aborted",
    Status.QUEUED: "retried",
}


def jobs_key(namespace: str) -> str:
    return f"{namespace}:metrics:jobs"


async def record_job(redis: Redis, namespace: str, job: Job) -> None:
    """Count one finished attempt (complete, failed, aborted, or retried) and its duration."""
    outcome = _OUTCOMES.get(job.status)
    if outcome is None or not job.started:
        return
    queue = job.get_queue().name
    seconds = max((job.completed or int(time.time() * 1000)) - job.started, 0) / 1000
    key = jobs_key(namespace)
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hincrby(key, f"{queue}|outcome|{outcome}", 1)
        pipe.hincrbyfloat(key, f"{queue}|seconds", seconds)
        for bound in JOB_BUCKETS:
            if seconds <= bound:
                pipe.hincrby(key, f"{queue}|le|{bound}", 1)
        await pipe.execute()


def job_families(raw: Mapping[bytes, bytes], queues: Iterable[str]) -> list[Metric]:
    fields = {key.decode(): value.decode() for key, value in raw.items()}
    outcomes = CounterMetricFamily(
        "subscout_job_attempts", "Finished job attempts by queue and outcome", labels=["queue", "outcome"]
    )
    durations = HistogramMetricFamily(
        "subscout_job_duration_seconds", "Job attempt durations by queue", labels=["queue"]
    )
    for queue in queues:
        for outcome in _OUTCOMES.values():
            outcomes.add_metric([queue, outcome], float(fields.get(f"{queue}|outcome|{outcome}", 0)))
        buckets = [(_le(b), float(fields.get(f"{queue}|le|{b}", 0))) for b in JOB_BUCKETS]
        durations.add_metric([queue], buckets, sum_value=float(fields.get(f"{queue}|seconds", 0)))
    return [outcomes, durations]


def _le(bound: float) -> str:
    return "+Inf" if bound == float("inf") else str(bound)


class Snapshot(Collector):
    """Families read (asynchronously) before rendering; prometheus-client collects synchronously."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        return iter(self.families)


class HttpMetrics:
    """Request latency of this process, by method, route template and status."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram(
            "subscout_http_request_duration_seconds",
            "HTTP request latency",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self._children: dict[tuple[str, str, int], Any] = {}

    def _series(self, key: tuple[str, str, int]) -> Any:
        """The histogram child for (method, route, status), looked up once (labels() is not free)."""
        series = self._children.get(key)
        if series is None:
            method, route, status = key
            series = self._children[key] = self.latency.labels(method, route, str(status))
        return series

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self._series((method, route, status)).observe(seconds)


async def queue_depths(queues: Mapping[str, Any]) -> GaugeMetricFamily:
    depth = GaugeMetricFamily("subscout_queue_jobs", "Jobs in each queue by state", labels=["queue", "state"])
    for name, queue in queues.items():
        info = {kind: await queue.count(kind) for kind in ("queued", "active", "incomplete")}
        depth.add_metric([name, "queued"], info["queued"])
        depth.add_metric([name, "active"], info["active"])
        depth.add_metric([name, "scheduled"], max(info["incomplete"] - info["queued"] - info["active"], 0))
    return depth
