"""The ``pipeline`` fixture: the OpenTelemetry SDK's in-memory exporters for one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.telemetry._support import Pipeline, make_pipeline, shutdown


@pytest.fixture
def pipeline() -> Iterator[Pipeline]:
    made = make_pipeline()
    yield made
    shutdown(made)
