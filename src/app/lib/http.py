"""Small pieces every controller shares: the multipart upload parameter, a 400 naming its field,
the ``opt`` key that keeps a route's answers uncompressed, the ``@polled_get`` of what clients poll."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Request, get
from litestar.connection import ASGIConnection
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.params import Body


@dataclass
class FileUpload:
    """A multipart body whose file is the part named ``data``; a body without that file is a 400."""

    data: UploadFile


UNCOMPRESSED = "uncompressed"
"""A handler's ``opt`` key: its answers are never gzipped, so the compression middleware is skipped.

For what clients poll, small while it is polled: Litestar builds a gzip compressor (a zlib
stream, level 9) for every request that accepts gzip before it knows the body's size, which
cost a job-status poll (250 bytes while the job runs) about a fifth of its CPU. The finished
job's result, larger, is fetched once.
"""


class polled_get(get):
    """``@get`` for what clients poll: never gzipped (``UNCOMPRESSED``), its request is Litestar's
    plain ``Request``, and its guards are handed the route handler itself.

    The HTMX plugin's request class holds a reference cycle (the request and its ``htmx``
    details), so every request it builds is garbage for the cycle collector: about 7 % of a
    job-status poll's CPU, for headers that no API client sends.

    Litestar hands every guard a fresh shallow copy of the handler (its ~60 attributes) on every
    request, in case the guard changes it; this app's guards only read the connection. The copy was
    about a twentieth of a job-status poll's CPU.
    """

    def __init__(self, path: str, **kwargs: Any) -> None:
        super().__init__(
            path, opt={UNCOMPRESSED: True, **kwargs.pop("opt", {})}, request_class=Request, **kwargs
        )

    async def authorize_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        for guard in self.resolve_guards():
            await guard(connection, self)  # type: ignore[misc]


MultipartFile = Annotated[FileUpload, Body(media_type=RequestEncodingType.MULTI_PART)]


async def refuse_repeated_query(request: Request[Any, Any, Any]) -> None:
    """A 400 for an API call that gives one query parameter more than once (``?limit=x&limit=5``):
    every API parameter is one value, and taking the last would accept what the document refuses."""
    if not request.url.path.startswith("/api/"):
        return
    keys = [key for key, _ in request.query_params.multi_items()]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValidationException(
            f"Query parameter given more than once: {', '.join(repeated)}",
            extra=[{"key": key, "message": "given more than once", "source": "query"} for key in repeated],
        )
