"""Beaten at a game by a relative is no violence (en.context.idiom_beat_at_game); beaten
at home, or when drunk, stays distress."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "my grandad just beat me at chess, he is 91 and ruthless",
        "my sister beats me in every game of uno, how is she so lucky",
        "my dad beat me at darts on boxing day and won't stop talking about it",
    ],
)
def test_beaten_at_a_game_is_nothing(text: str) -> None:
    assert rules_level(text) == L.NONE


@pytest.mark.parametrize(
    "text",
    [
        "my dad beat me at home last night and i'm scared to go back",
        "my stepdad beats me when he's drunk",
    ],
)
def test_beaten_at_home_stays_distress(text: str) -> None:
    assert rules_level(text) >= L.DISTRESS
