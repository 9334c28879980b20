"""Throwing oneself off a high place is the act "jump off" names, with the writer as its
object; "i'd rather … than replay this level" is a hyperbole, "… than keep living like this"
is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("i want to throw myself off the bridge", L.IDEATION),
        ("i'm going to throw myself off a bridge tonight", L.IMMINENT),
        ("i'm going to throw myself off the roof", L.INTENT),
        ("been thinking about flinging myself off that cliff", L.IDEATION),
        ("i'd rather jump off a bridge than keep living like this", L.PASSIVE),
        ("i'd rather throw myself off a bridge than spend another day like this", L.PASSIVE),
    ],
)
def test_throwing_oneself_off_a_height_is_read(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather throw myself off a cliff than replay chapter 20",
        "ugh if lucina dies i have to restart?? i'd rather jump off a cliff than replay it",
        "i threw myself off the couch to catch the remote",
        "my character throws herself off a bridge in chapter 3",
        "she wants to throw herself off the bridge",
    ],
)
def test_hyperbole_and_other_objects_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
