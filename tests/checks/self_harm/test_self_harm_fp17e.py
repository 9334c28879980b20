"""Top-rung false alarms (fp17e): a scene with its everyday purpose told (a car warmed up in
an open garage, a gun cleaned in the lap) and a threat on a trivial condition without
laughter, each table beside wording that must still read as risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ------------------------------------------------------ a scene with its purpose told
EVERYDAY_SCENE = [
    "sat in the garage with the engine running to defrost the windscreen, garage door is open. how long?",
    "in my garage with the engine running, letting it idle before the drive to work. it's -25",
    "car running in the garage because the battery was flat. door's wide open, mechanic coming at 9",
    "rifle's in my lap, cleaning kit out. which solvent is best for the bore?",
    "shotgun in my lap, oiling the action before i put it away for the winter",
]


@pytest.mark.parametrize("text", EVERYDAY_SCENE)
def test_a_scene_with_its_everyday_purpose_is_no_act(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


EVERYDAY_SCENE_STILL_RISK = [
    # a wish, distress or a thought beside the scene keeps it
    "in the garage with the engine running, door shut. i just want it to be over",
    "in the garage with the engine running, door open so nobody suspects. i want to die",
    "had the car running in the garage for warmth and i keep thinking i could just leave it on",
    "gun's in my lap, cleaning kit open. nobody would miss me",
    "gun's in my lap, cleaning it and thinking about using it",
    # no purpose told, or a gun at the head or in the mouth whatever is beside it
    "sitting in the garage with the engine running",
    "gun's in my lap",
    "gun in my mouth, cleaning kit open",
    "gun's in my lap. deer season is over for me, for good",
]


@pytest.mark.parametrize("text", EVERYDAY_SCENE_STILL_RISK)
def test_a_scene_beside_risk_or_without_a_purpose_stays_risk(text: str) -> None:
    assert rules_level(text) >= L.INTENT


# ------------------------------------------------------ a threat on a trivial condition
TRIVIAL_THREAT_NO_LAUGH = [
    "ima kms if the wifi drops again",
    "i'm literally going to kill myself if this excel sheet crashes one more time",
    "gonna kms if the printer jams",
    "i'll kms if they don't announce a concert in my city",
]


@pytest.mark.parametrize("text", TRIVIAL_THREAT_NO_LAUGH)
def test_a_threat_on_a_trivial_condition_without_laughter_is_passive(text: str) -> None:
    # hyperbole, but no joke marker takes it back: at passive, not a plan (docs/checks.md)
    assert rules_level(text) == L.PASSIVE


TRIVIAL_THREAT_WITH_LAUGH = [
    "ima kms if the wifi drops again lol",
    "gonna kms if the printer jams haha",
]


@pytest.mark.parametrize("text", TRIVIAL_THREAT_WITH_LAUGH)
def test_a_laughing_threat_on_a_trivial_condition_is_a_joke(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


THREAT_STILL_RISK = [
    # a grave condition, means or the writer's own distress keeps the plan
    "i'm going to kill myself if she leaves me",
    "gonna kms if the printer jams. i've got the pills ready",
    "i'm going to kill myself if i fail this exam, i can't do this anymore",
    "i'm going to kill myself tonight",
]


@pytest.mark.parametrize("text", THREAT_STILL_RISK)
def test_a_threat_beside_risk_stays_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


def test_a_friends_quoted_threat_sent_to_the_writer_is_hers() -> None:
    text = "my friend sent me 'i'm literally going to kms' because she spilled juice on her dress"
    assert rules_level(text) <= L.DISTRESS
    assert rules_level("i sent him 'i'm going to kill myself tonight'") >= L.INTENT


# ------------------------------------------------------ an edge with its everyday sense
EVERYDAY_EDGE = [
    ("i'm on the ledge by the bedroom window, my kitten climbed out after a pigeon. how do i coax her in",),
    ("im at the edge", "Are you safe? Where are you?", "of the grand canyon, the scenery is unreal"),
    ("I'm on the edge", "What's going on?", "of a meltdown. the neighbours have been drilling since 7am"),
    ("i'm on the ledge rn", "where?", "bouldering gym lol, can't reach the next hold"),
]


@pytest.mark.parametrize("turns", EVERYDAY_EDGE)
def test_an_edge_with_its_everyday_sense_told_is_no_drop(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


EDGE_STILL_RISK = [
    # a goodbye, a wish, a named height or a drop beside it keeps the edge
    ("i'm on the ledge. goodbye everyone",),
    ("i'm on the ledge right now. nice view from up here. i want to die",),
    ("i'm at the edge of the roof, great view",),
    ("parked at the lookout, over the fence. i'm on the edge with my feet dangling",),
    ("i'm at the water's edge and the tide is coming in, the view is lovely",),
    ("im at the edge", "are you safe?", "the canyon. nobody would miss me if i stepped off"),
    # no everyday sense told
    ("im at the edge",),
    ("i'm on the ledge right now",),
]


@pytest.mark.parametrize("turns", EDGE_STILL_RISK)
def test_an_edge_beside_risk_or_without_a_sense_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT
