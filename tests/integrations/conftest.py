"""Fixtures: a guard on deterministic fake checks, and the real default guard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from safeguard import _registry
from safeguard._guard import Guard
from safeguard._policy import Policy
from tests.integrations.fakes import FAKES

RULES = [
    {"id": "crisis", "when": {"check": "self_harm", "min_level": "passive"}, "action": "augment"},
    {"id": "unsafe", "when": {"check": "safe_messaging", "where": "output"}, "action": "block"},
    {"id": "honest", "when": {"check": "overpromise", "where": "output"}, "action": "rewrite"},
    {"id": "pii-in", "when": {"check": "pii", "where": "input"}, "action": "redact"},
    {"id": "pii-out", "when": {"check": "pii", "where": "output"}, "action": "redact"},
]


def fake_policy(**overrides: object) -> Policy:
    """The default policy's rules over the fake checks."""
    checks = [
        {"type": "fake_risk", "id": "self_harm"},
        {"type": "fake_method", "id": "safe_messaging"},
        {"type": "fake_promise", "id": "overpromise"},
        {"type": "fake_pii", "id": "pii"},
    ]
    data: dict[str, object] = {"name": "fake", "checks": checks, "rules": RULES, **overrides}
    return Policy.model_validate(data)


@pytest.fixture
def fake_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the fake check types resolvable."""
    monkeypatch.setattr(_registry, "BUILTIN_CHECKS", {**_registry.BUILTIN_CHECKS, **FAKES})
    _registry.resolve.cache_clear()
    yield
    _registry.resolve.cache_clear()


@pytest.fixture
def fake_guard(fake_checks: None) -> Guard:
    """A guard whose checks are the deterministic fakes."""
    return Guard(fake_policy())


@pytest.fixture(scope="session")
def real_guard() -> Guard:
    """The shipped default policy with the real checks."""
    return Guard()
