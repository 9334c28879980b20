"""A cut told beside bleeding that does not stop ("sliced my arm. it isn't stopping") is an
act under way (imminent, see _under_way); a kitchen cut that bleeds, a habit that "won't
stop" or an urge that is not stopping is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("slit my wrist. not stopping",),
        ("i cut my leg and the bleeding won't stop",),
        ("sorry to bother you", "i've cut my arm. it isn't stopping"),
        ("cut my wrists in the kitchen, it doesn't stop",),
        ("cut my arm and i can't stop the bleeding",),
    ],
)
def test_cut_with_bleeding_that_does_not_stop_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("cut my thumb chopping onions and it won't stop bleeding",),
        ("relapsed and cut last month. now i can't stop thinking about it",),
        ("i want to cut so badly, the urge isn't stopping",),
        ("my nosebleed won't stop",),
    ],
)
def test_bleeding_without_a_self_harm_cut_now_is_not_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.IMMINENT
