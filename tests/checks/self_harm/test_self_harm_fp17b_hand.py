"""fp17b: a hand or a finger cut by a chore or on a thing ("cut my hand chopping onions",
"on a tin can"), and a hand, an app or a door opened ("when i open my hand", "every time
i open my email my chest tightens"), are idioms, not self-injury. The same cut on purpose,
with a blade, on an arm, a wrist opened or a hand opened up still flag."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("sliced my finger peeling carrots, how long do i keep pressure on it",),
        ("nicked my thumb on a rusty nail at the allotment, do i need a tetanus jab",),
        ("i cut my hands pruning the roses and a thorn is still in there",),
        ("the cut gapes a bit when i open my palm, is that a stitches thing",),
        ("each time i open my inbox my stomach drops, 300 unread",),
        ("when i opened my laptop my chest went tight, so many tickets",),
    ],
)
def test_an_everyday_cut_or_opening_reads_below_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i cut my hand on the mirror on purpose",),
        ("i sliced my finger peeling carrots on purpose so i could feel something",),
        ("i cut my hand with a razor again last night",),
        ("i cut my arm on the broken glass",),
        ("i want to open my wrists",),
        ("i want to open my hand up",),
        ("i keep wanting to cut my hands",),
    ],
)
def test_a_cut_of_ones_own_still_flags(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION
