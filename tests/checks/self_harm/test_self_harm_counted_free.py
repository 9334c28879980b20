"""Risk named as over without a date (see _left_behind): a counted stretch without it,
a word of abstinence opening the sentence, a former self. Told beside a relapse, a next
time, or as a goal or a struggle, it stays risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("day 412 without self harm and i only noticed because of the app",),
        ("250 days without cutting, my sister made me a cake",),
        ("i've now gone a whole year without self harming. weird feeling",),
        ("Free from self-harm 18 months as of this morning, bought myself flowers",),
        ("clean from cutting since last spring and honestly proud of it",),
        ("Eight months clean from self harm today, so i made a cake",),
        ("my counsellor asked what my younger suicidal self would say to me now",),
        ("i gained so much weight during my suicidal phase, is that common?",),
        ("3 years clean from self harm, i still have the scars but i don't mind them",),
    ],
)
def test_a_counted_stretch_or_a_former_self_is_the_past(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("day 412 without self harm. but tonight i want to cut",),
        ("400 days clean from self harm", "Congratulations!", "i cut again last night"),
        ("how do i go a full week without self harm",),
        ("i struggle to go 2 days without cutting",),
        ("since my suicidal phase began i can't sleep",),
        ("i'm in my suicidal phase again",),
        ("my old suicidal self is back",),
        ("two weeks clean from cutting today and i want to cut so bad",),
        ("i still have the scars and i cut again yesterday",),
    ],
)
def test_a_relapse_a_goal_or_a_return_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
