"""fp21b: a past told beside a life now named by a milestone, an outing, a family or the
state named as over ("today i ran my first marathon", "now i'm planning our wedding",
"now i have four grandkids", "i'm 52 and happy", "i'm not suicidal anymore", "the dark
years are behind me") settles as the past; a risk now, a return or a recent marker beside
it stays risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("two years ago i tried to kill myself. today i finished my first triathlon. i want to cry",),
        ("in 2016 i overdosed. today i signed the lease on my own flat and i want to celebrate",),
        ("i used to wish i was dead. now i'm planning our wedding and i want it small",),
        ("i used to wish i was dead every night. today i'm taking my son to the aquarium",),
        ("i tried to end it in 1999. now i have four grandkids",),
        ("i overdosed when i was 20. i'm 52 and happy. i want to write about it",),
        ("i tried to end my life in 2009. i'm not suicidal anymore, just busy",),
        ("i used to want to die. the dark years are behind me",),
        ("i wanted to disappear in my teens. those bad days are over",),
        ("i tried to kill myself in 2009. i am now a pastor",),
    ],
)
def test_a_past_beside_a_life_now_is_settled(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i was suicidal last year and it's back",),
        ("two years ago i tried to kill myself. today i'm taking all my pills",),
        ("i used to wish i was dead. now i'm planning how to do it",),
        ("i tried to end it in 1999. now i have the pills ready",),
        ("i tried to end my life at uni. i'm not suicidal anymore. but tonight i want to die",),
        ("i used to want to die. the dark years are behind me but the thoughts are back",),
        ("i overdosed when i was 20. i'm 52 and i want to die",),
        ("i tried to kill myself last week. today i finished my first triathlon",),
        ("i'm 16 and fine at school but i want to kill myself",),
    ],
)
def test_a_risk_now_beside_a_life_now_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
