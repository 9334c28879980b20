"""A bare decision ("i'm going to.", "about to.", "i can't stop.") after the writer's means
in hand: imminent when the means are readied for use, intent when owned after distress;
a decision with its own object ("i'm going to make dinner") or with no means before it
says nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import conversation, rules, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm holding the blade", "i'm going to. i can't stop."),
        ("i'm holding the blade. i'm going to.",),
        ("im holding the pills", "about to"),
        ("i'm holding the blade", "i can't stop"),
        ("I have the gun in my hand", "and yes i'm going to"),
    ],
)
def test_a_bare_decision_after_means_readied_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


def test_the_written_conversation_with_the_blade_is_imminent() -> None:
    turns = (
        "I'm scared",
        "What's scaring you?",
        "Myself",
        "Can you say more?",
        "I'm holding the blade",
        "Please put it down if you can. Are you planning to hurt yourself?",
        "I'm going to. I can't stop.",
    )
    assert rules().assess(conversation(*turns)).level == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i feel hopeless. i have the pills", "i'm about to"),
        ("everything is falling apart", "i've got enough pills", "i'm going to"),
    ],
)
def test_a_bare_decision_after_means_owned_and_distress_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm holding the knife to cut onions, i'm going to make dinner",),
        ("i have the pills the doctor gave me, i'm going to take them with food",),
        ("i'm holding the knife", "i'm going to make dinner"),
        ("i have the pills", "i'm about to"),
        ("i'm going to. i can't stop.",),
        ("i have the pills", "i'm going to bed"),
    ],
)
def test_a_decision_with_an_object_or_without_means_says_nothing(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


def test_a_bare_decision_with_no_means_before_it_leaves_no_signal() -> None:
    # left in at level none it would read to the word model as something the rules judged
    judged = rules()._judge(conversation("Moving forward, right now, would mean finding some stability."))
    assert all(s.kind != "resolve" for t in judged.turns for s in t.signals)
