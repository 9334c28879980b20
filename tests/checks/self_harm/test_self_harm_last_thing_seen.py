"""The last thing the writer will see, told at a ledge ("the view is the last thing i'll
see"), is a farewell at the place: imminent, though a view is an everyday reason to stand at
an edge; a bedtime episode or a holiday's last sunset is nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i'm on the ledge, the view is the last thing i'll see",
        "on the ledge. the last thing i'll ever see",
    ],
)
def test_the_last_thing_seen_at_a_ledge_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "the last thing i'll see before i sleep is this episode lol",
        "this sunset is the last thing i'll see in greece, flying home tomorrow",
    ],
)
def test_an_everyday_last_sight_is_nothing(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
