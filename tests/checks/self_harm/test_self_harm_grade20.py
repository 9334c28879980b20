"""grade20: decided plans and acts said without a death word, read with the context the
finality passes already give.

A plea not to be found or saved ("don't look for me", "don't try to find me") is specific
finality wording: a decision beside the writer's distress. A bare "don't call anyone"
or "don't save me" is a readiness phrase only (en.intent.no_rescue),
a decision beside means, a time or a second phrase of finality; "don't tell anyone" is a
secret confided and "i don't want to call anyone" a wish not to reach out. "I came here to
do it" pairs with a place at hand; "love u all" is "love you all". Their everyday
look-alikes (a seat saved, being looked for at the party, a gym visited) stay below
passive.
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

PLEA_BESIDE_DISTRESS = [
    "i'm so tired of everything. don't look for me",
    "i can't take it anymore. don't try to find me",
    "i'm so done with everything. please don't come looking for me",
    "everything is falling apart. dont try and save me",
]


@pytest.mark.parametrize("text", PLEA_BESIDE_DISTRESS)
def test_a_plea_not_to_be_found_beside_distress_is_a_decision(text: str) -> None:
    assert rules_level(text) >= L.INTENT


NO_RESCUE_PAIRED = [
    # beside an act under way, means at hand or a second phrase of finality
    ("please don't call anyone. i've already taken them and i'm lying down", L.IMMINENT),
    ("dont call anyone. tonight's the night", L.IMMINENT),
    ("sorry for everything. dont save me", L.INTENT),
    ("don't call anyone. i already took them all", L.IMMINENT),
    ("do not call anyone, i've already swallowed them", L.IMMINENT),
]


@pytest.mark.parametrize(("text", "least"), NO_RESCUE_PAIRED)
def test_a_plea_not_to_be_rescued_beside_an_act_or_finality(text: str, least: L) -> None:
    assert rules_level(text) >= least


PLANS_PAIRED = [
    "i'm at the bridge. i came here to do it",
    "i'm on the roof. i came here to do this",
    "my note is written. love u all",
]


@pytest.mark.parametrize("text", PLANS_PAIRED)
def test_a_purpose_or_a_last_word_paired_is_a_plan(text: str) -> None:
    assert rules_level(text) >= L.INTENT


def test_a_plea_after_a_place_at_hand_told_earlier_pairs_across_turns() -> None:
    assert user_turns_level("i'm standing on the roof", "don't call anyone") >= L.INTENT


EVERYDAY = [
    # a seat or a slice saved, being looked for at a place or a time
    "i'm stressed. dont save me a seat",
    "i'm so stressed, don't save me any cake",
    "i'm exhausted. don't look for me at the party",
    "don't look for me at the party, i'll be late",
    # a secret, a surprise, a wish not to reach out
    "i'm 15 and i failed my maths test. please don't tell anyone",
    "dont call anyone, it's a surprise party",
    "i'm upset but i don't want to call anyone about it",
    # a place with an everyday purpose, a sign-off alone
    "i came here to do it, the gym is quiet",
    "came here to do this properly, the track is empty at 6am",
    "love u all, see you at the barbecue",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
