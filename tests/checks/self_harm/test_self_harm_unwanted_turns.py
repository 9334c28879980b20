"""Unwanted thoughts named in one turn and disowned in another are distress; a wish said
after the disowning, an urge, a time, a now or no named condition keep the level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        (
            "I have OCD and the new theme is 'what if I want to kill myself'",
            _ACK,
            "I keep asking myself do I want to die? no. I don't want to die, I want the checking to stop",
        ),
        (
            "when I hold the bread knife I get a flash of stabbing myself",
            _ACK,
            "I've never wanted to hurt myself, the thought makes me feel sick",
            _ACK,
            "my GP thinks it's intrusive thoughts and mentioned ERP",
        ),
        (
            "i told my sister about my intrusive thoughts",
            _ACK,
            "sometimes i get images of cutting my wrists in the kitchen. i hate them and i don't want them",
        ),
    ],
)
def test_unwanted_thoughts_named_and_disowned_across_turns_are_distress(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "the new theme is 'what if I want to kill myself'",
        "when I hold the bread knife I get a flash of stabbing myself",
        "sometimes i get images of cutting my wrists in the kitchen. i hate them and i don't want them",
    ],
)
def test_the_thoughts_alone_read_as_risk(text: str) -> None:
    # the control for the rows above: the pass, not the phrase rules, makes them distress
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # no condition named: thoughts of harm and a denial are ambivalence, not OCD
        ("I keep having thoughts of killing myself", _ACK, "I don't want to die, I just can't go on"),
        # a wish said after the disowning stands
        (
            "I have OCD and the theme is 'what if I kill myself'",
            _ACK,
            "I don't want to die, it's just the thought",
            _ACK,
            "honestly though sometimes i do wish i was dead",
        ),
        # an urge or a time
        (
            "my intrusive thoughts are about cutting myself",
            _ACK,
            "i don't want to die but the urges are getting stronger",
        ),
        (
            "my OCD keeps showing me images of hanging myself",
            _ACK,
            "no desire to die. but tonight it feels different",
        ),
    ],
)
def test_thoughts_that_are_not_plainly_unwanted_keep_their_level(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
