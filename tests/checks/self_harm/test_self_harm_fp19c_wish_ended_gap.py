"""fp19c: a past wish taken back by "i don't feel that anymore" one or two sentences later,
with the present told plainly between ("i'm in ottawa now"), is settled; "still" on a verb
of missing or loving ("i still miss him") is no recent marker. A past word or a distress
between, a wish now, or "still" on the thought itself stay risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("in the camp i wanted to die most nights. i'm in ottawa now. i don't feel that way anymore",),
        ("at nineteen i wished i was dead. i'm a plumber, two kids. i don't feel like that now. any tips?",),
        ("i used to want to die after my dad went. not anymore. i still miss him at christmas though",),
        ("during the trial i wanted to disappear. i don't anymore. we still laugh about the lawyer",),
    ],
)
def test_a_past_wish_taken_back_across_the_present_is_settled(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("in the camp i wanted to die most nights. my life is a mess now. i don't want this anymore",),
        ("at nineteen i wished i was dead. i used to have hope. i don't anymore",),
        ("in the camp i wanted to die. i'm in ottawa now. i want to die. not anymore",),
        ("i used to want to die after my dad went. not anymore. but i still think about it every night",),
        ("i used to want to die after my dad went. not anymore. i still want to sometimes",),
        ("i wanted to die last year. therapy helped. i still miss him and i still want to die",),
        ("in the camp i wanted to die. i'm home now. i don't feel that anymore. i still want to die",),
    ],
)
def test_a_wish_now_or_a_thing_between_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
