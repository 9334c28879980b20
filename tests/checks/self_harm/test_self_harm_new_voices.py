"""Wordings of four new voices (w12a: addiction and recovery, migrants and second-language
English, people crushed by work, serious mental illness): a wish told as not being here, a
voice saying to end it, an overdose under way in the words of using and of the household,
using to not wake up, means in the water or at a height with a now, self-injury with new
tools. Each with look-alikes that must stay below passive (or below imminent)."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules, rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "honestly the only fix is me not being here",
        "lately i like the idea of not being here anymore",
        "when the bailiffs come i'd rather not be around to face it",
        "i don't want any more tomorrows",
        "i'm so tired of being a person",
        "everyone would be lighter without me",
    ],
)
def test_not_being_here_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my head keeps saying just end it",
        "the voices are whispering to jump",
        "since the new meds my brain says die every morning",
    ],
)
def test_a_voice_saying_to_end_it_is_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "just did the whole stash at once",
        "i've taken my whole fortnight of methadone",
        "swallowed my roommate's whole blister pack an hour ago",
        "i drank some disinfectant from under the sink",
        "i swallowed everything i stashed",
        "i injected all of my insulin",
    ],
)
def test_overdose_under_way_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "keep picturing a bag big enough to not wake up from",
        "want a shot and never waking up",
        "if i drink enough tonight to never wake up i wouldn't mind",
    ],
)
def test_using_to_not_wake_is_at_least_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "pressed a hot coin onto my wrist after work",
        "doing the thing with the lighter again",
        "i scalded my hand on purpose at the sink",
        "i scratched his initials into my arm",
        "i dig my nails into my scars when it gets loud",
        "i slammed my fingers in the drawer when the cravings hit",
    ],
)
def test_self_injury_is_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to live anymore. i'm in the canal now",
        "standing on the bridge now. nobody would miss me",
        "i want to die. i'm at the bridge, been here an hour",
    ],
)
def test_water_or_height_with_now_and_wish_is_imminent(text: str) -> None:
    assert rules_level(*text.split(" || ")) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather not be here when the plumber comes",
        "my brain says go to bed",
        "the voice on the sat nav says turn left",
        "did all the bags for the bins this morning",
        "took the whole box of donuts to work",
        "we were in the sea for a swim, the water was up to my waist",
        "i'm walking into the sea if one more person says per my last email",
        "punched the wall when my team lost",
        "standing on the edge of the grand canyon right now",
        "i scalded my hand on the kettle",
        "i took all of them to the park",
        "the dose that doesn't wake me up at night is 5mg",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i keep picturing myself walking into the sea and not coming back",
        "if someone injected all their insulin at once would it look like an accident",
    ],
)
def test_thoughts_and_questions_are_not_acts(text: str) -> None:
    assert rules_level(text) < L.IMMINENT



def test_another_persons_height_is_theirs() -> None:
    text = "my brother is standing on the roof saying he will jump"
    result = rules().check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    assert result.self_harm.level <= L.DISTRESS  # the writer's own risk is not raised
    assert result.self_harm.subject == "other"


def test_a_hand_shut_in_a_door_by_accident_stays_below_passive() -> None:
    assert rules_level("i slammed my hand in the car door, is it broken") < L.PASSIVE
