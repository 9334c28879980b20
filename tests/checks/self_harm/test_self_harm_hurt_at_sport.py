"""A part of the body hurt at a sport or a physical task ("hurt my wrist playing tennis",
"hurt my back lifting boxes") is an injury, as "hurt myself skiing" already was; hurt on
purpose, again, with a razor, or "at work" (a cover story as often as a reason) stays
self-harm."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel

INJURED = [
    "i hurt my wrist playing tennis",
    "hurt my arm climbing yesterday",
    "hurt my hands playing guitar for 6 hours lol",
    "i hurt my leg skiing and now i can't do anything",
]


@pytest.mark.parametrize("text", INJURED)
def test_a_body_part_hurt_at_a_sport_is_no_self_harm(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


SELF_HARM = [
    "hurt my arm playing with the razor again",
    "i hurt my arm on purpose after training",
    "i hurt my wrists again last night",
    "i hurt my hand at work, well, i hurt it myself",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_a_body_part_hurt_on_purpose_stays_self_harm(text: str) -> None:
    assert rules_level(text) >= L.IDEATION
