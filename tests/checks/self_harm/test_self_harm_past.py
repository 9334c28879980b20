"""The writer's past, recovery and survival read by the rules alone (no word model), and
the German negation that reaches a zu-infinitive over a comma.

Each look-alike table has must-flag counterparts: a relapse, thoughts that are back, a
recovered writer planning now. A recent or present cue in the conversation always wins.
"""

from __future__ import annotations

import functools

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions

L = RiskLevel


@functools.cache
def _rules() -> SelfHarmCheck:
    return SelfHarmCheck(SelfHarmOptions(lexical=False))


def rules_level(*turns: str) -> RiskLevel:
    """The rules' level of a conversation of user turns only."""
    return _rules().assess(Conversation(tuple(Message("user", t) for t in turns))).level


GERMAN_DENIED = [
    "ich denke nicht daran, mich umzubringen",
    "ich habe nicht vor, mich umzubringen",
    "ich habe keine absicht, mich zu töten",
    "Ich denke gar nicht daran, mich umzubringen.",
]
GERMAN_MEANT = [
    "ich denke daran, mich umzubringen",
    "ich denke ständig daran, mich umzubringen",
    "ich kann nicht aufhören daran zu denken, mich umzubringen",
    "ich habe keine angst davor, mich umzubringen",
    "ich denke nicht daran, ich will mich umbringen",
]


@pytest.mark.parametrize("text", GERMAN_DENIED)
def test_german_negation_reaches_the_announced_infinitive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize("text", GERMAN_MEANT)
def test_german_infinitive_without_that_negation_stays_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION
