"""A cut under way (_under_way): the writer's own cut beside a sign of the act in progress
in the same message (much blood, blood on the floor, faintness, the bath) is imminent; a
wanted, denied, past or someone else's cut, or the signs alone, are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "cut my wrists. blood everywhere. i feel really light",
        "i cut deep this time. theres so much blood",
        "i cut and its deeper than ever and i'm getting light headed",
        "I've cut my wrists and I'm in the bath.",
        "slit my wrist in the tub",
        "i cut too much, lots of blood on the floor",
    ],
)
def test_a_cut_beside_signs_of_the_act_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


def test_a_cut_told_in_answer_beside_blood_is_imminent() -> None:
    turns = ("i'm sorry", "Did you hurt yourself?", "yeah. slit my wrist in the tub. lots of blood")
    assert rules_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "i want to cut so bad, last time there was blood everywhere",
        "years ago i used to cut, there was so much blood",
        "my friend cut her wrists in the bath last year",
        "i cut my finger chopping onions, so much blood lol",
        "so much blood in that film, i felt dizzy",
        "i'm in the bath with a face mask on",
        "i haven't cut in months, i felt dizzy today from the heat",
    ],
)
def test_wanted_past_other_or_everyday_cuts_are_not_imminent(text: str) -> None:
    assert user_turns_level(text) < L.IMMINENT
