"""The writer's act told as under way on a set day ("i'm killing myself next weekend") is a
plan, intent; the same words as a thought, someone else's, denied, about a lease, a workout
or a gig, or with "on the" drive, stay below intent."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "i'm killing myself next weekend",
        "honestly im ending my life on saturday. nobody will be home",
        "I am taking my own life tomorrow, I just wanted someone to know",
        "i kms tmrw fr",
        "im unaliving myself this sunday",
    ],
)
def test_the_act_on_a_set_day_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "im thinking about killing myself this weekend",
        "thought about ending my life on the drive home again",
        "i'm killing myself at the gym on saturday lol, leg day",
        "im killing it on saturday at the gig",
        "i'm ending my lease next month and moving in with my sister",
        "my brother said he's killing himself next weekend",
        "i'm not killing myself next week, calm down",
    ],
)
def test_the_same_words_without_a_plan_of_ones_own_are_below_intent(text: str) -> None:
    assert rules_level(text) < L.INTENT
