"""A vague act ("end it all", "do it tonight") whose everyday object is named after it in
the same message ("i mean my gym membership") reads as nothing; an object that is the
writer's life, a correction that goes on to the writer, means, a later risk phrase, or a
named act ("kill myself") keep the risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i've decided to end it all. and by it all i mean my phone contract lol",
        "i'm finally ending it all, i mean my gym membership. eleven months unused",
        "going to end it tonight, i mean the lease on the flat. landlord won't fix the boiler",
    ],
)
def test_vague_act_with_its_object_named_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("i'm going to end it tonight. i mean my life", L.INTENT),
        ("im going to end it all tonight, i mean the relationship. and then myself", L.INTENT),
        ("i'm going to end it. i mean my marriage. i can't do this anymore, i want to die", L.PASSIVE),
        ("i have the pills. im going to do it tonight. i mean the job lol", L.INTENT),
        ("i'm going to kill myself. i mean my job", L.INTENT),
        ("i'm going to end it all, i mean my job but honestly everything", L.INTENT),
    ],
)
def test_risk_kept_beside_a_named_object(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor
