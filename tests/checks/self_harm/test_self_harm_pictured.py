"""A set-up only pictured or thought about ("i keep thinking about a hose on the exhaust")
is ideation with a method, not an act under way; a set-up told as real, one beside now or
here, or one whose means the writer says they have, keeps its level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about a hose on the exhaust of my car",
        "every night i picture the belt on the door handle",
        "i can't stop imagining the car in the garage with the engine running",
        "i daydream about a razor against my wrist",
    ],
)
def test_pictured_set_up_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("sitting in the car with the hose on the exhaust", L.IMMINENT),
        ("i keep picturing the rope on the banister. it's there now", L.IMMINENT),
        ("im here thinking about my mum with a knife to my throat", L.IMMINENT),
        ("the charcoal is lit in the car. thinking about my kids", L.IMMINENT),
        ("thinking about it all night and now i'm in the car with the hose on the exhaust", L.IMMINENT),
        ("i keep imagining the blade against my wrist. i've got one in my drawer", L.INTENT),
    ],
)
def test_real_set_up_keeps_its_level(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor
