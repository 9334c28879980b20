""""Badly" after hurting oneself: an accident when it happened to the writer ("i hurt myself
badly at the gym"), how much they want it after a wish ("i want to hurt myself so badly")."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i want to hurt myself so badly",
        "i really want to hurt myself badly right now",
        "all i want is to cut myself badly tonight",
        "i need to hurt myself so badly it scares me",
    ],
)
def test_a_wish_to_hurt_oneself_badly_is_risk(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i hurt myself badly when i fell off my bike",
        "i really hurt myself badly at the gym, can't lift my arm",
        "i accidentally cut myself badly making dinner",
        "i burned myself badly on the stove this morning",
    ],
)
def test_an_accident_told_with_badly_is_no_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
