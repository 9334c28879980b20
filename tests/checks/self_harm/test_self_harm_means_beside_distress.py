"""Means at hand in the same message as the writer's own distress (rec17, _means_beside):
readied means or a place at the edge are imminent, owned means intent; a tool's everyday
use, distress that only names a topic, a place gone to before, means made safe or means
as the object of a thought are not lifted."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

READIED_BESIDE_DISTRESS = [
    "lost the flat and my job this week. i'm on the roof of the multistorey now, nobody comes up here",
    "my wife left last month and took the kids. i'm holding the knife",
    "the rope's round the banister. i can't cope with any of this since dad died",
    "flunked my finals again. i'm standing on the edge of the bridge",
]

OWNED_BESIDE_DISTRESS = [
    "i've been so depressed since the funeral. i've got the pills here on the desk",
    "my girlfriend dumped me. i have the pills in my drawer",
    "hes been hitting me again. the pills are in my bag",
]

NOT_LIFTED = [
    "long day, so tired. knife in my hand, chopping onions for dinner",
    "so stressed about the deadline. i'm on the roof fixing the gutters",
    "i'm worried about my flatmate mixing alcohol and xanax every weekend",
    "i keep forgetting my other meds, any app for reminders?",
    "since the divorce i've held my pistol a few times, unloaded. gave the ammo to my brother",
    "i went to the bridge yesterday after the funeral and stood there for an hour",
    "the rope in the garage keeps coming into my head since she left. i think about it",
]

ALONE = ["i'm on the roof", "i've got the pills here on the desk", "i'm holding the knife"]


@pytest.mark.parametrize("text", READIED_BESIDE_DISTRESS)
def test_readied_means_beside_distress_are_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize("text", OWNED_BESIDE_DISTRESS)
def test_owned_means_beside_distress_are_intent(text: str) -> None:
    assert rules_level(text) == L.INTENT


@pytest.mark.parametrize("text", NOT_LIFTED)
def test_means_not_set_as_a_scene_are_not_lifted(text: str) -> None:
    assert rules_level(text) <= L.IDEATION


@pytest.mark.parametrize("text", ALONE)
def test_means_alone_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


# sev21: means told flatly in the turn right after the writer's distress (no plan word) are
# the same scene, read as beside it; a count of them at hand is means. Everyday stress
# before, a tool's ordinary use, or the means alone stay as they were.
MEANS_AFTER_DISTRESS = [
    ("i hate my life", "got 60 of them in front of me"),
    ("my wife left me and took the kids", "the rope's in my car"),
    ("i feel so worthless since i lost my job", "i have 40 tablets next to me"),
]

MEANS_AFTER_DISTRESS_NOT_LIFTED = [
    ("so stressed about work this week", "i have the pills here, any tips for sleep"),
    ("i failed my exam and feel worthless", "knife in my hand, chopping onions for dinner"),
    ("got 60 of them in front of me",),
    ("there were 30 of them in front of me in the queue",),
]


@pytest.mark.parametrize("turns", MEANS_AFTER_DISTRESS)
def test_means_told_after_distress_are_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.INTENT


@pytest.mark.parametrize("turns", MEANS_AFTER_DISTRESS_NOT_LIFTED)
def test_means_after_everyday_stress_or_alone_stay_below_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.INTENT
