"""A day or a month set for "it" after the writer's wish ("i want to die. i'm doing it on
friday") is a plan, intent; alone, or after everyday stress, it is a race, a clear-out or a
party."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "That sounds so painful. What's been going on?"


@pytest.mark.parametrize(
    "turns",
    [
        ("i don't want to be alive anymore. i'm doing it on thursday",),
        ("i wish i was dead", _ASK, "everything. im doing it next weekend"),
        ("i want to die", _ASK, "nothing will change. i've planned it for october"),
    ],
)
def test_a_set_day_after_the_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("im doing it on saturday, first marathon!",),
        ("so stressed with work. i'm doing it next weekend, the big clear out",),
        ("we planned it for christmas, the whole family is coming",),
        ("my sister said she wants to die. she's doing it on friday, the bungee jump",),
    ],
)
def test_a_set_day_without_the_writers_wish_is_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE
