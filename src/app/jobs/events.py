"""Job events, as the BullMQ design's WebSocket protocol names them.

Workers publish them to the owner's Redis channel; every web process relays
them to that user's sockets. Each event carries the job's whole state, so a
client that missed one loses nothing. The event types are the structs in
``app.jobs.view``.
"""

from __future__ import annotations

from redis.asyncio import Redis
from saq.job import Job

from app.config import Settings
from app.jobs.view import EventType, JobView, encode_event
from app.lib.redis import user_events_channel


async def publish_job_event(redis: Redis, settings: Settings, job: Job, event_type: EventType) -> None:
    view = JobView.from_job(job)
    if not view.user_id:
        return
    await redis.publish(user_events_channel(settings, view.user_id), encode_event(view.event(event_type)))
