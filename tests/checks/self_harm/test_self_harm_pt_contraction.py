"""Portuguese "no" is "em" + "o" ("tô no carro", "no telhado"), not a negation: the word
classes of the five languages are one set, and only English and Spanish deny with "no".
Before a Portuguese phrase it denies nothing; Spanish "no" and Portuguese "não" still do.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("tô no carro com o motor ligado e a garagem fechada", L.IMMINENT),
        ("fiquei no carro, motor ligado, garagem fechada. desculpa mãe", L.IMMINENT),
    ],
)
def test_portuguese_no_before_a_portuguese_phrase_denies_nothing(text: str, level: L) -> None:
    assert user_turns_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "no quiero matarme, solo estoy cansada",  # Spanish "no" still denies
        "não quero me matar, só estou cansada",  # Portuguese "não" still denies
        "no, i don't want to kill myself",
    ],
)
def test_real_negations_still_deny(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
