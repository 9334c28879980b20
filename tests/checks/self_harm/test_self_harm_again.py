"""A return to a past act read by the rules alone (see ``_again``): a repeat word or a
plan after a past attempt or self-harm is the act again, never a repeat of something else."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules, user_turns_level

L = RiskLevel


MUST_FLAG = [
    (("i attempted at 17. i'm 30 now and i'm going to try again this weekend",), L.INTENT),
    (("i survived an attempt in 2015. now i have a plan",), L.INTENT),
    (("i used to self harm", "it's back, i did it again"), L.PASSIVE),
    (("i used to self harm", "clean for two years but i relapsed tonight"), L.PASSIVE),
    (("i used to cut myself", "i did it again last night"), L.PASSIVE),
    (("i tried to kill myself years ago and this time it will work",), L.INTENT),
    (("i attempted at 17", "i'm going to try again tonight"), L.INTENT),
]

MUST_NOT_FLAG = [
    ("i relapsed on smoking again",),
    ("i failed my driving test at 17 and i'm going to try again this weekend",),
    ("i survived an attempt in 2015 and i'm doing well again",),
    ("my friend attempted at 17, she's trying again for a promotion",),
    ("i attempted suicide years ago", "i'm going to try again at the exam"),
    ("i attempted at 17",),
    ("i attempted in 2015", "now i have a plan for my career"),
    ("i used to cut myself", "i won't do it again"),
]


@pytest.mark.parametrize(("turns", "least"), MUST_FLAG)
def test_a_return_to_a_past_act_is_flagged(turns: tuple[str, ...], least: RiskLevel) -> None:
    assert user_turns_level(*turns) >= least


def _raised_repeats(*turns: str) -> list[str]:
    result = rules().check_input(Conversation(tuple(Message("user", t) for t in turns)))
    return [f.detail["cue"] for f in result.findings if str(f.detail.get("cue", "")).startswith("en.repeat")]


@pytest.mark.parametrize("turns", MUST_NOT_FLAG)
def test_a_repeat_of_something_else_is_not_raised(turns: tuple[str, ...]) -> None:
    assert _raised_repeats(*turns) == []


@pytest.mark.parametrize("turns", [t for t in MUST_NOT_FLAG if len(t) == 1])
def test_a_single_message_repeat_of_something_else_is_not_flagged(turns: tuple[str, ...]) -> None:
    # Two-turn look-alikes keep the past act's own level (a later turn that speaks of now
    # keeps it from settling): that is the history rules' reading, not this module's.
    assert user_turns_level(*turns) < L.PASSIVE
