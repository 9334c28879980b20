"""A method question owned by the writer's wish told after it ("how many would kill
someone" ... "because i want to die"; "yes" to "are you thinking about killing yourself?")
is intent, as a life blow told after it is; a later reason that explains the question (an
exam, a dose for someone else, a denial) owns nothing."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_WHY = "Can I ask why you want to know?"
_ASK = "I'm worried about you. Are you thinking about killing yourself?"


@pytest.mark.parametrize(
    "turns",
    [
        ("how many paracetamol would kill someone", _WHY, "because i want to kill myself"),
        ("how much of my insulin before it stops your heart", _ASK, "yes. i've got two boxes"),
        ("what's the lethal dose of amitriptyline", _WHY, "honestly i wish i was dead"),
    ],
)
def test_a_wish_told_after_owns_the_question(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("how many paracetamol would kill someone", _WHY, "for my nursing exam. i'm not suicidal lol"),
        ("what's the lethal dose of amitriptyline", _WHY, "i'm so scared i'll get mum's dose wrong"),
    ],
)
def test_a_reason_told_after_does_not_own_the_question(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
