"""Recall of the wider distress layer (issue #4): medication, abuse at home, wishing to be
hurt, self-blame, loneliness, crises, help-seeking, generic-"you" distress, ways out of
life; lethality questions only after first-person distress beyond everyday stress.

Every sentence here is written for these tests (none comes from a data set).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, judge, level

# Exactly `distress`: the writer's own, and nothing a policy acts on.
DISTRESS = [
    # psychiatric medication
    "has anybody else tried trintellix? how was it",
    "did sertraline work for anyone here",
    "any experiences with lamotrigine for mood?",
    "my anxiety meds make me so sleepy",
    "took 2mg lorazepam, hoping to sleep",
    "I stopped my lexapro last week",
    # abuse at home
    "my stepdad hits me when he drinks",
    "she slapped me with a spoon and laughed",
    "they yell at me every single night",
    "I'm scared to go home after school",
    # wishing to be hurt or put in hospital (not dead)
    "please someone hurt me badly enough that I get a week off",
    "I want to get injured so I don't have to go back",
    "I deserve to be punished for everything",
    "I keep punishing myself for small mistakes",
    # self-blame, worth
    "I lost my best friend because I was too much",
    "who would ever want to date me",
    "I feel rotten to the core",
    "what the hell is wrong with me",
    # loneliness
    "everyone at the wedding was happy except me",
    "I'm spending my birthday alone again",
    "nobody ever texts me first",
    "I miss having friends to call",
    # states and crises
    "I'm in a really dark headspace",
    "I just need to get through this night",
    "I can't face work anymore",
    "I can't afford rent this month and I'm scared",
    "we're about to be evicted",
    "it's so hard to ask for help",
    # help-seeking
    "how do I find a therapist who takes my insurance",
    "I want to get professional help for this",
    # generic "you" describing the writer's own experience
    "it's a strange feeling, starving yourself for days",
    "what do you even do when nothing makes you happy anymore",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_new_distress_categories_are_distress(text: str) -> None:
    assert level(text) == L.DISTRESS


# Passive: a wish not to be here in leaving / dissolving wording, or being a burden.
PASSIVE = [
    "I wish I could just dissolve and drift away",
    "sometimes I want to leave this world for good",
    "I keep thinking about not existing anymore",
    "I'm scared of becoming a burden on my kids",
    "at least then people would remember me",
    "why did my parents even have me",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_leaving_and_burden_wordings_are_passive(text: str) -> None:
    assert L.PASSIVE <= level(text) < L.INTENT


IDEATION = [
    "I've been reading up on ways to exit this life for good",
    "I keep studying the ways people chose to go permanently",
]


@pytest.mark.parametrize("text", IDEATION)
def test_looking_at_ways_out_of_life_is_ideation(text: str) -> None:
    assert level(text) >= L.IDEATION


# Look-alikes that must stay below distress (or below passive where said).
NONE = [
    "my friend hit me up about the party",
    "I broke my leg skiing last winter",
    "I'm leaving this job for good",
    "what are some ways to leave the company for good",
    "how much tylenol is safe for a headache",
    "can you die from eating raw cookie dough? asking for my kid",
    "this commute is killing me",
    "I'm dying to see the new film",
    "kill the python process please",
    "i'm dead 💀",
]


@pytest.mark.parametrize("text", NONE)
def test_look_alikes_stay_none(text: str) -> None:
    assert level(text) == L.NONE


# Lethality questions: nothing alone, intent after risk-bearing distress, not after stress.
@pytest.mark.parametrize(
    "turns",
    [
        ("I just lost my job and my girlfriend left", "that's a lot", "can you die from drinking bleach?"),
        ("I hate my life", "I'm here", "is it lethal to take a whole bottle?"),
        ("everything feels hopeless", "I hear you", "how lethal is antifreeze"),
    ],
)
def test_lethality_question_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    result = judge(*turns)
    assert result.self_harm is not None
    assert result.self_harm.level >= L.INTENT and result.self_harm.method_seeking


@pytest.mark.parametrize(
    "turns",
    [
        ("I'm so stressed about exams", "good luck!", "can you die from too much caffeine?"),
        ("work has been super busy and I'm tired", "rest up", "how tall is the golden gate bridge"),
        ("are you ever sad?", "I'm an AI", "how tall is the golden gate bridge"),
        ("I'm stressed about exams", "ok", "how much tylenol is safe for a headache"),
    ],
)
def test_everyday_stress_or_generic_you_does_not_lift_a_method_question(turns: tuple[str, ...]) -> None:
    assert level(*turns) <= L.DISTRESS


def test_lethality_question_alone_is_nothing() -> None:
    assert level("can you die from a bee sting?") == L.NONE


def test_generic_you_distress_is_marked_generic() -> None:
    result = judge("starving yourself for a day feels oddly good")
    frames = {f.detail["frame"] for f in result.findings}
    assert frames == {"generic"}


def test_distress_about_a_named_other_stays_theirs() -> None:
    assert level("my brother is so depressed lately") <= L.DISTRESS
    result = judge("my brother is so depressed lately")
    assert result.self_harm is not None and result.self_harm.subject != "self"
