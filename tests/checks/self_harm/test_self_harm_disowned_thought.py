"""A thought of an unnamed act with the act disowned ("i haven't done anything. i just
think about it") is ideation; "i think it" after a disowned act is the wish thought
(passive). Either half alone, a wish "it" stands for, a negated or someone else's thought,
or the past are not raised (see ``_disowned``)."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        ("im not going to do anything. i just think about it every day",),
        ("i haven't done anything. but i think about it",),
        ("I won't. But I think about it most nights.",),
        ("i think about it. i don't think i would",),
        ("rough month", _ACK, "honestly i think about it constantly. i wouldnt act on it though"),
        ("not gonna do anything, i still think about it on the drive home",),
        ("the thought is always there. i'm not planning anything",),
    ],
)
def test_disowned_thought_of_an_unnamed_act_is_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("i won't do anything. i just think it.",),
        ("everything is a mess since the divorce", _ACK, "i'd never act on it. i just think it"),
    ],
)
def test_disowned_thought_held_is_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # One half alone: everyday reassurance, everyday rumination.
        ("im not gonna do anything stupid, just sad about the exam",),
        ("my ex cheated on me. i think about it a lot",),
        ("my ex cheated. i think about it a lot. i won't text him though",),
        ("i think about it all the time but i'm fine",),
        # "just thinking about it" is "at the mere thought"; "think it's" is an opinion.
        ("back to work monday, which i haven't done in weeks. i tense up just thinking about it",),
        ("i haven't done anything. i just think it's unfair",),
        # A thought that is not the writer's, negated, or of how close it was long ago.
        ("he said he's been thinking about it. he hasn't done anything",),
        ("3 years clean. i havent even thought about it in months",),
        ("years ago i was close. i didn't. sometimes i think about how lucky i was",),
    ],
)
def test_either_half_alone_or_another_reading_stays_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


def test_a_wish_it_stands_for_keeps_its_level() -> None:
    # "it" is the wish just said: passive, not raised.
    turns = ("they'd be better off if i wasn't around. not gonna do anything, i just think it",)
    assert rules_level(*turns) == L.PASSIVE


def test_means_beside_a_disowned_thought_stay_ideation() -> None:
    # The denial says there is no intent: the means thought of do not make it a plan.
    turns = (
        "nights are bad. my pistol is in the nightstand",
        _ACK,
        "i think about it. i'm not going to. but i think about it",
    )
    assert rules_level(*turns) == L.IDEATION
