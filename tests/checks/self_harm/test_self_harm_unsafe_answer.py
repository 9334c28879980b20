"""A safety check-in ("are you safe right now?", "can you keep yourself safe tonight?")
answered by a bare "no" / "not really" / "i'm not safe" is at least ideation (see
``_unsafe_answer``); a "yes", an answer naming another danger, a question about a place or
a thing, and a "no" to another question are not."""

from __future__ import annotations

import pytest

from safeguard.checks.self_harm._question import read_question
from tests.checks.self_harm._helpers import L, rules, rules_level


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("I'm really glad you told me. Are you safe right now?", "nope"),
        ("Are you safe tonight?", "not really"),
        ("Thank you for sharing that. Do you feel safe right now?", "no im not safe"),
        ("Can you keep yourself safe until morning?", "i dont think so"),
        ("are u safe rn", "nah"),
    ],
)
def test_a_no_to_a_safety_check_in_is_ideation(question: str, answer: str) -> None:
    assert rules_level("hi", question, answer) >= L.IDEATION


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Are you safe right now?", "yes im safe"),
        ("Are you safe right now?", "no, my ex is outside the flat and he's shouting"),
        ("Do you feel safe at home?", "not really"),
        ("Is it safe to take ibuprofen with that?", "no"),
        ("Did you get home okay?", "no"),
        ("Are you safe to drive?", "no"),
    ],
)
def test_a_yes_another_danger_or_another_question_is_not(question: str, answer: str) -> None:
    assert rules_level("hi", question, answer) < L.PASSIVE


def test_the_check_in_is_read_as_a_question_of_safety() -> None:
    assert read_question("Are you safe right now?", rules()._cues).safe
    assert not read_question("Are you safe at home?", rules()._cues).safe
