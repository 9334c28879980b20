"""The end of a real road reached on foot or by car ("i limp to the end of the road and
back"), weariness with a quarrel named ("tired of fighting with my landlord"), hanging
upside down and the edge of a decision are no risk; "the end of the road for me", a bare
"tired of fighting", hanging oneself and the edge of a bridge stay."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "since my knee injury I limp to the end of the road and back",
        "Every time I try to drive I get as far as the end of the road and have to stop.",
        "I walked to the end of the road and back yesterday without needing to lie down",
        "i'm so tired of fighting with my ex about custody",
        "so tired of fighting with the council about the damp in our flat",
        "honestly tired of fighting with my landlord about mould",
        "what's the best way to hang myself upside down? just got an aerial yoga hammock",
        "I'm standing on the edge of a big decision: quit banking and open a bakery",
    ],
)
def test_a_road_or_a_quarrel_is_no_wish(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "this is the end of the road for me",
        "i'm so tired of fighting, i don't want to be here anymore",
        "i'm tired of fighting",
        "i drove to the end of the road and i'm going to end it here tonight",
        "tired of fighting with my ex. honestly i wish i was dead",
        "how do i hang myself",
        "i'm standing on the edge of the bridge",
        "standing on the edge of the roof, i've made my decision",
    ],
)
def test_the_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "honestly so tired of fighting the council over the damp in our flat",
        "i'm tired of fighting schools and tribunals just to get my daughter an ehcp",
        "so tired of fighting for support for my son, every form is forty pages",
        "tired of fighting the insurers over a bent bumper",
        "disabled and tired of fighting for basic accommodations at work",
    ],
)
def test_a_fight_with_a_system_is_no_wish(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i'm so tired of fighting for my life every single day",
        "tired of fighting my own brain. i don't want to be here",
        "i'm tired of fighting the urges",
        "tired of fighting to stay alive",
        "tired of fighting the council. i want to die",
    ],
)
def test_tired_of_fighting_a_life_or_a_mind_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
