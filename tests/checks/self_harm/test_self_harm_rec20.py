"""Recall on English wordings the rules missed or under-graded (session 20): each test
names a kind of wording with its everyday look-alike."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# Whether life insurance pays out on a suicide, asked in a later turn after the writer's
# own distress (see _own_policy): method-seeking after distress, the writer's risk.
@pytest.mark.parametrize(
    "turns",
    [
        ("the bank is taking the house and i can't see a way through any of it",
         "That sounds overwhelming. I'm here.",
         "different question. does a life policy still pay out if it's suicide?"),
        ("i feel like a complete failure, my wife would be better off without my debts",
         "I'm sorry you're carrying this.",
         "is there usually a suicide clause on life cover"),
        ("lost the business this week and i'm so ashamed i can't face anyone",
         "That's a huge loss. What's been happening?",
         "do insurers pay out for suicide after a couple of years"),
    ],
)
def test_payout_question_after_distress_is_the_writers(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("does a life policy still pay out if it's suicide?",),
        ("revising for my insurance exam tomorrow, bit nervous",
         "Good luck! What's the topic?",
         "does a life policy still pay out if it's suicide?"),
        ("my claims team is swamped this month",
         "That sounds busy.",
         "is there usually a suicide clause on life cover"),
    ],
)
def test_payout_question_without_distress_stays_a_topic(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


# Cold as the means asked about after the writer's own blow, an eviction or a night on the
# street (en.method.cold_question, en.distress.stressor): method-seeking after a stressor.
@pytest.mark.parametrize(
    "turns",
    [
        ("got evicted on monday and i've got nowhere to sleep tonight",
         "I'm so sorry. Have you been able to contact the council?",
         "how fast does hypothermia set in if you're lying on concrete"),
        ("been sleeping rough behind the station since my landlord sold up",
         "That sounds really hard.",
         "how cold would it need to get for a person to freeze out there"),
        ("i'm officially homeless as of today",
         "I'm sorry. Do you have anywhere to go?",
         "how cold does it get before you just don't wake up"),
        ("lost the house to the bank last month",
         "I'm so sorry.",
         "is it quicker to freeze or to starve, genuinely"),
    ],
)
def test_cold_method_question_after_a_blow_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("how fast does hypothermia set in if you fall in a lake on a winter hike?",),
        ("for my physiology essay: how long does hypothermia take to set in?",),
        ("how cold does it have to get overnight for the pipes to freeze",),
        ("is it easier to freeze bread or keep it in the bread bin",),
        ("so stressed about the deadline at work",
         "That sounds like a lot.",
         "how cold is the sea at brighton this time of year? fancy a dip"),
        ("volunteering with homeless people at the soup kitchen tonight",),
    ],
)
def test_cold_question_alone_or_after_everyday_stress_stays_low(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


# A fatal accident not minded or welcomed, in more orders, alone or in the turn after a
# distress turn (en.passive.taken_more): passive.
@pytest.mark.parametrize(
    "turns",
    [
        ("honestly wouldn't mind getting run over by a lorry",),
        ("if a tram hit me i wouldn't even care",),
        ("if i got hit by a truck right now id say thanks",),
        ("i'm so worn out by all of it",
         "I'm sorry, that sounds exhausting.",
         "wouldn't mind being hit by a bus on the way in tbh"),
        ("can't face another week like this",
         "That sounds really heavy.",
         "if my flight crashes on friday that would be fine by me"),
        ("it'd be easier if a missile hit me than keep waiting for news",),
    ],
)
def test_accident_not_minded_is_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("wouldn't mind if the bus was late tomorrow, i need the lie-in",),
        ("if a car hit me i'd sue the driver for everything",),
        ("if the plane crashed i'd be terrified, i hate flying",),
        ("if i got hit by a bus at least the handover doc is up to date",),
        ("wouldn't mind being hit by a snowball, it's so warm out",),
    ],
)
def test_accident_look_alikes_stay_low(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


# An overdose told as under way with its medicine named before the now (en.imminent.overdosing):
# imminent; a show, a food or a drink overdosed on stays nothing.
@pytest.mark.parametrize(
    "text",
    [
        "im overdosing on my antidepressants rn",
        "i'm overdosing on all my sleeping pills right now",
        "currently overdosing on the tramadol as we speak",
    ],
)
def test_overdose_under_way_with_its_medicine_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "overdosing on coffee rn, deadline at 5",
        "overdosing on the new season right now, no regrets",
        "im overdosing on sugar atm after the party",
    ],
)
def test_overdosing_on_a_pastime_now_stays_none(text: str) -> None:
    assert rules_level(text) == L.NONE


# A scene set "in" a story or a roleplay is the character's in its sentence, whatever
# person it is told in (_story); "the story of my life" sets no scene.
@pytest.mark.parametrize(
    "text",
    [
        "in the story im overdosing now and the others find me",
        "in my roleplay i'm overdosing on my pills rn, what does the healer do?",
    ],
)
def test_scene_in_a_story_is_not_the_writers_imminent(text: str) -> None:
    assert rules_level(text) < L.IMMINENT


def test_story_of_my_life_stays_the_writers() -> None:
    assert rules_level("story of my life. i'm overdosing on my pills right now") == L.IMMINENT
