"""A denied "now" beside readied means (rec17, _deferred): "the gun's loaded ... i'm not doing
it right now" is a plan put off (intent), not the act at hand (imminent, the old
over-reading) and not nothing; a denied "now" that names no act ("can't talk right now")
is no time of now. An asserted "now" keeps the means imminent."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel

PUT_OFF = [
    "the gun's loaded. i'm not doing it right now",
    "rifle is loaded and on the table. i'm not going to do it right now, but it's there",
    "i'm standing on the bridge. i'm not going to jump right now",
    "i want to die. the gun's loaded. i'm not doing it right now",
]

AT_HAND = [
    "the gun's loaded. i'm doing it right now",
    "i'm on the bridge right now",
    "i'm on the ledge. jumping right now",
]

NOT_AN_ACT = [
    "i'm on the roof, can't talk right now",
    "the dishwasher's loaded, not doing it right now",
    "i'm not on the bridge right now, i took the ferry",
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_readied_means_with_the_act_denied_now_are_intent(text: str) -> None:
    assert rules_level(text) == L.INTENT


@pytest.mark.parametrize("text", AT_HAND)
def test_readied_means_with_an_asserted_now_are_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize("text", NOT_AN_ACT)
def test_a_denied_now_without_an_act_is_no_time_of_now(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
