"""Session 20, the passive/ideation boundary read one rung too low.

A wish not to wake hoped or prayed for with "not to" or "i'll", or named as what would suit
the writer, and not existing named as the easier or better state are passive (FORMAT.md: a
wish to be dead); waking someone else, an early start and not existing online are not.
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "most nights i pray not to wake up",
        "i've been hoping to never wake up again",
        "i keep hoping i'll just never wake up",
        "honestly i'd be glad to just not wake up",
        "some days it feels like it'd be simpler not to exist",
        "i think it would be kinder to everyone to not exist",
        "i'd really love to just not exist",
        "i'd be okay if i didn't exist tbh",
        "everyone would have it easier if i hadn't been born",
        "if there was a button so i'd never have existed i'd push it",
    ],
)
def test_wish_not_to_wake_or_exist_in_everyday_words_is_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "trying to tiptoe in at 2am and hoping not to wake up the whole house",
        "praying i don't wake up my flatmate when i get in from the late shift",
        "i'd be happy to never wake up at 5 again once this contract ends",
        "so glad not to wake up early for work tomorrow",
        "i hope i'll never have to wake up at 5 again",
        "honestly it's simpler not to exist on social media these days",
        "i'd love to not exist online for a bit, the comments are wild",
    ],
)
def test_waking_others_early_starts_and_online_absence_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("i don't want to be alive and lately i've been thinking about doing something about it",),
        ("i wish i was dead", "and i've been thinking about making that happen"),
        ("i'd rather be dead. i want to make that happen",),
        ("some nights i picture being dead and think i could make it happen",),
        ("i'd rather not be alive, like me making it happen, not just wishing",),
        ("i want to die", "i keep thinking of how to not be around anymore"),
    ],
)
def test_a_wish_to_be_dead_acted_on_in_thought_is_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("the gutter's been leaking for weeks and i keep thinking about doing something about it",),
        ("a road trip across japan is my dream and i want to make it happen",),
        ("we could make that happen if the budget allows",),
        ("thinking about how to not be around when my in-laws visit lol",),
    ],
)
def test_the_same_words_without_a_wish_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "honestly i just want to be done with it all",
        "i wanna be done with everything, i'm so tired of living",
    ],
)
def test_done_with_it_all_wished_for_is_at_least_passive(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to be done with it all by friday so the weekend's free",
        "wanna be done with everything before 5 so i can catch the match",
        "i'm done with this semester",
    ],
)
def test_done_with_a_task_by_a_time_stays_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
