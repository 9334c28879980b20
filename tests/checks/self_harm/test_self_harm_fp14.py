"""Session 14's look-alikes: a child named by age quoted (see _aged), a stage of life and a
present told against a dated past (history and recovery phrases), and an answer naming an
app, a test, an event or a course (see _fragment). Each must-not-flag row has must-flag rows
beside it: the same shapes with the writer's own risk now."""

from __future__ import annotations

import pytest

from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._aged import named_by_age
from tests.checks.self_harm._helpers import L, rules, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "my 13 year old messaged me 'i want to die lol' after i took the xbox away. normal teen stuff?",
        "our 9-year-old said 'i wish i was dead' when bedtime came. how worried should we be?",
        "my 15yo posted 'kill me now' under a photo of her maths homework. should i say something?",
    ],
)
def test_a_child_named_by_age_quoted_is_not_the_writer(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i'm a 14 year old and i want to die",
        "my 14 year old self wanted to die and so do i, still",
        "yo i want to die",
        "my old diary says 'i want to die' and i still feel that way",
    ],
)
def test_the_writer_named_by_age_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("my 14 year old said", 3, True),
        ("our eight yr old", 3, True),
        ("my 14yo said", 2, True),
        ("a 14 year old said", 3, False),  # no owner: maybe the writer
        ("my 14 year old self", 3, False),
        ("my old journal", 1, False),
    ],
)
def test_named_by_age_shape(text: str, index: int, expected: bool) -> None:
    keys = tokenize(normalize(text)).keys
    assert named_by_age(keys, index, rules()._cues.words) is expected


@pytest.mark.parametrize(
    "text",
    [
        "I thought about ending my life all the time as a junior doctor. I'm a consultant now and"
        " want to fix the rotas.",
        "I had suicidal thoughts when I was an exchange student. Now I'm a lecturer and I want to"
        " help others like me.",
        "Six years ago I tried to end my life. Today I opened my own bakery. Just wanted to tell someone.",
        "Four years ago I wanted to die every day. Today I got my citizenship and I cried on the bus.",
        "A year ago I'd have said I wanted to die. Now I work at a place that treats me like a person.",
        "In 2017 I tried to kill myself. Now my biggest worry is whether the tomatoes survive the frost.",
        "When I was 17 I cut myself for a year. Now I'm 31 and thinking of a tattoo over the scars.",
    ],
)
def test_a_past_told_from_now_is_not_risk_now(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Five years ago I tried to kill myself. Today I got the rope.",
        "Years ago I tried to end it. Today I got my diagnosis and I don't see the point anymore",
        "Six years ago I tried to end my life. Now I'm a nurse and I want to die again.",
        "I tried to kill myself as a teenager. Now I'm back there and I want to die.",
        "as a student i want to kill myself every day",
    ],
)
def test_a_past_beside_risk_now_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("I'm done. I can't do this anymore.", "That sounds heavy. Can you tell me more?",
         "the driving test lol. failed it again, the examiner hated my parking"),
        ("i can't do this anymore", "I'm here. What's happening?",
         "the betting app. deleted it for the third time, my brother changed the password"),
    ],
)
def test_an_app_or_a_test_named_withdraws_the_alarm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("I can't do this anymore", "What's happening?",
         "the exam results. i want to die, i failed everything"),
        ("i want to end it", "What's going on?", "my relationship. he left and i want to kill myself"),
        ("I can't do this anymore", "What's happening?", "my life. all of it"),
    ],
)
def test_a_thing_beside_risk_stays(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
