"""Acts under way told in words the older phrases missed: an overdose counted in packets,
done "on purpose" or of a medicine named by name; a cord round the neck; a running car
in the garage said with the contracted "'s"; a deep cut; an act set a few minutes away;
and a decision said without its object ("my mind is made up"), which alone says nothing.
Each with the everyday look-alikes that must stay below ``passive``."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "I'm here. What's going on?"


@pytest.mark.parametrize(
    "turns",
    [
        ("swallowed three strips of my sleeping tablets with wine. feeling floaty",),
        ("took like 4 boxes of the paracetamol from the kitchen",),
        ("so tired. took far too many on purpose",),
        ("i overdosed on purpose and now i can't stand up",),
        ("took all the tramadol with a bottle of gin",),
        ("i swallowed the entire sertraline supply an hour ago",),
        ("the belt's around my neck",),
        ("the cord is round my neck already",),
        ("phone charger cable is round my neck. sorry",),
        ("engine's running in the garage and the door's down",),
        ("the car's running in my garage, just wanted to say bye",),
        ("i've cut deeper than before and it won't stop",),
    ],
)
def test_acts_under_way_are_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i cut deep on purpose on sunday to see if i could",),
        (
            "nothing helps anymore. i can't keep going",
            _ACK,
            "my mind is made up. i just wanted to tell someone",
        ),
    ],
)
def test_a_deep_cut_or_a_decision_after_despair_is_at_least_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


def test_minutes_set_for_it_after_despair_are_imminent() -> None:
    assert rules_level("i can't do this anymore. going to do it in about ten minutes") == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        # Packets and bottles of other things, or a count with no medicine.
        ("took 3 boxes of books up to the loft",),
        ("took two packs of cards to the party",),
        ("downed a bottle of water after the run",),
        # A condition or an accident: a thought or a mishap, not an act done.
        ("i accidentally took 2 packs of ibuprofen over the weekend, is that bad",),
        # "od on purpose" is said of a wish or a past as often as an act.
        ("my brain keeps telling me to od on purpose",),
        # A cord worn, not tied.
        ("I wear a hoodie with the cord around my neck",),
        ("my tie is round my neck all day at work",),
        ("the scarf is around my neck, it's freezing out",),
        # A car that has been running, not one running now.
        ("the car's been running in the garage for a while, is that bad for the engine?",),
        # Idioms of a deep cut.
        ("her words cut deep",),
        ("that comment cut deep, i cried all night",),
        # Tasks set a few minutes away, decisions about ordinary things.
        ("going to do it in about ten minutes, the presentation is at 3",),
        ("my mind is made up, i'm taking the job in leeds",),
        ("decision's made: we're getting a puppy",),
        ("i just wanted to tell someone, i got the promotion!",),
    ],
)
def test_look_alikes_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("if i took all of mum's morphine would it be fast",),
        ("what would happen if someone took all of their warfarin at once?",),
    ],
)
def test_a_named_medicine_under_a_condition_is_a_thought_not_an_act(turns: tuple[str, ...]) -> None:
    got = rules_level(*turns)
    assert L.IDEATION <= got <= L.INTENT
