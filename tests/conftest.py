"""Shared fixtures: fake check types, and the location of the shared data sets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from safeguard import _registry
from tests.fakes import FAKES

# Hypothesis' per-example deadline is a timing assertion: on a loaded CI machine a first
# example that loads data can exceed it. Speed is measured in benchmarks/, not here.
settings.register_profile("safeguard", deadline=None)
settings.load_profile("safeguard")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the fake check types resolvable for one test."""
    monkeypatch.setattr(_registry, "BUILTIN_CHECKS", {**_registry.BUILTIN_CHECKS, **FAKES})
    _registry.resolve.cache_clear()
    yield
    _registry.resolve.cache_clear()


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data``, or skip when this checkout has no shared folder beside it."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is not present")
    return path
