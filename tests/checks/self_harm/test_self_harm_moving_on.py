""""Moving on from this life" is leaving it; moving on from a chapter, a job or "this world
of retail" is not."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text", ["goodbye everyone. i am moving on from this life", "time to move on from this world"]
)
def test_moving_on_from_life_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "moving on from this life chapter, new city new me",
        "moving on from this world of retail, new job monday",
        "i moved on from this job and i'm so much happier",
        "this is goodbye to my flat, moving on from this place",
    ],
)
def test_moving_on_from_a_chapter_is_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
