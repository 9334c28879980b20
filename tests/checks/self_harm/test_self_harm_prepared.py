"""Preparation after the writer's own wish (letters, affairs in order, things given away)
and a date beside the wish are intent; the same words without a wish, or a wish only in
the preparation itself ("prepay my funeral"), are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        ("nobody would notice if i wasnt here", _ACK, "i wrote letters. one for mum one for my brother"),
        ("i wish i was dead", _ACK, "the letter for my mum is in my desk drawer"),
        ("everyone would be better off without me", _ACK, "i've put my affairs in order"),
        ("i'm tired of fighting my own head. squared away the paperwork so my daughter gets it",),
        ("i want to die. i have the date.",),
        ("Made a playlist for my funeral. I want to die. Not that far off either.",),
    ],
)
def test_preparation_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("I'm 74 and want to prepay my funeral so my kids don't have to. Are funeral plans a rip-off?",),
        ("can you help me write letters to my mum and dad for their anniversary",),
        ("i wrote letters to my grandma every week when i was little", _ACK, "she loved them"),
        ("i sent my crush a voice note meant for my mum lol i want to die",),
        ("my friend's mum said i can stay till the end of the month. i wish i was dead",),
        # A date in a later message than the wish: a time phrase counts beside the wish only.
        ("i wish i could disappear", _ACK, "i have a date on friday, first one in ages"),
        ("i didn't write any letters and i won't", _ACK, "i wish i was dead"),
        ("i wish i was dead. wrote cover letters all day and nothing", _ACK, "written 40 letters this week"),
        ("i wish i was dead. i have a date on friday and i'm so nervous",),
    ],
)
def test_preparation_words_without_a_wish_stay_below_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
