"""A car running in a shut garage told in fragments ("in the garage. engine's going") is the
act under way (imminent); a running engine alone, pictured, asked about, switched off,
someone else's or the car's upkeep is not (see _engine_on)."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules, user_turns_level

L = RiskLevel
_CUE = "imminent.engine_in_garage"


def _engine_cues(*turns: str) -> list[str]:
    result = rules().check_input(Conversation(tuple(Message("user", t) for t in turns)))
    return [str(f.detail.get("cue")) for f in result.findings if str(f.detail.get("cue", "")).endswith(_CUE)]


@pytest.mark.parametrize(
    "turns",
    [
        ("sat in my car in the garage. engine's going. sorry mum",),
        ("garage door down, motor running. just wanted someone to know",),
        ("im in the garage. the van is running",),
        ("the van's in the garage and it's running. love you all",),
        ("in the garage with the car on. no ambulance",),
        ("can you talk for a sec", "in the garage. i've just started the engine. door's shut"),
        ("i turned the engine on. garage is closed. i'm tired",),
        # The same in the other languages.
        ("estoy en el garaje, el motor encendido, perdón",),
        ("bin in der garage, motor läuft",),
        ("dans le garage, moteur en marche. pardon",),
        ("tô na garagem, liguei o carro",),
    ],
)
def test_running_engine_beside_a_garage_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT
    assert _engine_cues(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        ("engine's running, waiting outside school for my daughter",),  # no garage
        ("cleared out the garage today. car's running again after the new battery",),
        ("the garage fixed my car, it's running smoothly now",),
        ("is it bad to leave the engine running in a garage? worried about the fumes",),
        ("rebuilt the engine in the garage, engine on the stand now",),
        ("i keep picturing the garage. engine running. i never go near it",),
        ("in the garage. engine's not running, i'm just sitting",),
        ("i was in the garage. engine off now, i'm back inside",),
        ("my grandad was found in his garage, engine running. 1998",),
        ("in my story the detective finds the garage shut and the car running",),
        ("garage door was shut yesterday. engine running a minute, just to defrost it",),
        ("garage door's open, engine running, we're driving to the coast in five",),
    ],
)
def test_engine_without_the_act_is_not_imminent(turns: tuple[str, ...]) -> None:
    assert not _engine_cues(*turns)
    assert user_turns_level(*turns) < L.IMMINENT


# "car ... in the garage" reads a plan ("sat in the car in the garage"); a car stored there
# is an idiom of the day ("i parked the car in the garage" read intent).
@pytest.mark.parametrize(
    "text",
    [
        "i parked the car in the garage",
        "put the car in the garage and closed the door",
        "we keep the van in the garage over winter",
        "can you remind me to back the car into the garage",
    ],
)
def test_a_car_stored_in_a_garage_is_no_plan(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i'm sat in the car in the garage. to end it",
        "sitting in the car in the garage with the door shut",
        "i parked the car in the garage. engine's running. goodbye",
    ],
)
def test_the_writer_in_the_car_in_the_garage_stays_a_plan(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT
