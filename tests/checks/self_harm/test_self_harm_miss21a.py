"""Decided plans the whole check missed (miss21a), each a plan phrase paired with a second.

- The cover as the people around believe it ("my wife thinks i'm decluttering", "friends
  think it's a holiday"): en.intent.cover_story, and a trip or clear-out someone else
  believes is no happy plan (_plans.believed) nor a goodbye's reason (_everyday_farewell).
- The cover denied with "we" or as no move at all ("we're not moving", "there's no move",
  "it's not decluttering"): en.intent.cover_denied.
- Persuasion or rescue refused ("don't try to talk me out of it", "nobody can stop me now"):
  en.intent.no_rescue.

Each is a plan phrase (kind plan_ref): alone nothing, intent beside a second one.
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "handed my records over to my cousin. my husband thinks i'm decluttering",
        "i've been giving my books away. my flatmates think i'm doing a minimalism thing",
        "rehomed my rabbit last week. the family thinks it's a holiday i'm going on",
        "got all my affairs in order this week. my brother thinks i'm going on holiday",
        "sold the bike, gave my camera away. mates reckon i'm emigrating",
    ],
)
def test_a_cover_as_others_believe_it_beside_a_preparation_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "my wife thinks i'm decluttering but i'm just looking for my old passport",
        "my mum thinks i'm going on holiday next month, she's so jealous",
        "gave my dog to my sister for the week. i think i'm moving abroad next year",
        "giving my old books away, i'm decluttering before the move",
        "i think it's a holiday weekend, the shops are shut",
    ],
)
def test_a_belief_alone_or_the_writers_own_plan_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "gave the cat to my neighbour and said we were moving. we're not moving",
        "gave my guitar away and told my mates i'm moving to leeds. there's no move",
        "been giving everything away. people assume it's spring cleaning. it's not decluttering",
    ],
)
def test_a_cover_denied_with_we_or_as_no_move_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "we're not moving after all, the sale fell through",
        "there's no move planned this year, we love the house",
        "it's not decluttering if you just buy more stuff lol",
    ],
)
def test_a_denied_move_alone_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i've made my decision. please don't try to talk me out of it",
        "my mind's made up. you can't talk me out of this",
        "everything is ready. don't try to stop me",
        "i have everything i need. nobody can stop me now",
    ],
)
def test_a_decision_with_rescue_refused_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "don't try to talk me out of it, i'm getting the tattoo on friday",
        "level 40 finally. nobody can stop me now",
        "i've decided on the red car. don't talk me out of buying it",
        "you can't talk me down on the price, it's a fair offer",
    ],
)
def test_a_purchase_or_a_boast_defended_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "at the viaduct. this is it",
        "on the ledge. just wanted someone to know",
        "at the bridge again. i just wanted to tell someone",
        "on the parapet. don't try to talk me out of it",
    ],
)
def test_a_dangerous_place_opening_the_message_beside_a_plan_phrase_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "at the bridge now, where are you?",
        "on the roof fixing the gutter. this is it, the last tile",
        "we had lunch at the bridge. this is it, the best cafe in town",
        "on the ledge. its windy up here but the view is great",
        "at the cliffs with the kids, having a picnic",
    ],
)
def test_a_place_in_a_longer_clause_or_alone_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
