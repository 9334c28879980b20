"""A laughing threat on a trivial condition said after it (_threat_if: "lol i'm gonna jump
off a bridge if this printer jams again") is a joke, like the condition said first; not
without laughter, with a real loss in the message, or with the condition far from it."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "lol i'm gonna jump off a bridge if this printer jams one more time. how do i clear it",
        "i'll kms if the wifi drops again haha",
        "im going to kill myself if this code doesnt compile lmao",
    ],
)
def test_a_laughing_threat_on_a_trivial_condition_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to kill myself if this code doesn't compile",
        "i'm gonna kill myself if she leaves me lol",
        "lol i'm gonna kill myself if my boss fires me, everyone hates me anyway",
        "i'm going to kill myself tonight. lol the printer is jammed again",
        "haha i'm going to jump off a bridge. if the printer works i'll print the note first",
    ],
)
def test_a_threat_without_laughter_or_beside_a_real_cause_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "gonna jump off a bridge if my team loses tonight (joking obvs)",
        "i'm gonna jump off a cliff if the ref gives another penalty against us 😂",
        "i'm going to throw myself off the roof if my fantasy lineup flops again lol",
    ],
)
def test_a_joking_threat_on_a_game_keeps_its_own_level_not_its_plan_words(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "lol i'm gonna jump off a bridge tonight if my team loses. i've got the rope ready",
        "i'm going to jump off the bridge tonight if he leaves me lol",
        "i'm gonna jump off a bridge if my team loses tonight",
        "i'm going to kill myself if the ref robs us again. not joking",
    ],
)
def test_a_game_threat_beside_means_a_real_cause_or_no_joke_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
