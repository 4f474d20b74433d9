"""A job's input as a typed struct: camelCase in SAQ's kwargs (the BullMQ design's job data) by rename rule.

A domain declares ``class MyJobData(JobData)`` with its fields in snake_case;
``JobService.enqueue_for_user(queue, my_task, data)`` writes ``data.to_kwargs()``
(plus ``userId``) as the job's kwargs, and the task reads them back with
``MyJobData.from_kwargs(kwargs)``. Nothing spells a camelCase key by hand, and a
field left at its default is not written, so the job data stays what the person asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self
from uuid import UUID

import msgspec


class JobData(msgspec.Struct, rename="camel", omit_defaults=True, kw_only=True):
    """Base of every job payload (job data never holds a token or a password)."""

    def to_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = msgspec.to_builtins(self)
        return kwargs

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, Any]) -> Self:
        """The payload in a job's kwargs; keys it does not declare (``userId``) are left to others."""
        return msgspec.convert(dict(kwargs), cls)


def job_owner(kwargs: Mapping[str, Any] | None) -> UUID:
    """The person a job runs for (``userId``, written by ``JobService.enqueue_for_user``)."""
    return UUID(str((kwargs or {})["userId"]))


def task_name(task: Callable[..., Any]) -> str:
    """The name SAQ registers a task function under (its ``__name__``)."""
    return task.__name__
