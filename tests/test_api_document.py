"""The OpenAPI document describes exactly the API: schemathesis against a real web process.

Every documented operation is called with generated requests (valid and
invalid) under a real bearer token; each answer must be one the document
lists, in the shape it gives, and none may be a server error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import BaseSchema as OpenApiSchema
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from tests.stack import Stack

EXAMPLES_PER_OPERATION = 12
"""Bounded: about 45 operations x 12 requests keeps the run near half a minute."""
EMAIL = "schema@example.test"
CONFIG = SchemathesisConfig.from_str("[generation]\nallow-extra-parameters = false\n")
"""Undeclared query parameters are ignored, as HTTP APIs do; undeclared body fields are still refused."""
NOT_CHECKED = [schemathesis.checks.positive_data_acceptance]
"""A schema-valid body can still be refused by a rule no schema states (an unknown connected account,
an IMAP host that does not answer, Plaid not configured): that 400 is documented, not a mismatch."""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = Stack(tmp_path_factory.mktemp("api-document")).start(workers=0)
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def token(stack: Stack) -> str:
    stack.cli("users", "create", EMAIL, "--demo-data")
    return stack.cli("tokens", "create", EMAIL).strip().split()[-1]


@pytest.fixture(scope="module")
def api_document(stack: Stack) -> OpenApiSchema:
    document = schemathesis.openapi.from_url(f"{stack.base_url}/schema/openapi.json", config=CONFIG)
    # Deleting the account would end the run: every later request would rightly answer 401.
    return document.exclude(path="/api/me", method="DELETE")


def test_no_page_route_is_in_the_api_document(api_document: OpenApiSchema) -> None:
    paths = list(api_document.raw_schema["paths"])
    assert paths, "the document lists no operation"
    assert [p for p in paths if not p.startswith("/api/")] == []


def test_optional_bodies_are_optional_and_strict_bodies_refuse_unknown_fields(
    api_document: OpenApiSchema,
) -> None:
    raw = api_document.raw_schema
    scan = raw["paths"]["/api/detection/scan/email"]["post"]
    assert scan["requestBody"]["required"] is False
    patch = raw["paths"]["/api/subscriptions/{subscription_id}"]["patch"]
    assert patch["requestBody"]["required"] is True
    assert raw["components"]["schemas"]["SubscriptionPatch"]["additionalProperties"] is False
    assert {"401", "404"} <= set(patch["responses"])
    cancel = raw["paths"]["/api/detection/jobs/{queue}/{job_id}"]["delete"]
    assert "409" in cancel["responses"]
    assert "403" in raw["paths"]["/api/operator/jobs"]["get"]["responses"]


def test_every_answer_is_one_the_document_lists(api_document: OpenApiSchema, token: str) -> None:
    """Valid and invalid requests to every operation; all failures are reported together."""
    headers = {"Authorization": f"Bearer {token}"}
    failures = []
    for result in api_document.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            def call(case: schemathesis.Case) -> None:
                case.call_and_validate(headers=headers, excluded_checks=NOT_CHECKED)

            try:
                call()
            except (Exception, BaseExceptionGroup) as exc:  # every operation's failure is collected
                failures.append(f"{operation.label} ({mode.value}): {exc}")
    assert failures == [], "\n\n".join(failures)


def test_stack_log_has_no_traceback(stack: Stack) -> None:
    """Runs last in this module: a 500 anywhere above would have left its traceback here."""
    log = Path(stack.data_dir / "stack.log").read_text(errors="replace")
    assert "Traceback" not in log
