"""The writer's posture at a height told without "i'm" ("standing on the motorway bridge",
"sat on the parapet") is means at hand: imminent with a time of now or beside the
writer's wish, nothing alone; someone else's posture, a show or the sky watched from it,
a roofer's day and "the edge" as a figure of speech are not (en.means.height_standing,
means_everyday)."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "standing on the overpass right now",
        "sitting on the parapet. i want to die",
        "perched on the railing of the footbridge right now. nobody around",
        "stood on the viaduct. i just want it all to end",
        "sat on the roof of the flats right now. i don't want to be here anymore",
        "im on the roof tonight. nobody will miss me",
        "i'm on the bridge right now. i can't do this anymore",
    ],
)
def test_a_posture_at_a_height_with_now_or_a_wish_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "standing on the bridge waiting for the bus",
        "sat on the cliffs with a flask of tea, what a view",
        "standing on the bridge watching the fireworks tonight",
        "sat on the roof stargazing right now",
        "standing on a roof right now waiting for the scaffolders",
        "my brother is standing on the roof right now fixing the gutter",
        "grief is like standing at the edge of a cliff in the fog",
        "stood at the edge of the cliff path on holiday, gorgeous",
        "im on the roof tonight fixing the gutter",
        "i'm on the roof right now replacing a few tiles before the rain",
        "im on the bridge tonight, bumper to bumper",
        "i'm on the bridge right now, total gridlock",
    ],
)
def test_a_walk_a_view_or_someone_elses_posture_is_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
