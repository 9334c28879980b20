"""Acts under way told by their whole supply or by the parts of a method set up: an overdose
with the tablets as "them", "it" or "everything" ("took them all", "everything in my pill
organiser", "took them with the vodka"), and a method running ("the charcoal is lit in the
car", "tied the cord to the banister") are imminent; carrying, reacting, cooking, clearing
out and a child's pebbles stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        # the whole supply, the tablets as a pronoun
        "took them all about ten minutes ago",
        "i've taken all of them. sorry",
        "took every single one of them",
        "took them with the whisky",
        "took everything in my pill organiser, the whole fortnight",
        "i've taken everything from the first aid kit",
        "swallowed some stuff from under the sink",
        "took the rest of gran's sleeping tablets at once",
        "took what i'd been stashing since spring",
        "took the diazepam with a bottle of wine",
        "i've taken a lot of something, can't see straight",
        "took the whole strip of paracetamol at the bus stop",
        # a method set up and running
        "the disposable grill is lit in the back seat",
        "sealed the bedroom windows with duct tape and lit the charcoal",
        "lit the charcoal in my tent",
        "the hose is connected to the exhaust",
        "i've tied the belt to the loft hatch",
        "walking out with stones in my coat pockets",
    ],
)
def test_an_act_told_by_its_supply_or_parts_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took them all to the cinema, four kids and a lot of popcorn",
        "she said sorry and i took it all in",
        "i took it all back the next day, receipts and everything",
        "took all of them home after the party",
        "took everything from the lost property box for the jumble sale",
        "took everything out of the drawer to clean it",
        "the grill is lit out the back, burgers in ten",
        "tied the rope to the trailer, is a trucker's hitch enough?",
        "my pockets are full of stones the kids found on the beach",
        "the hose is connected to the garden tap",
        "i don't take my pills with wine, is that bad",
        "im not suicidal, i just took the whole strip of vitamins",
        "took a whole packet of biscuits to work",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "if i took them all would it hurt",
        "if i took everything in my pill organiser would it be enough",
        "if someone took a whole packet of sleeping pills would it be painless",
        "what if i lit the charcoal in my car",
    ],
)
def test_the_act_under_a_condition_is_a_thought_not_an_act(text: str) -> None:
    assert RiskLevel.IDEATION <= rules_level(text) < L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        # another's supply, often the leftovers of the dead (written_94)
        "swallowed all of nana's blood pressure tablets with a glass of gin",
        "i took the rest of my husband's morphine an hour ago",
        "necked the rest of her diazepam, she won't need it now",
        "i've downed my dad's sleeping pills",
        "injected the rest of what she had left in the flat",
    ],
)
def test_anothers_supply_swallowed_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took all of grandpa's tablets back to the chemist after the funeral",
        "took the rest of mum's meds round to the pharmacy for disposal",
        "took all of his pills out of the bathroom so the carer could count them",
        "my nan swallowed her tablets with a spoon of jam",
        "dad swallowed his pills fine today, the new ones are smaller",
    ],
)
def test_anothers_supply_carried_or_taken_by_them_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
