"""fp17b: a wish to disappear or to sleep forever bounded by an everyday place, record,
day or tiredness (en.context.idiom_bounded, a yielding idiom), and a wish to disappear
explained in the next turn by an app or a chat ("from the group chat.": _fragment).
The same words with a world, everyone, life, shame, the ground, a bare wish, means or a
wish to die beside them still flag."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("ugh i want to disappear from google, every search of my name shows that old article",),
        ("can i just disappear from your database? delete my account please",),
        ("wanted to vanish from the cringe after my toast went wrong",),
        ("i wanted to sink and disappear into the floor when the teacher read my text out",),
        ("honestly i want to vanish through the floor, i waved at someone who wasn't waving at me",),
        ("i just want to disappear somewhere with no signal for ten days, a lake and a tent",),
        ("i need to disappear somewhere without email till the launch is done",),
        ("wish i could sleep forever on saturdays, the baby is up at 5",),
        ("i could sleep forever after this double shift, when does the pharmacy open",),
        ("so exhausted i could sleep forever",),
        ("i want to disappear", "What's going on?", "from the group chat. they post mock exam rankings"),
        ("i want to disappear", "From what?", "from instagram. i'm deleting the app for the summer"),
    ],
)
def test_a_bounded_wish_reads_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to disappear from this world",),
        ("i want to disappear from everyone's lives for good",),
        ("i want to disappear from the shame of what i did",),
        ("i want to disappear into the ground and stay there",),
        ("i wish i could disappear into the floor. i have the pills here",),
        ("i wish i could sleep forever",),
        ("i want to sleep forever after that night",),
        ("i'm so tired of living i could sleep forever",),
        ("i want to die. i wish i could sleep forever on sundays",),
        ("i just want to disappear somewhere with no wifi. i've saved up my pills for it",),
        ("i want to disappear", "What's going on?", "from everything. nobody would notice"),
        ("i want to disappear", "What's going on?", "from my life. i can't keep going"),
    ],
)
def test_the_same_words_at_risk_still_flag(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
