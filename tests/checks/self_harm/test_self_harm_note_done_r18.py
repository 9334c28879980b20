"""A note told as done in a fragment ("note's written", "letter's sealed") or a date told
as set without its article ("date's set") is a readiness phrase (rec18), and waiting for the
household to leave ("waiting for my roommate to leave for work") is a set time: together, or
beside means, the writer's plan; alone a note for a plumber, a date for a move, a quiet
evening."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "note's written. date's set. friday.",
        "note's sealed. waiting for my husband to leave for his shift",
        "the tablets are on the desk. waiting for my flatmate to go to work",
        "note done, everything else sorted. waiting for my parents' car to leave",
    ],
)
def test_a_note_done_beside_a_plan_or_a_time_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("note's written for the plumber, key's under the mat",),
        ("date's set for the house move, so excited",),
        ("waiting for my parents to leave so i can throw a party lol",),
        ("my cover letter's finished! sending it tomorrow",),
        ("waiting for my roommate to leave for work so i can practise guitar",),
        ("the dates set for our trip to rome, can't wait",),
    ],
)
def test_a_note_or_a_wait_alone_is_nothing(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
