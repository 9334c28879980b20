"""An act under way said plainly: every pill one had taken, walking into the sea now
after a wish; the same words about a headache or a swim stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "I swallowed every pill I had. thanks for being there at night",
        "i took every tablet i had an hour ago",
        "i can't do this anymore, i want to die. i'm walking into the sea now",
        "i want it to be over. i'm wading into the river now",
    ],
)
def test_an_act_under_way_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "i took every pill i had for the migraine and it still hurts",
        "im walking into the sea now, the water is lovely, see you at lunch",
        "the dog is wading into the river now, so cute",
    ],
)
def test_everyday_words_are_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
