""""SI", the clinical shorthand for suicidal ideation, said of the writer ("my SI is bad
tonight", "passive SI", "the SI is back") is risk; "si" meaning "if" in es/fr/pt, "SI
units", someone else's SI and a denial are not the writer's risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("my SI is bad tonight", L.IDEATION),
        ("I'd call it passive SI, no plan, no intent", L.PASSIVE),
        ("the SI is back. it's been back since the funeral", L.IDEATION),
        ("Active SI, no plan. Just checking in.", L.IDEATION),
        ("been having SI for a couple of weeks", L.IDEATION),
        ("each failed med trial the SI ratchets up a notch", L.IDEATION),
    ],
)
def test_the_writers_si_is_risk(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


@pytest.mark.parametrize(
    "text",
    [
        "what are the SI units for pressure",
        "si me preguntas, el examen estuvo bien",
        "si tu veux on peut aller au cinéma demain",
        "no SI, I'm safe, just really low this week",
        "my brother's psychiatrist says he has passive SI, how do I support him",
    ],
)
def test_si_that_is_not_the_writers_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
