"""Structured JSON logs (structlog) for every process, with the request id or job id of the moment.

Application code keeps logging through the standard library; structlog renders
every record, ours and those of uvicorn, Litestar, SAQ and httpx, as one JSON
object per line. Ids are bound in context variables (the request id by
``operations.requests``, a job's id and queue by the worker, through ``bound``) and merged
into each record logged while they are bound.
Secrets are scrubbed twice over: the record factory of ``install_log_redaction``
cleans the message, and ``_redact_values`` cleans every field.
"""

from __future__ import annotations

import logging
import random
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import structlog
from structlog.typing import EventDict, WrappedLogger

from app.lib.security import install_log_redaction, redact

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_HANDLER_NAME = "subscout-json"


def _redact_values(_logger: WrappedLogger, _name: str, event: EventDict) -> EventDict:
    return {key: redact(value) if isinstance(value, str) else value for key, value in event.items()}


def json_formatter() -> structlog.stdlib.ProcessorFormatter:
    """Renders any standard-library record as JSON: time, level, logger, event, ids, extras, traceback."""
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.ExtraAdder(),
            structlog.processors.TimeStamper(fmt="iso", utc=True),
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            _redact_values,
            structlog.processors.JSONRenderer(),
        ],
    )


def configure_logging(level: int = logging.INFO) -> None:
    """One JSON handler on the root logger (idempotent); every other logger propagates to it."""
    install_log_redaction()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(json_formatter())
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "saq"):
        named = logging.getLogger(name)
        named.handlers.clear()
        named.propagate = True
    logging.getLogger("ofxtools").setLevel(logging.WARNING)


def request_id_from(header: str | None) -> str:
    """The caller's id when it looks like one (a proxy's), else a fresh one."""
    if header and _VALID_REQUEST_ID.match(header):
        return header
    # 128 random bits, as unique as uuid4().hex; an id for logs is no secret, and the OS's
    # random source costs a system call, which here was 3 % of a status poll's CPU.
    # (``random`` reseeds itself in a forked worker, so workers do not repeat each other.)
    return f"{random.getrandbits(128):032x}"


@contextmanager
def bound(**ids: str) -> Iterator[None]:
    """Ids merged into every record logged inside the block (this task only)."""
    with structlog.contextvars.bound_contextvars(**ids):
        yield
