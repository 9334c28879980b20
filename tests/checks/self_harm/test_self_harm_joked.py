"""A risk phrase taken back as a joke in the same message ("kms jk") reads as distress;
a joke marker that goes on ("jk but…"), comes first, is negated, is someone else's view
("everyone thinks i'm joking"), or stands beside intent, means or a time does not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "kms jk, i just locked myself out again",
        "my sister borrowed my charger and lost it. i'd rather be dead lol. jk jk",
        "this quiz makes me want to unalive myself (not being serious)",
        "i want to die just kidding, the printer jammed again",
    ],
)
def test_risk_taken_back_as_a_joke_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to die jk but honestly sometimes i do",
        "i want to die and everyone thinks i'm joking",
        "kms jk. i actually want to die though",
        "i'm not joking, i want to kill myself",
        "jk i want to kill myself",
        "i want to die lol jk unless?",
        "i want to kill myself tonight jk",
        "i've got the pills here and i want to die jk",
    ],
)
def test_a_marker_that_takes_nothing_back_leaves_the_risk(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


def test_a_next_turn_going_on_gives_the_joke_back_its_level() -> None:
    going_on = "...unless? 🙃 i'd sign up if someone offered"
    assert user_turns_level("i want to die lol jk", going_on) >= L.PASSIVE
    assert user_turns_level("i want to die lol jk", "anyway the quiz was fine") < L.PASSIVE
