"""fp19c: "overdosing on" a drink, a work or a pastime told now ("i'm overdosing on espresso
rn lol", "overdosing on revision this week") is a figure of speech; the overdose under way
with no such thing stays imminent."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm overdosing on espresso rn lol",),
        ("im literally overdosing on energy drinks rn, 3 down",),
        ("overdosing on revision this week, send snacks",),
        ("i'm overdosing on cardio at the gym this month",),
    ],
)
def test_overdosing_on_an_everyday_thing_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("im overdosing rn",),
        ("i'm overdosing on purpose right now",),
        ("im literally overdosing right now, i took the whole box",),
    ],
)
def test_the_overdose_under_way_stays_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IMMINENT


@pytest.mark.parametrize(
    ("text", "least"),
    [
        # tablets named after the everyday thing are a method: the idiom gives way (session 19)
        ("im overdosing on caffeine pills rn", L.INTENT),
        ("im going to overdose on caffeine pills tonight", L.IMMINENT),
        ("i want to overdose on caffeine pills", L.IDEATION),
    ],
)
def test_an_overdose_of_named_tablets_is_no_idiom(text: str, least: L) -> None:
    assert rules_level(text) >= least
