"""fp19b: a self-harm reason said after a cut on a chore's thing ("to feel something",
"because i deserved it", "because i wanted to" with nothing after) outranks the accident
idiom of fp19; the accident's own reason ("because i wanted to open it quickly", "to feel
for the edge") stays an accident."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("i sliced myself on a jar lid because i wanted to feel something",),
        ("nicked myself on the bike chain just to feel anything",),
        ("i scraped my palm on the fence because i needed to feel pain",),
        ("cut my thumb on a can lid because i deserve it",),
        ("i cut myself on a rusty nail because i wanted to",),
        ("i cut myself on the saw cos i needed to and it helped",),
        ("gashed myself on a metal bracket because i meant to. again",),
    ],
)
def test_a_self_harm_reason_outranks_the_accident(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("i cut myself on a jar lid because i wanted to open it quickly",),
        ("nicked myself on the hedge trimmer because i wanted to finish before dark",),
        ("cut my finger on the grater trying to feel for the last bit of cheese",),
        ("i cut myself on a tin lid because i was rushing",),
        ("scraped my hand on the fence because i needed to get the ball back",),
    ],
)
def test_the_accident_with_its_own_reason_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
