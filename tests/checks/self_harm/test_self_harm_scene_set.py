"""The scene of an act set up, told by what stands where (rec15b, ``en.means.scene_set``):
a rope or cord put up or hung, a belt on a fixture, the edge of a height stood on without
"i'm", pockets weighted, charcoal burning. Means: nothing alone, the act at hand beside a
finality phrase, a set time or the writer's wish; a rope put up to climb, camp or dry the
washing is an ordinary use of it, also beside its time ("rope's up ... tonight's the night").

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("cord's up in the loft. this is my last message",),
        ("the rope is already up. goodbye everyone, i love you all",),
        ("the rope's already up over the beam. i don't want to be here anymore",),
        ("hung the rope in the garage an hour ago. this is goodbye",),
        ("tonight's the night. the rope's up",),
        ("sitting on the edge of the car park roof. this is my last message",),
        ("at the canal. weighted my pockets. i can't go on",),
        ("in the van down by the woods with the charcoal burning. i want to die",),
        ("this is it", "What do you mean?", "the rope is up. i'm sorry for everything"),
    ],
)
def test_a_scene_set_beside_finality_or_a_wish_is_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("tonight's the night! rope's up, harness on, first lead climb at the crag",),
        ("the rope is up for the kids' swing in the garden",),
        ("put the rope up for the hammock. tonight's the night we sleep outside",),
        ("hung the rope for the washing, it's finally sunny",),
        ("the washing rope is up. today's the day we finally get the sheets dry",),
        ("standing on the edge of the cliff path for the sunset photo, amazing view",),
        ("weighted my pockets with conkers for the kids' game",),
        ("sat out with the charcoal burning, burgers nearly done",),
        ("the cord is up on the christmas lights, this is my last job for today",),
    ],
)
def test_the_same_scene_in_a_benign_life_is_not_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
