"""Phrases whose number sat inside an alternative ("in the next hours|minutes|few|#num")
never matched a number; written as their own step they do. And a Spanish act still going
on ("sigo haciéndome daño") is not dated away by the age it began at."""

from __future__ import annotations

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


def test_a_counted_time_to_the_act_at_a_place_is_imminent() -> None:
    # read nothing while "#num" was an alternative of "hours|minutes|few"
    assert rules_level("i'm on the roof. taking them all in the next 10") == L.IMMINENT


def test_an_act_still_going_on_since_an_age_is_not_history() -> None:
    assert rules_level("Tengo 28 años y sigo haciéndome daño como cuando tenía 15.") >= L.PASSIVE


def test_an_age_told_with_recovery_and_therapy_is_history() -> None:
    assert rules_level("cuando tenía 15 me cortaba. hoy estoy bien, sigo en terapia") <= L.DISTRESS
    assert rules_level("als ich 15 war, hab ich mich geritzt. heute geht es mir gut") <= L.DISTRESS
