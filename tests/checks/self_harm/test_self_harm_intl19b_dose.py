"""Spanish, Portuguese, French and German (intl19b): an overdose told as just taken, in
wordings the earlier rounds left ("je viens de prendre toute la boîte de Doliprane", "acabei
de engolir a cartela inteira", "me tomé una caja de clonazepam", "eine ganze Packung
genommen"): imminent. A whole box of sweets, a plate emptied, juice, the evening's tablet
stay below passive.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

DOSE_FLAG: list[tuple[str, L]] = [
    ("je viens d'avaler toute la plaquette de somnifères", L.IMMINENT),
    ("je viens de prendre tous mes cachets", L.IMMINENT),
    ("j'ai avalé les médocs de ma sœur, tous", L.IMMINENT),
    ("acabo de tomarme todo lo que quedaba en el botiquín", L.IMMINENT),
    ("me tragué una caja de paracetamol hace un rato", L.IMMINENT),
    ("engoli o frasco inteiro de calmantes", L.IMMINENT),
    ("tomei tudo que tinha na gaveta de remédios", L.IMMINENT),
    ("hab vorhin eine ganze Schachtel geschluckt, mir ist schwindlig", L.IMMINENT),
    ("alle Schlaftabletten auf einmal genommen", L.IMMINENT),
]

DOSE_NOT_FLAG: list[str] = [
    "je viens de prendre mes médicaments du soir",
    "je viens de prendre toute la boîte de chocolats, oups",
    "je viens de finir toute la plaquette de chocolat",
    "acabo de tomarme todo lo que había en el plato",
    "me tomé una caja de jugo de naranja",
    "comi a caixa inteira de bombons",
    "tomei tudo que tinha na geladeira",
    "se eu tomar a caixa inteira de dipirona, faz mal?",
    "ich habe eine ganze Packung Kekse gegessen",
    "ich hab meine Tabletten heute wie verschrieben genommen",
]


@pytest.mark.parametrize(("text", "expected"), DOSE_FLAG)
def test_intl19b_dose_just_taken(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


@pytest.mark.parametrize("text", DOSE_NOT_FLAG)
def test_intl19b_dose_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
