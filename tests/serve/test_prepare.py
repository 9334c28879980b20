"""``prepare``: a guard's check data is loaded before the first request, then the heap is frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from safeguard._guard import Guard
from safeguard._policy_load import parse_policy
from safeguard.checks.pii import PiiCheck
from safeguard.serve._prepare import prepare


@pytest.fixture(autouse=True)
def _unfreeze() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_check_data_is_loaded_and_the_heap_frozen() -> None:
    guard = Guard()
    pii = next(b.check for b in guard.engine.checks if isinstance(b.check, PiiCheck))
    assert pii._analyzer is None  # lazy until the first check
    gc.unfreeze()
    prepare(guard)
    assert pii._analyzer is not None
    assert gc.get_freeze_count() > 0


def test_a_check_that_fails_closed_does_not_stop_the_server_from_starting(
    fake_registry: None, caplog: pytest.LogCaptureFixture
) -> None:
    guard = Guard(parse_policy("name: t\nchecks:\n  - type: crashing\n    fail: closed\n"))
    prepare(guard)  # must not raise
    assert "warming the guard failed: CheckError" in caplog.text
