"""The OpenAPI document made to say exactly what the API does.

Litestar writes each operation's success response and its 400, but not the
refusals that guards, path lookups and strict bodies produce, it calls every
request body required, and it does not say that a struct with
``forbid_unknown_fields`` refuses other fields. ``make_exact`` adds what the
routes themselves declare (their guards, path parameters, body defaults and
``opt={"refuses": ("409",)}``) to the document once, when the app is built, so
nothing is written twice by hand.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import msgspec
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.spec import OpenAPI, OpenAPIMediaType, OpenAPIResponse, Operation, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIType
from litestar.routes import HTTPRoute
from litestar.types import Guard

ERROR_BODY = Schema(
    type=OpenAPIType.OBJECT,
    required=["status_code", "detail"],
    properties={
        "status_code": Schema(type=OpenAPIType.INTEGER),
        "detail": Schema(type=OpenAPIType.STRING),
        "extra": Schema(),
    },
    description="A refusal: the status again and one sentence saying why.",
)
REFUSALS = {
    "400": "The request cannot be served as it stands; ``detail`` says why (and ``extra`` names the field).",
    "401": "No valid bearer token (none, unknown, or revoked).",
    "403": "The token's account is not an operator.",
    "404": "No such thing for this account (another account's answers the same).",
    "409": "The thing's state forbids the request now (a job that already finished, a demo account's own).",
}
REFUSES = "refuses"
"""A handler's ``opt`` key: statuses besides those its guards and path imply, e.g. ``("409",)``."""


def make_exact(app: Litestar, *, signed_in: Collection[Guard], operators: Collection[Guard]) -> OpenAPI:
    """Complete the app's document: refusals by guard and path, optional bodies, closed objects.

    ``signed_in``: guards that answer 401 without a valid token; ``operators``: guards that also
    answer 403 to an account that is not an operator.

    A body that may be left out has an instance of its struct as default, never ``None``: Litestar
    converts bodies in msgspec's lax mode, which reads the JSON *string* ``"null"`` as ``None`` for
    ``X | None``, so such a handler accepted a body its schema refuses.
    """
    document = app.openapi_schema  # built once and cached: the served document is this object
    strict: set[str] = set()
    for path, method, handler in _operations(app):
        operation = _operation(document, path, method)
        if operation is None:
            continue
        guards = handler.resolve_guards()
        if any(guard in signed_in or guard in operators for guard in guards):
            _refuse(operation, "401")
        if any(guard in operators for guard in guards):
            _refuse(operation, "403")
        if "{" in path:
            _refuse(operation, "404")
        data = handler.parsed_fn_signature.parameters.get("data")
        for status in handler.opt.get(REFUSES, ()):
            _refuse(operation, status)
        if data is not None and isinstance(operation.request_body, RequestBody):
            operation.request_body.required = not data.has_default
            strict |= _closed_structs(data.annotation)
    for name, schema in (document.components.schemas or {}).items():
        if name.rsplit(".", 1)[-1] in strict and isinstance(schema, Schema):
            schema.additional_properties = False
    return document


def _operations(app: Litestar) -> Iterator[tuple[str, str, HTTPRouteHandler]]:
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            if handler.resolve_include_in_schema():
                for method in handler.http_methods:
                    yield route.path_format or "/", method.lower(), handler


def _operation(document: OpenAPI, path: str, method: str) -> Operation | None:
    item = (document.paths or {}).get(path)
    operation = getattr(item, method, None) if item is not None else None
    return operation if isinstance(operation, Operation) else None


def _refuse(operation: Operation, status: str) -> None:
    responses = operation.responses if operation.responses is not None else {}
    responses.setdefault(
        status,
        OpenAPIResponse(
            description=REFUSALS[status], content={"application/json": OpenAPIMediaType(schema=ERROR_BODY)}
        ),
    )
    operation.responses = responses


def _closed_structs(annotation: Any) -> set[str]:
    """Names of the structs in a body type that refuse unknown fields, nested ones included."""
    try:
        pending = [msgspec.inspect.type_info(annotation)]
    except (TypeError, ValueError):
        return set()  # not a type msgspec knows (a multipart upload): nothing to close
    names: set[str] = set()
    seen: set[type] = set()
    while pending:
        info = pending.pop()
        if isinstance(info, msgspec.inspect.StructType):
            if info.cls in seen:
                continue
            seen.add(info.cls)
            if info.forbid_unknown_fields:
                names.add(info.cls.__name__)
            pending += [field.type for field in info.fields]
        pending += _inner_types(info)
    return names


def _inner_types(info: msgspec.inspect.Type) -> list[msgspec.inspect.Type]:
    """The types inside a union, a container or a metadata wrapper."""
    inner = [getattr(info, name, None) for name in ("type", "item_type", "key_type", "value_type")]
    inner += list(getattr(info, "types", ()) or ()) + list(getattr(info, "item_types", ()) or ())
    return [t for t in inner if isinstance(t, msgspec.inspect.Type)]
