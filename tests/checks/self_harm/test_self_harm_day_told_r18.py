"""A day or a date told for an object-less "it" ("it's happening on the 9th", "the date is
the 22nd", "doing it after finals") is a readiness phrase (rec18): beside a second finality
phrase, means or a set time it is the writer's plan, intent; alone, or with an event named,
a party, a race or a move."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "I'm here. What's been happening?"


@pytest.mark.parametrize(
    "turns",
    [
        ("i've made my peace with it. doing it after finals",),
        ("gave my dog to my sister. the date is the 3rd",),
        ("i've wrapped everything up. doing it on my birthday",),
        ("i want to die", _ASK, "it's happening on the 9th"),
        ("i wish i was dead", _ASK, "nothing helps. the date is the 14th"),
    ],
)
def test_a_day_told_beside_a_plan_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("it's happening tomorrow!! the wedding!!",),
        ("the date is the 12th, can't wait to move into the new flat",),
        ("doing it on the 5th, my first half marathon",),
        ("we're doing it after the exams, a big trip to spain",),
        ("so stressed about work", _ASK, "the interview? it's happening on monday"),
        ("my return date is the 7th and my manager wants a phased plan",),
        ("the surgery is booked. it's happening on the 3rd, i'm nervous",),
    ],
)
def test_a_day_told_alone_is_an_event(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
