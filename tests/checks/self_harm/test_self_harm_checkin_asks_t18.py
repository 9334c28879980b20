"""Check-in wordings the conversation rules read as a question about suicide (turns18):
"are you having thoughts of not being alive?", "were you thinking of jumping?", "is that
how you're feeling?". A "no" naming what was meant withdraws the alarm before it; a "yes"
is the writer's own; a "no" that keeps the wish keeps it; the writer's own "i keep thinking
about jumping" is a disclosure, never a question."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_NOT_ALIVE = "That sounds heavy. Are you having thoughts of not being alive?"
_NOT_HERE = "Do you mean you're thinking about not being here?"
_JUMPING = "I'm worried. Were you thinking of jumping?"
_FEELING = "I'd want to help with that. Is that how you're feeling?"
_FOR_YOU = "I can't help with that. Is this something you're thinking about for yourself?"


@pytest.mark.parametrize(
    ("said", "ask", "reply"),
    [
        ("i dont want to be here anymore", _NOT_HERE, "NO omg i mean at the office party. so loud"),
        ("i dont want to be here anymore", _NOT_ALIVE, "no lol i mean in this town. the rent is insane"),
        ("im standing on the edge of the cliff", _JUMPING, "no!! paragliding lesson. clipped in"),
        ("i want to die", _FEELING, "no sorry, it's a line from the play we're rehearsing"),
        ("i want to kill myself", _FOR_YOU, "oh no sorry, my character's line in the play"),
    ],
)
def test_a_no_naming_what_was_meant_withdraws_the_alarm(said: str, ask: str, reply: str) -> None:
    assert rules_level(said, ask, reply) < L.PASSIVE
    assert rules_level(said) >= L.PASSIVE  # the turn alone is read as risk


@pytest.mark.parametrize(
    ("said", "ask", "reply", "least"),
    [
        ("i dont want to be here anymore", _NOT_ALIVE, "yeah. most days", L.PASSIVE),
        ("everyone would be better off without me", _FEELING, "yes. honestly yes", L.PASSIVE),
        ("i keep picturing my funeral", _NOT_ALIVE, "yes. every night", L.PASSIVE),
        ("i dont want to be here anymore", _NOT_ALIVE, "no. only the wishing", L.PASSIVE),  # the wish kept
        ("i dont want to be here anymore", _NOT_ALIVE, "no", L.PASSIVE),  # bare: names nothing
        ("i dont want to be here anymore", _JUMPING, "no, i'm serious", L.PASSIVE),  # insists
    ],
)
def test_a_yes_or_a_kept_wish_stays(said: str, ask: str, reply: str, least: RiskLevel) -> None:
    assert rules_level(said, ask, reply) >= least


@pytest.mark.parametrize(
    "said",
    [
        "i keep thinking about jumping from the car park roof",
        "honestly i keep thinking of jumping off the bridge near work",
    ],
)
def test_the_writers_own_words_are_no_question(said: str) -> None:
    # A "no" after the writer's own disclosure answers nothing and withdraws nothing.
    assert rules_level(said, "That sounds really hard.", "no idea what to do, honestly") >= L.IDEATION


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "my family would be better off without me",
            "no, sorry, wrong wording. i mean on the ski trip. better off without me",
        ),
        ("i just want to disappear", "no omg the group chat. i want to disappear from it"),
    ],
)
def test_a_denial_naming_the_thing_may_say_the_wish_again_of_it(said: str, reply: str) -> None:
    assert rules_level(said, _NOT_ALIVE, reply) == L.DISTRESS
    assert rules_level(said) >= L.PASSIVE


@pytest.mark.parametrize(
    ("said", "reply", "least"),
    [
        # the turn before said more than a wish
        ("i want to kill myself", "no, sorry, wrong wording. the exam. i can't do it anymore", L.IDEATION),
        # the denial names nothing
        ("my family would be better off without me", "no sorry. better off without me honestly", L.PASSIVE),
        # the wish kept in the opening words
        ("my family would be better off without me", "no, i just wish i wasn't here. the job", L.PASSIVE),
        # the repeat goes above a wish
        ("i can't do this anymore", "no, the job. i want to kill myself", L.IDEATION),
        # a new, plainer wish after the "no"
        ("i can't do this anymore", "no, its the job. i wish i was dead", L.PASSIVE),
        ("i want to die", "no, the job. i want to die", L.PASSIVE),
    ],
)
def test_a_repeat_that_keeps_the_wish_stays(said: str, reply: str, least: RiskLevel) -> None:
    assert rules_level(said, _NOT_ALIVE, reply) >= least
