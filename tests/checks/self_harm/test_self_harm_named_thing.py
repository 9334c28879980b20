"""An answer opening by naming an everyday thing withdraws the alarm before it (see
_fragment, read by _referent). An answer naming a place, a manner, an amount or a person,
or a thing beside means or a method question, leaves it standing."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("I can't do this anymore", "I'm here. What's going on?",
         "the flatpack wardrobe. I cannot do this anymore, the instructions are pictures of screws"),
        ("i can't take it anymore", "What's happening?", "the commute. three hours a day on two trains"),
        ("i want to end it", "What's going on?", "my gym membership, they keep charging me after i moved"),
        ("i'm going to overdose", "Wait, are you okay?", "on coffee. fifth espresso and it's not even noon"),
    ],
)
def test_an_everyday_thing_named_withdraws_the_alarm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i want cut now", "Where are you right now, and is there something sharp near you?",
         "my dorm. the blade is on desk. my roommates are out"),
        ("i keep burning myself with the curling iron", "Do you mean by accident, or on purpose?",
         "on purpose. now i do it before school"),
        ("I've done something", "What have you done? Are you safe?", "Drank bleach. About ten minutes ago.",
         "Is anyone with you?", "my flatmate's at work. it burns"),
        ("i want to die", "What's going on?", "the divorce. he took the kids and i want to die"),
        ("i want to die", "What's going on?", "the phone bill. i want to die, i can't pay any of it"),
        ("I can't do this anymore", "What's going on?", "my life. all of it. every day"),
    ],
)
def test_a_place_a_manner_or_real_risk_stays(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
