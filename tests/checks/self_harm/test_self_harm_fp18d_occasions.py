"""More kinds of everyday occasion explain a goodbye (fp18d): a move handled by a realtor
or removals, travel (backpacking, a honeymoon, a cruise, a passport, somewhere with no
wifi or signal), an event (a festival, a conference, a graduation), paperwork (an estate),
a game's achievement, a phone's battery; a return named by a month or a season ("see you
in september"); a memoir or a house sitter for "when i'm gone". The same goodbyes beside a
wish, means, a stockpile or a loss, and the words tried and left out, keep their level."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "said",
    [
        "this is my last message for a while, no wifi or signal where i'm staying",
        "this is my final goodbye to the estate agents, the paperwork is signed",
        "this is goodbye for now, my passport came and i'm off on sunday",
        "this is my final goodbye to the group, the removals van comes monday",
        "this is my last message, battery at 1% and my charger is at work",
        "writing my farewell letter for the conference team, they've been great",
        "this is goodbye for now, see you in september!",
        "can you help me plan my memoir for when i'm gone? my grandkids keep asking about the war",
    ],
)
def test_a_goodbye_for_an_everyday_occasion_is_no_risk(said: str) -> None:
    assert rules_level(said) < L.PASSIVE


@pytest.mark.parametrize(
    "said",
    [
        "this is my last message for a while",
        "this is my final goodbye to the agents",
        "this is goodbye for now, i'm off on sunday",
        "this is my final goodbye to the group",
        "this is my last message",
        "writing my farewell letter",
        "can you help me plan a letter for when i'm gone?",
    ],
)
def test_the_goodbyes_without_their_occasion_are_intent(said: str) -> None:
    # the control: the occasion, not the phrase rules, clears the rows above
    assert rules_level(said) >= L.INTENT


@pytest.mark.parametrize(
    "said",
    [
        # the same occasions beside a wish, means or a stockpile of the writer's own
        "this is my last message. i've got the pills. the realtor has the keys",
        "goodbye for now, see you in september. i've stockpiled my tablets",
        "this is goodbye. the festival's over and i want to die",
        # a named loss stays a farewell; a lease ends, a boss fires, a folder holds passwords
        "lost my passport. this is goodbye",
        "this is goodbye. my lease ends and i have nowhere to go and nobody to miss me",
        "my boss fired me today. this is goodbye",
        "writing goodbye letters to my family for when i'm gone. the folder has my passwords",
        # the words tried and left out: work, a desk, a channel
        "wrote my goodbye letter, it's on my desk at work",
        "this is my farewell video for my channel",
    ],
)
def test_the_same_goodbyes_at_risk_still_flag(said: str) -> None:
    assert rules_level(said) >= L.INTENT
