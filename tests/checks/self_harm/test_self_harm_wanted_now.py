"""An urge or a want said with "now" or "tonight" ("the urge to cut is so strong rn", "i
want to hurt myself so bad right now") is active ideation: the time belongs to the wanting.
An act said with a time ("i'm cutting myself right now", "i'm going to hurt myself
tonight") is still read as acting now."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "the urge to self harm is so strong rn",
        "i really want to hurt myself right now",
        "i wanna cut myself so bad tonight",
        "the urges to hurt myself are loud tonight",
    ],
)
def test_an_urge_now_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "i'm cutting myself right now",
        "i'm going to hurt myself tonight",
        "i want to hurt myself. i'm going to cut myself tonight",
        "im hurting myself rn",
    ],
)
def test_an_act_now_is_still_at_least_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


def test_a_suicide_want_with_a_time_keeps_the_time() -> None:
    assert user_turns_level("i want to end it tonight") >= L.INTENT
