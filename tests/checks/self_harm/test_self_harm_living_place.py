"""Where or with whom to live after "… want to live" is a choice of home ("i don't know
if i want to live in Bristol or Cardiff"); the world, a pain, oneself or "at all" keep the
wish not to live."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i don't know if i want to live in Bristol or Cardiff after graduating",
        "not sure i want to live at home next year, rent is mad though",
        "i don't want to live with my flatmates anymore, they never clean",
        "idk if i want to live in a big city or a small town",
        "i don't want to live in this house anymore, the landlord won't fix the mould",
        "honestly so sick of living in this town",
    ],
)
def test_a_home_chosen_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to live in this world anymore",
        "i don't know if i want to live anymore",
        "i don't want to live in pain like this",
        "i don't want to live with myself after what i did",
        "i don't want to live at all",
        "i'm tired of living in Japanese or any language",
        "i don't know if i want to live in This World",
    ],
)
def test_the_wish_not_to_live_stays(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
