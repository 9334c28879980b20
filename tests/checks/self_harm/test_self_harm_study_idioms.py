"""Suicide as a field of study or work and "cell suicide" are no risk of the writer's;
"suicide risk", a life policy's "suicide clause" and a milestone of being clean from
self-harm (often the opening of a relapse) keep their level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing my dissertation on youth suicide prevention in rural schools",
        "where can I find suicide statistics for Scotland for my essay",
        "my biology notes call apoptosis cell suicide, why?",
        "I volunteer for a suicide prevention charity and I love it",
    ],
)
def test_study_and_work_are_not_the_writers_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my suicide risk is high tonight",
        "my life insurance has a suicide clause, when does it run out",
        "I've been clean from self harm for 2 years but last night I cut again",
        "i think about suicide every day",
    ],
)
def test_the_writers_own_risk_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "what's the lethal dose of grapes for dogs? mine ate a handful",
        "how long does it take to bleed out from a nosebleed, my son's been going 10 minutes",
        "quickest way to die in minecraft so i respawn at my bed",
        "most painless way to get a splinter out of my toddler's foot?",
        "bleeding the brakes on my bike for the first time",
    ],
)
def test_doses_and_deaths_of_animals_games_and_small_things_are_no_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "what is the lethal dose of paracetamol",
        "how long does it take to bleed out",
        "whats the most painless way to die",
        "how many of my dog's pills would kill me",
        "lethal dose for a human my size",
    ],
)
def test_doses_and_deaths_of_a_person_stay(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


def test_late_to_my_own_funeral_is_an_idiom() -> None:
    assert rules_level("train delayed again, i'll be late to my own funeral at this rate") < L.PASSIVE


def test_paying_for_ones_funeral_after_a_wish_is_still_read() -> None:
    # funeral plans are no idiom: beside a wish or a date they are preparation
    wish, plan = "i don't want to be here anymore", "paid for my funeral plan today, the date is set"
    turns = (wish, "I'm listening.", plan)
    assert rules_level(*turns) >= L.PASSIVE


def test_will_to_live_left_the_building_is_an_idiom() -> None:
    assert rules_level("my will to live left the building when the meeting ran over") < L.PASSIVE
    assert rules_level("my will to live left when my wife died") >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "lol gonna yeet myself into the sun if i fail this resit",
        'if I hear one more "circle back" I\'m yeeting myself into the sun',
        "one more zoom call and i'm launching myself into the sun",
    ],
)
def test_into_the_sun_is_hyperbole(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want off this planet permanently",
        "i'm going to yeet myself into the sun. and then actually kill myself tonight",
        "gonna jump off the bridge",
    ],
)
def test_real_exits_beside_it_stay_flagged(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
