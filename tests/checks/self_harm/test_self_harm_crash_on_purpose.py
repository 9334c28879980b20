"""A crash made on purpose ("i drove into the barrier on purpose today") is an attempt:
intent. Someone else's crash is not the writer's."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i swerved into a tree on purpose last week",
        "wrecked the car on purpose on sunday. everyone thinks i fell asleep",
    ],
)
def test_a_crash_on_purpose_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "my brother crashed the car on purpose to get the insurance",
        "i dropped my phone on purpose to get a new one",
        "in mario kart i crashed my car on purpose lol",  # a game named in the sentence
        "crashed the car on purpose in forza to get the achievement",
    ],
)
def test_others_crashes_and_everyday_on_purpose_are_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
