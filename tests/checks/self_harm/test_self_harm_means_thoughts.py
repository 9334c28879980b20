"""Thoughts of the act in new words (a car turned into water or oncoming traffic, "how easy
it would be to end it", "thinking to finish myself", "making end to my life") are ideation;
driving advice, a relationship ended and an end to a stage of life stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i drive trucks overnight. keep thinking about just drifting into oncoming",
        "on the drive home I think about turning the wheel into the estuary",
        "sitting in the car park at lunch thinking about how easy it would be to end it",
        "bhai i am thinking to finish myself since two weeks",
        "i think every day about making end to my life",
    ],
)
def test_thoughts_of_the_act_are_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "if you skid, turn the wheel into the skid",
        "how easy would it be to end it with him after five years",
        "we are making an end to my life as a student with a big party",
        "I've been thinking about the gun control debate",
        "I'm thinking about the rifle for deer season",
        "the oncoming traffic was terrible on the motorway today",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
