"""Going back to a place to fall or step from, again and again ("went to the bridge
again", "i keep going up to the roof"), is a thought of the act; going to check it
("walked it twice to check", "went and looked at the bridge") is rehearsal; being on
the cliffs or stepping onto the tracks with a time of now is imminent. Everyday visits
say nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("went to the bridge again", L.IDEATION),
        ("i keep going up to the roof at night", L.IDEATION),
        ("I've been visiting the bridge every day this week", L.IDEATION),
        ("I keep looking at the bridge on the way to uni and thinking about it", L.IDEATION),
        ("i went back to the tracks yesterday. watched the trains for an hour", L.IDEATION),
        ("The plan is the bridge on my way home, Friday. I've walked it twice to check.", L.INTENT),
        ("went and looked at the bridge again today. there's a spot where the fence is lower", L.INTENT),
        ("i'm on the cliffs at the gap right now", L.IMMINENT),
        ("Walking onto the tracks right now. Bye.", L.IMMINENT),
    ],
)
def test_returning_to_a_drop_is_risk(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


@pytest.mark.parametrize(
    "text",
    [
        "i went back to the roof to get my phone",
        "the bridge is closed again for roadworks",
        "we walked across the bridge and had ice cream",
        "i keep going to the gym every morning",
        "i went up to the roof terrace for the party",
    ],
)
def test_everyday_visits_say_nothing(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
