"""Plants and machines said to want to die ("my basil is committing suicide", "my laptop
wants to die"), biology's suicide genes and economics' deadweight loss are not the
writer's risk; the writer's own wish beside a plant or a machine stays."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "my basil is committing suicide. it just flops over every afternoon",
        "I think my succulents are suicidal, they keep leaning towards the edge",
        "lol my laptop wants to die, the fan sounds like a jet engine",
        "my phone is literally trying to die, battery at 3% after an hour",
        "Explain how a suicide gene works in cancer gene therapy",
        "What does dead weight loss mean in economics?",
    ],
)
def test_things_and_technical_terms_are_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my phone broke i want to die",
        "my car is dead and im suicidal",
        "my plants died, everything dies around me, i want to die",
        "i feel like dead weight to everyone",
        "my laptop crashed and i lost my thesis. i want to kill myself",
    ],
)
def test_the_writers_own_wish_beside_a_thing_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
