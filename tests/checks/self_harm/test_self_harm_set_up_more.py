"""Means set up and in use ("the knife to my wrist", "in the garage with the engine on",
"the noose is up") are imminent; a knife to a chopping board, an engine started for work
and a rope put up for a tent are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i have the blade against my wrist right here",
        "sitting in the garage engine running",
        "the noose is ready",
    ],
)
def test_means_in_use_are_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "put the knife on the chopping board and washed my hands",
        "started the engine, door's shut, off to work now",
        "i got the rope up for the tent before the rain",
    ],
)
def test_everyday_knives_engines_and_ropes_are_not_imminent(text: str) -> None:
    assert rules_level(text) < L.IMMINENT
