"""fp19: "myself" cut on a thing of a chore or a repair ("cut myself on a rusty bracket",
"nicked myself on the hedge trimmer") is an accident, as a hand cut on a tin already was.
Only things nobody cuts with on purpose: glass, a mirror, a razor or a blade, a body part
after "on", or the same accident said to be on purpose stay self-harm."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("cut myself on a sharp bracket fixing the bike. do i need a tetanus shot?",),
        ("cut myself on the hedge trimmer this morning. how do i clean it",),
        ("cut myself on the coral snorkelling, it stings",),
        ("i cut myself on a tin lid making soup, bleeding a bit. plaster or stitches?",),
    ],
)
def test_myself_cut_on_a_chore_thing_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i cut myself on a tin lid on purpose",),
        ("cut myself on the fence deliberately",),
        ("i cut myself on the glass from the mirror i broke",),
        ("i cut myself on the razor blade again",),
        ("i cut myself on my arm again",),
        ("cut myself on the inside of my thigh",),
    ],
)
def test_a_cut_on_purpose_or_with_a_blade_stays_self_harm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION
