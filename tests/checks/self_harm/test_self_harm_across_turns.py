"""Means in one turn and a readiness phrase in another make the plan one message would
(``intent``; ``imminent`` at the edge or with the act under way), and a method question
beside or after the writer's means at hand is their own method-seeking (see _across).
Errands ("my pills are on the counter" ... "thanks, goodbye!") stay below risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ASK = "Are you safe right now?"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("i'm sitting in the bath with my dad's razor", _ASK, "i already started"), L.IMMINENT),
        (
            (
                "i'm at the top of the multistorey",
                _ASK,
                "just wanted to say goodbye to someone. you were kind",
            ),
            L.IMMINENT,
        ),
        (
            ("please tell my sister i loved her", "What's happening?", "i'm standing on the railway bridge"),
            L.IMMINENT,
        ),
        (("i'm on the roof of my flat", _ASK, "no. i'm going to jump"), L.IMMINENT),
        (
            (
                "everything is falling apart and i'm exhausted",
                _ASK,
                "the tablets are in my bag",
                _ASK,
                "goodbye then",
            ),
            L.INTENT,
        ),
    ],
)
def test_means_and_a_readiness_phrase_in_different_turns(turns: tuple[str, ...], expected: RiskLevel) -> None:
    assert rules_level(*turns) >= expected


def test_a_plan_for_a_later_day_stays_intent() -> None:
    # a decision with a date and the means, no now: the scale's intent, not imminent
    turns = (
        "i can't take this anymore",
        _ASK,
        "i've got the tablets saved up",
        _ASK,
        "i'm going to do it on sunday",
    )
    assert rules_level(*turns) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        (
            "my pills are on the counter, should i take them with food?",
            "Yes, with food is best.",
            "thanks, goodbye!",
        ),
        ("i have my blood pressure pills here", "Okay.", "thanks. wrapping things up for today, bye"),
        ("i'm on the bridge right now, stuck in traffic", "Ugh, sorry!", "goodbye then, talk later"),
        (
            "i'm in the kitchen holding a knife, chopping onions",
            "Yum, what are you making?",
            "soup. ok i'm doing it now",
        ),
    ],
)
def test_errands_with_means_and_a_goodbye_stay_below_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("i have the pills", "What are they for?", "what's the most lethal dose"), L.INTENT),
        (("the pills are in my hand", _ASK, "how many is a lethal dose"), L.IMMINENT),
        (
            ("got the rope out of the shed", "What for?", "asking for a friend, what's the most lethal knot"),
            L.INTENT,
        ),
    ],
)
def test_a_method_question_after_means_at_hand(turns: tuple[str, ...], expected: RiskLevel) -> None:
    assert rules_level(*turns) >= expected


@pytest.mark.parametrize(
    "turns",
    [
        # the means alone, or a dose question with no lethality, is no method question
        ("i have the pills", "What are they for?", "my headache. how many can i take in a day?"),
        ("the pills are in my hand", "Okay.", "should i take them with food?"),
    ],
)
def test_means_without_a_method_question_stay_below_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("does life insurance pay out for suicide?", "Why do you ask?", "yes. it's decided"),
        ("is an overdose painless?", "Why do you ask?", "no reason. i'm going to do it anyway"),
        (
            "hospital. 5 days. overdose",
            "I'm glad you're here. Are you thinking of trying again?",
            "yeah. next time i'll do it properly",
        ),
    ],
)
def test_a_decision_after_suicide_named_as_a_topic_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # the topic alone, or a decision with no topic before it, is no plan
        (
            "does life insurance pay out for suicide?",
            "Policies differ.",
            "ok thanks, i'll read the small print",
        ),
        ("can you help me choose a gym", "Sure!", "yes. it's decided, the one near work"),
    ],
)
def test_a_topic_or_a_decision_alone_is_no_plan(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
