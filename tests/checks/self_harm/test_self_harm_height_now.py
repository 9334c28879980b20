"""Up on a car park roof or a bridge now: the act's place, nothing alone (a smoke, the
view), imminent beside a goodbye or a wish to die ("up on the car park roof. tell mum i
love her"). Any roof is not one: people work and smoke there.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "up on the car park roof. tell mum i love her",
        "on the roof of the multistorey. tell my sister i'm sorry",
        "up on the bridge. i can't do this anymore",
        "i want to die. up on the carpark roof now",
    ],
)
def test_a_high_place_now_beside_a_goodbye_or_a_wish_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "up on the car park roof having a smoke",
        "up on the bridge taking photos of the sunset, so pretty",
        "up on the roof fixing the satellite dish. i love this job",
        "on the roof of the car park there's a great view of the match",
        "tell my boss i'm sorry i'm late, the bus broke down",  # an apology alone
        "tell mum i'm sorry, i broke her vase",
    ],
)
def test_a_high_place_alone_is_no_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
