"""Striking oneself as a habit with its trigger ("i bang my head against the wall when i
get overwhelmed", "smash my hand against the door frame until i can't feel it") is
self-harm (ideation); a knock, the idiom of frustration and its object stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i slam my head against the wall when im overwhelmed at school",
        "been banging my head on the floor whenever the memories come back",
        "I hit my head against the wall when things get too loud",
        "i punched nothing, i just smashed my knuckles into the wall till they bled",
        "I bang my fists against the desk until the feeling goes",
    ],
)
def test_striking_oneself_with_its_trigger_is_self_harm(text: str) -> None:
    assert rules_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "been banging my head against the wall with this spreadsheet all afternoon",
        "banging my head against the wall when it comes to tax returns",
        "hit my head on the kitchen cupboard when i stood up, small bump",
        "my toddler bangs his head on the floor when he is tired, is that normal",
        "i slammed my hand in the car door, does it need an x ray",
    ],
)
def test_a_knock_or_the_idiom_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
