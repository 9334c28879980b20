"""Preparation and acts told without their object (rec16c): "loaded it", a goodbye text
sent, a pet found a new home and the car hose got
or in the boot are a plan beside the writer's wish to be dead (intent) and nothing alone;
a firearm named otherwise or with the contracted "'s" is readied means ("rifle's loaded");
"took the whole packet" with no medicine named is the overdose done. Everyday readings
of the same words (a loaded dishwasher, a guitar sold, a cat rehomed for allergies, a
colleague's goodbye, a garden hose, the day's tablets, a packet of crisps) stay below."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i just want to be dead", "loaded it. sitting in the shed"),
        ("i wish i was dead", "sent my sister a goodbye text an hour ago"),
        ("nobody would care if i was gone. i sent a goodbye message to everyone"),
        ("i don't want to be here anymore", "found the dog a new home this week"),
        ("i want to be dead", "got the hose from the shed"),
        ("i wish i'd never wake up. the hose is in the boot"),
    ],
)
def test_preparation_without_its_object_after_a_wish_is_intent(turns: tuple[str, ...] | str) -> None:
    msgs = (turns,) if isinstance(turns, str) else turns
    assert user_turns_level(*msgs) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "loaded it and switched it on, now for the laundry",
        "i want to die of embarrassment. loaded the dishwasher wrong",
        "sold my guitar to make rent this month",
        "found the cat a new home because of my allergies",
        "sent a goodbye text to my colleague who is leaving on friday",
        "bought a new garden hose for the allotment",
        "got the hose out to water the tomatoes",
        "took my tablets this morning, all of them, as the doctor said",
        "took the whole packet of crisps to the party",
        "loaded the van for the move",
    ],
)
def test_everyday_readings_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to die. my rifle's loaded",
        "can't go on. loaded the shotgun",
        "the revolver is loaded. i want to be dead",
    ],
)
def test_a_firearm_loaded_beside_a_wish_is_at_least_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "the rifle's loaded. at the range with my dad",
        "loaded the pistol at the gun club, great session",
    ],
)
def test_a_firearm_loaded_alone_is_nothing(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i've taken the whole packet. feel sick",
        "took the whole strip about an hour ago",
        "swallowed the whole box 20 min ago",
    ],
)
def test_took_the_whole_packet_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took the whole box to the car for mum",
        "i just took the whole strip of vitamins",
        "my sister took the whole packet",
        "took the pills back to the chemist. all of them were out of date",
    ],
)
def test_a_whole_container_carried_of_something_else_or_anothers_is_not_imminent(text: str) -> None:
    assert user_turns_level(text) < L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "my sleeping pills. the whole packet. two hours ago",
        "done. the tablets. all of them",
        "dad's painkillers. every last one.",
    ],
)
def test_a_medicine_then_its_whole_supply_with_no_verb_is_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "my pills. all of them are in the blister packs now",
        "her pills. all of them",
        "the pills? all of them?",
        "vitamins. all of them",
        "therapy, meds, all of it. nothing works for my back",
    ],
)
def test_a_medicine_and_a_whole_supply_that_tell_no_act_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "then i took the rest of the bottle too",
        "swallowed the rest of my pills after she left",
    ],
)
def test_the_rest_of_a_medicine_taken_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took the rest of the bottle home from the party",
        "took the rest of the bottle of wine to my sister's",
        "took the rest of the packet to school for my friends",
    ],
)
def test_the_rest_of_a_bottle_carried_or_drunk_stays_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


def test_a_rope_for_climbing_beside_a_hanging_question_is_not_cleared() -> None:
    text = "got the rope for climbing. which knot would hold my weight from the banister?"
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "got a rope for climbing. what's a bowline again?",
        "bought a rope for the tree swing today",
        "rope for climbing arrived, which knot is best to tie in?",
    ],
)
def test_a_rope_for_climbing_with_its_own_questions_stays_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


def test_ending_it_tonight_with_a_witness_is_imminent() -> None:
    assert user_turns_level("i'm ending it tonight with her watching") == L.IMMINENT


@pytest.mark.parametrize(
    "text", ["i'm ending it tonight with him, 3 years is enough", "i'm ending it with her tonight"]
)
def test_ending_a_tie_tonight_stays_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
