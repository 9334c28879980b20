"""The word model grading up a conversation the rules flagged (``_lift.Lifter.grade``)."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel
from tests.checks.self_harm._helpers import rules_level
from tests.checks.self_harm.test_self_harm_lexical import lift

L = RiskLevel
DOG = "i sorted out who gets the dog"


def model(ideation: dict[Feature, float], intent: dict[Feature, float] | None = None) -> LexicalModel:
    """A passive head that never fires alone, and ideation / intent heads on the given words."""
    return LexicalModel(
        (
            Head(L.PASSIVE, -9.0, 0.5, {}),
            Head(L.IDEATION, -2.0, 0.5, ideation),
            Head(L.INTENT, -2.0, 0.5, intent or {}),
        ),
        {},
    )


def test_a_plain_wish_with_a_plan_in_other_words_is_graded_up() -> None:
    text = f"i wish i wasn't here anymore. {DOG}"
    assert rules_level(text) == L.PASSIVE
    assert lift(model({"dog": 9.0}), text) == (L.IDEATION, [(0, DOG)])
    assert lift(model({"dog": 9.0}, {"dog": 9.0}), text)[0] == L.INTENT


def test_ideation_the_rules_found_is_graded_to_intent() -> None:
    text = f"i want to kill myself. {DOG}"
    assert rules_level(text) == L.IDEATION
    assert lift(model({}, {"dog": 9.0}), text)[0] == L.INTENT


def test_below_the_heads_thresholds_the_rules_level_stands() -> None:
    text = f"i wish i wasn't here anymore. {DOG}"
    assert lift(model({"dog": 1.0}), text) == (L.PASSIVE, [])


@pytest.mark.parametrize(
    "text",
    [
        f"i used to wish i wasn't here, years ago. {DOG}",  # a past frame
        f"in my story she wishes she wasn't here. {DOG}",  # fiction
        f"my sister wishes she wasn't here anymore. she {DOG[2:]}",  # someone else
        f"i don't wish i wasn't here. {DOG}",  # negated
    ],
)
def test_a_context_judgement_of_the_rules_stands(text: str) -> None:
    rules = rules_level(text)
    assert lift(model({"dog": 9.0}, {"dog": 9.0}), text)[0] == rules


def test_intent_and_above_are_the_rules_own() -> None:
    text = "i'm going to kill myself tonight, i have the pills"
    assert rules_level(text) >= L.INTENT
    assert lift(model({"pils": 9.0}, {"pils": 9.0}), text)[1] == []
