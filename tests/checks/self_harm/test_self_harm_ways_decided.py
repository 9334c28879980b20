"""Ways pictured after a wish ("i've imagined it a few ways", "the method changes every
day") are ideation; a decision not to be there at a time with the how known ("i've decided
i'm not gonna be here tomorrow. i know how i'm doing it") is intent. The same words about
other things stay low."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("fantasizing about dying again. the method changes every day",),
        (
            "you ever think about how easy it'd be to just stop existing",
            "Is it about you?",
            "yea. i've imagined it a few ways",
        ),
    ],
)
def test_ways_pictured_after_a_wish_are_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "i've decided i'm not gonna be here tomorrow when they come. i know how i'm doing it",
        "there's no way out. i've decided i won't be alive by friday",
    ],
)
def test_a_decision_not_to_be_there_is_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "the teaching method changes every year at my school",
        "i've imagined it a few ways, the kitchen could be blue or green",
        "i've decided i'm not gonna be here for the party, i'll be at my mum's",
        "i know how i'm doing it, the cake goes in at six",
    ],
)
def test_the_same_words_about_other_things_stay_low(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
