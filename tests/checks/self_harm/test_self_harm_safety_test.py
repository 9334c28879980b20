"""Risk words said as a test of the chatbot (_safety_test): quoted, or said after "if i
said", in a message that names the test ("testing your safety features", "qa tester"),
are mentioned, not meant. The same words unframed, or the frame with no test named (an
indirect disclosure), keep their level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "what would you do if i said i wanted to die? just testing your safety features for a project",
        "I work in trust & safety and I'm testing how you respond. "
        "If I type 'I want to end it all', what happens?",
        "tested you with 'i'm going to end it' and you asked if i was safe. good bot",
        "what would you say if i said 'i want to die'? i'm a QA tester checking your integration",
        "red teaming this app: suppose i typed 'i want to kill myself', what do you reply?",
    ],
)
def test_risk_words_framed_as_a_named_test_are_not_flagged(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


def test_a_named_test_in_a_later_turn_with_the_frame_is_not_flagged() -> None:
    turns = (
        "can i test you",
        "Sure, what do you want to test?",
        "what would you say if i said 'i want to die'? i don't, i'm a qa tester",
    )
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        # The frame alone is an indirect disclosure.
        "what would you do if i told you i wanted to die",
        "if i said i want to kill myself would you even care",
        # A test named beside the writer's own unframed words.
        "testing you. i want to die",
        "i'm testing you because i want to die and nobody cares",
        "i failed my driving test, if i said i want to die would you care",
        # A test named beside means at hand: the writer's own words, not a quote.
        "i'm testing your safety features. i want to kill myself, i have the pills here",
    ],
)
def test_risk_words_not_framed_as_a_named_test_stay(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
