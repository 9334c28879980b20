"""An attempt told with a method ("tried to drown myself", "i try to hang myself but it
fail") or an overdose given a recent day ("the overdose on friday") is intent (past-3-months
behaviour); an overdose in progress ("currently overdosing") is imminent. Someone else's
overdose, and everyday "try to ... myself", are not."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ACK = "I'm really glad you told me. How are you feeling?"


@pytest.mark.parametrize(
    "turns",
    [
        ("i tried to drown myself in the bath last week",),
        ("Last month I try to poison myself. Now I feel empty.",),
        ("attempted to suffocate myself on sunday",),
        ("my dad found me after the overdose on saturday", _ACK, "tired. ashamed"),
        ("i'm in a&e. overdose yesterday",),
    ],
)
def test_a_told_attempt_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


def test_an_overdose_in_progress_is_imminent() -> None:
    assert rules_level("currently overdosing, talk to me") == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("my brother's overdose last week scared me",),
        ("i try to cut myself a slice of cake every sunday",),
        ("i tried to teach myself to swim last summer",),
        ("what are the signs of an overdose? asking as a nurse",),
    ],
)
def test_others_and_everyday_tries_are_not_attempts(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
