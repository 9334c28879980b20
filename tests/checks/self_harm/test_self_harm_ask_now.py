"""The act asked about as happening now, or a plan asked about with a time of now ("are you
hurting yourself right now?", "are you going to end your life tonight?"): a yes is
imminent. Half a bottle or packet taken is an act done. A no, or other questions, are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("im so sorry mom", "Are you hurting yourself right now?", "yes"),
        ("it's happening tonight", "Are you going to end your life tonight?", "yes"),
        ("i can't anymore", "Are you planning to kill yourself tonight?", "yeah"),
        ("i have my mum's sleeping tablets", "Are you thinking of taking them?", "I took half the bottle"),
    ],
)
def test_a_yes_to_an_act_now_or_a_plan_tonight_is_imminent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) == L.IMMINENT


def test_half_a_packet_taken_is_imminent() -> None:
    assert user_turns_level("i took about half the packet of my pills twenty mins ago") == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("im so sorry mom", "Are you hurting yourself right now?", "no. i just feel awful"),
        ("it's happening tonight", "Are you going to end your night early?", "yes"),
        ("the party is tonight", "Are you going to take your own car tonight?", "yes"),
    ],
)
def test_a_no_or_other_questions_are_not_imminent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) < L.IMMINENT
