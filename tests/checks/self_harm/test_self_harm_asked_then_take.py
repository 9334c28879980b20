"""A question about amounts that harm, then "them" / "it" taken with "all" or a time of
now, in the same message or the next user turn, is intent or above (see
``_asked_then_take``); a dose question followed by an everyday dose is not. A life "over
with" a season is being done with it, not a wish for death."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "how many of those would be too many? i want to take them tonight",
        "whats a fatal dose of codeine. gonna swallow them all after dinner",
        "how much aspirin would be lethal? taking them all tonight",
    ],
)
def test_a_lethality_question_then_them_taken_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


def test_the_announcement_in_the_next_turn_counts() -> None:
    assert user_turns_level("what's the deadly amount of tylenol?", "going to take them now") >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "how many ibuprofen can i take a day? i'll take them with food tonight",
        "what's the max dose of tylenol? i'll take them all day as needed",
        "how many of these would be too many? asking about the cupcakes for the party",
    ],
)
def test_a_dose_question_then_an_everyday_dose_is_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_an_announcement_two_turns_after_the_question_is_not_licensed() -> None:
    level = user_turns_level("how many of these would be too many?", "ok thanks", "gonna take them tonight")
    assert level < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want my life to be over with these finals already",
        "honestly want this life to be over with the exam season",
    ],
)
def test_a_life_over_with_a_season_is_not_a_wish(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_a_bare_life_over_with_stays_a_wish() -> None:
    assert rules_level("i just want my life to be over with") == L.PASSIVE
