"""fp18b: an answer that opens by naming an everyday thing withdraws the alarm before it
(_fragment), now also when the thing opens the answer with no article ("geometry proofs.",
"homework.") and for school subjects, shifts and a costume ("the night shifts.", "the
cosplay."). Never when the answer holds means, a word of dying or an act: then the alarm
stands."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("i can't do this anymore", "What's going on?", "algebra homework. three hours on one question"),
        ("i cant do this anymore", "What do you mean?", "calculus. the final is on monday"),
        ("i can't go on like this", "What's going on?", "the late shifts. four in a row and a rota change"),
        (
            "i can't do this anymore",
            "Tell me more?",
            "the costume. the glue keeps melting and the con is saturday",
        ),
    ],
)
def test_an_answer_opening_on_the_thing_withdraws_the_alarm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (
            ("i can't do this anymore", "What's going on?", "homework. and life. i have the pills ready"),
            L.INTENT,
        ),
        (("i can't do this anymore", "What's going on?", "physics. i want to die"), L.PASSIVE),
        (("i want to die", "What's going on?", "the shifts. i'm going to kill myself tonight"), L.INTENT),
        (("i can't do this anymore", "What's going on?", "pills. i took all of them"), L.INTENT),
    ],
)
def test_an_answer_with_risk_keeps_the_alarm(turns: tuple[str, ...], least: L) -> None:
    assert rules_level(*turns) >= least
