"""Webhooks and Apprise URLs may not reach the server's own network (SSRF), at add time or at send time."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any
from uuid import UUID

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.channels import targets
from app.notifications.channels.targets import PrivateTarget, ensure_public
from app.notifications.models import Delivery
from app.notifications.preferences import email_channel
from app.notifications.service import NotificationService
from tests.notifications.conftest import NOT_DUE, Person, create_person, deliveries, eventually
from tests.notifications.servers import HttpReceiver, http_receiver

Client = AsyncTestClient[Litestar]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The production default: private targets refused."""
    return dataclasses.replace(settings, allow_private_targets=False)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "[::1]",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
async def test_loopback_private_and_link_local_addresses_are_refused(host: str) -> None:
    with pytest.raises(PrivateTarget, match="not allowed"):
        await ensure_public(host, allow_private=False)
    await ensure_public(host, allow_private=True)


async def test_public_addresses_and_unresolvable_names_pass() -> None:
    await ensure_public("93.184.216.34", allow_private=False)
    await ensure_public("2606:4700::1111", allow_private=False)
    await ensure_public("no-such-host.invalid", allow_private=False)  # the send fails on its own


async def test_adding_a_private_target_is_a_400_naming_the_url(settings: Settings, client: Client) -> None:
    person = await create_person(settings, "ssrf@example.com")
    for path, url in (
        ("/api/notifications/webhooks", "http://127.0.0.1:9/hook"),
        ("/api/notifications/webhooks", "http://169.254.169.254/latest/meta-data/"),
        ("/api/notifications/webhooks", "https://localhost/hook"),
        ("/api/notifications/channels", "json://10.0.0.7/notify"),
        ("/api/notifications/channels", "ntfy://192.168.1.2/topic"),
        ("/api/notifications/channels", "gotify://[::1]/token"),
    ):
        response = await client.post(path, json={"url": url}, headers=person.headers)
        assert response.status_code == 400, (url, response.text)
        assert response.json()["extra"]["field"] == "url"
        assert "not allowed as a target" in response.json()["detail"]
    channels = (await client.get("/api/notifications/channels", headers=person.headers)).json()
    assert [c["kind"] for c in channels] == ["email"], "nothing was stored"


async def test_services_at_fixed_addresses_are_not_mistaken_for_hosts(
    settings: Settings, client: Client
) -> None:
    """A Discord or Telegram URL's "host" is an id (``discord://1234567890/…`` reads as an IPv4 number)."""
    person = await create_person(settings, "fixed@example.com")
    for url in ("discord://1234567890/token", "tgram://123456:ABC/987", "ntfys://mytopic"):
        added = await client.post("/api/notifications/channels", json={"url": url}, headers=person.headers)
        assert added.status_code == 201, (url, added.text)


async def test_a_target_that_became_private_is_not_sent_to(
    settings: Settings, client: Client, worker: None
) -> None:
    """Stored while allowed (or resolving elsewhere then): the send-time check refuses, for good, no retry."""
    person = await create_person(settings, "later@example.com", renews_in=NOT_DUE)
    with http_receiver() as receiver:
        allowed = dataclasses.replace(settings, allow_private_targets=True)
        async with standalone_session(settings) as session:
            (await email_channel(session, person.id)).enabled = False
            await NotificationService(session, allowed).add_webhook(person.id, receiver.url + "/hook", None)
        started = await client.post(
            "/api/notifications/test", json={"channel": "webhook"}, headers=person.headers
        )
        assert started.status_code == 202

        async def failed() -> bool:
            return [d.status for d in await deliveries(settings, person.id)] == ["failed"]

        await eventually(failed)
    [row] = await deliveries(settings, person.id)
    assert row.attempts == 1, "a refusal no retry can change is not retried"
    assert "127.0.0.1" in (row.answer or "")
    assert "not allowed" in (row.answer or "")
    assert receiver.received == []


REBINDING = "rebinding.example"
STANDS_FOR_PUBLIC = "127.0.0.2"
"""Plays a public server's address (no test may reach the internet); 127.0.0.1 stays private."""


@contextmanager
def _twin_receivers() -> Iterator[tuple[HttpReceiver, HttpReceiver]]:
    """A receiver at the "public" address and one at 127.0.0.1, on the same port (one URL reaches either)."""
    for _ in range(50):
        with ExitStack() as stack:
            public = stack.enter_context(http_receiver(host=STANDS_FOR_PUBLIC))
            try:
                private = stack.enter_context(http_receiver(port=int(public.url.rsplit(":", 1)[1])))
            except OSError:
                continue  # that port is taken on 127.0.0.1: another pair
            yield public, private
            return
    raise RuntimeError("no port free on both addresses")


@pytest.mark.parametrize("kind", ["webhook", "apprise"])
async def test_a_name_rebound_to_a_private_address_after_the_check_is_not_reached(
    settings: Settings, client: Client, worker: None, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """DNS rebinding: the name answers the send-time check with a public address and every later lookup
    with a private one. The send connects to the address the check approved, keeping the name in Host."""
    system, is_private = targets._resolve, targets._not_public
    lookups: list[Any] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host in (REBINDING, REBINDING.encode()):
            lookups.append(host)
            host = STANDS_FOR_PUBLIC if len(lookups) == 1 else "127.0.0.1"
        return system(host, port, *args, **kwargs)

    monkeypatch.setattr(targets, "_resolve", rebinding)
    monkeypatch.setattr(targets, "_not_public", lambda raw: raw != STANDS_FOR_PUBLIC and is_private(raw))
    person = await create_person(settings, f"rebind-{kind}@example.com", renews_in=NOT_DUE)
    with _twin_receivers() as (public, private):
        port = public.url.rsplit(":", 1)[1]
        scheme = "http" if kind == "webhook" else "json"
        row = await _send_a_test(settings, client, person, kind, f"{scheme}://{REBINDING}:{port}/hook")
    assert private.received == [], "the private address behind the rebound name was reached"
    assert (row.status, len(public.received)) == ("sent", 1), row.answer
    assert public.received[0].headers["host"] == f"{REBINDING}:{port}"
    assert lookups, "the name was looked up (by the check)"


FAILOVER = "failover.example"
REFUSES = "127.0.0.3"
"""Plays the name's first public address, where nothing takes connections."""


@pytest.fixture
def two_public_addresses(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """``FAILOVER`` resolves to ``REFUSES`` then ``STANDS_FOR_PUBLIC``, both taken for public; the
    name's lookups are recorded."""
    system, is_private = targets._resolve, targets._not_public
    lookups: list[Any] = []

    def two_addresses(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host in (FAILOVER, FAILOVER.encode()):
            lookups.append(host)
            return system(REFUSES, port, *args, **kwargs) + system(STANDS_FOR_PUBLIC, port, *args, **kwargs)
        return system(host, port, *args, **kwargs)

    monkeypatch.setattr(targets, "_resolve", two_addresses)
    monkeypatch.setattr(
        targets, "_not_public", lambda raw: raw not in (REFUSES, STANDS_FOR_PUBLIC) and is_private(raw)
    )
    return lookups


@contextmanager
def _held_port(host: str, port: int = 0) -> Iterator[int]:
    """A socket bound but not listening: connecting to ``host:port`` is refused, whatever else runs."""
    with socket.socket() as held:
        held.bind((host, port))
        yield held.getsockname()[1]


@contextmanager
def _refusing_then_receiving() -> Iterator[HttpReceiver]:
    """A receiver at ``STANDS_FOR_PUBLIC``; its port refused at ``REFUSES``."""
    for _ in range(50):
        with ExitStack() as stack:
            receiver = stack.enter_context(http_receiver(host=STANDS_FOR_PUBLIC))
            try:
                stack.enter_context(_held_port(REFUSES, int(receiver.url.rsplit(":", 1)[1])))
            except OSError:
                continue  # that port is taken on REFUSES: another pair
            yield receiver
            return
    raise RuntimeError("no port free on both addresses")


async def _add_target(settings: Settings, person_id: UUID, kind: str, url: str) -> None:
    """The target alone (the account's email turned off), stored without a lookup."""
    allowed = dataclasses.replace(settings, allow_private_targets=True)
    async with standalone_session(settings) as session:
        (await email_channel(session, person_id)).enabled = False
        service = NotificationService(session, allowed)
        if kind == "webhook":
            await service.add_webhook(person_id, url, None)
        else:
            await service.add_apprise(person_id, url, None)


async def _send_a_test(settings: Settings, client: Client, person: Person, kind: str, url: str) -> Delivery:
    """The person's one target set to ``url``, sent a test message: the delivery once it has ended."""
    await _add_target(settings, person.id, kind, url)
    started = await client.post("/api/notifications/test", json={"channel": kind}, headers=person.headers)
    assert started.status_code == 202

    async def ended() -> bool:
        return [d.status for d in await deliveries(settings, person.id)] in (["sent"], ["failed"])

    await eventually(ended, within=60)
    [row] = await deliveries(settings, person.id)
    return row


@pytest.mark.parametrize("kind", ["webhook", "apprise"])
async def test_a_send_tries_the_next_checked_address_when_the_first_refuses(
    settings: Settings, client: Client, worker: None, two_public_addresses: list[Any], kind: str
) -> None:
    """The name's first public address refuses connections: the same attempt goes on to the second, and to
    nothing the check did not approve (the name is looked up once, by the send-time check)."""
    person = await create_person(settings, f"failover-{kind}@example.com", renews_in=NOT_DUE)
    with _refusing_then_receiving() as receiver:
        port = receiver.url.rsplit(":", 1)[1]
        scheme = "http" if kind == "webhook" else "json"
        row = await _send_a_test(settings, client, person, kind, f"{scheme}://{FAILOVER}:{port}/hook")
    assert (row.status, row.attempts, len(receiver.received)) == ("sent", 1, 1), row.answer
    assert receiver.received[0].headers["host"] == f"{FAILOVER}:{port}"
    assert two_public_addresses == [FAILOVER]


async def test_a_webhook_whose_every_checked_address_refuses_fails_naming_each(
    settings: Settings, client: Client, worker: None, two_public_addresses: list[Any]
) -> None:
    """Every address refuses: retried (a server may come back), then failed with each address's answer."""
    person = await create_person(settings, "failover-none@example.com", renews_in=NOT_DUE)
    with _held_port(REFUSES) as port, _held_port(STANDS_FOR_PUBLIC, port):
        row = await _send_a_test(settings, client, person, "webhook", f"http://{FAILOVER}:{port}/hook")
    assert row.status == "failed"
    assert row.attempts == 4, "the first attempt and 3 retries"
    assert (row.answer or "").startswith("could not reach the endpoint: ")
    assert f"{REFUSES}: ConnectError" in (row.answer or "")
    assert f"{STANDS_FOR_PUBLIC}: ConnectError" in (row.answer or "")
