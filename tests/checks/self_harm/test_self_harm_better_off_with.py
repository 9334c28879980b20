"""The writer's close ones "better off with" someone else (the other parent) is a
burden wish (passive); the same words for a while ("this weekend", "while i'm at work")
or said of a pet's home are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "The kids are better off with their dad",
        "sometimes i reckon they'd be better off with just their mum and me out of the picture",
        "my kids would be better off with their dad full time and me just gone",
    ],
)
def test_close_ones_better_off_with_someone_else_is_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "the kids are better off with their mum this weekend since i'm working",
        "the kids are better off with their mum while i'm at work",
        "honestly the dog is better off with my sister, she has a yard",
    ],
)
def test_better_off_with_someone_for_a_while_is_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
