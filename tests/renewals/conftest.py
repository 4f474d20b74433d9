"""The people and worker fixtures of the job tests, shared with this domain's tests."""

from tests.jobs.conftest import alice, bob, make_queue, operator, spawn, start_workers

__all__ = ["alice", "bob", "make_queue", "operator", "spawn", "start_workers"]
