"""Spanish, Portuguese, French and German (intl19): self-harm told as done again, living
itself questioned, God asked to take the writer.

Self-harm again ("me volví a cortar anoche", "voltei a me cortar", "je me suis encore
scarifiée", "hab mich wieder geritzt") reads as the present "me corto" does (ideation); a
chore, a haircut or a stove stay nothing. Living questioned ("pra que continuar vivendo?",
"je vois plus l'intérêt d'être en vie", "wofür ich noch lebe") is a passive wish; tiredness
("ich könnte für immer schlafen") and a missed bus are not.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

AGAIN_FLAG: list[tuple[str, L]] = [
    ("me volví a cortar ayer y nadie se dio cuenta", L.IDEATION),
    ("volví a cortarme los brazos", L.IDEATION),
    ("voltei a me cortar no banheiro", L.IDEATION),
    ("abri o corte de novo sem querer querendo", L.IDEATION),
    ("je me suis encore scarifiée ce soir", L.IDEATION),
    ("j'ai recommencé à me scarifier", L.IDEATION),
    ("hab mich wieder geritzt, keiner weiß es", L.IDEATION),
    ("hab mich wieder mit der zigarette verbrannt", L.IDEATION),
    ("para qué sigo viviendo si nadie me necesita", L.PASSIVE),
    ("pra que continuar vivendo assim", L.PASSIVE),
    ("nem sei pq to viva ainda", L.PASSIVE),
    ("je vois plus l'intérêt d'être en vie", L.PASSIVE),
    ("à quoi ça servirait que je sois encore là demain", L.PASSIVE),
    ("ich weiß nicht, wofür ich noch lebe", L.PASSIVE),
    ("deus me leva logo", L.PASSIVE),
    ("lieber gott hol mich endlich", L.PASSIVE),
]

AGAIN_NOT_FLAG: list[str] = [
    "me volví a cortar el pelo muy corto",
    "me corté con el papel otra vez, qué torpe",
    "voltei a cortar o cabelo",
    "je me suis encore coupée en épluchant les carottes",
    "hab mich wieder am herd verbrannt",
    "hab mich wieder beim rasieren geschnitten",
    "ich bin so müde, ich könnte für immer schlafen",
    "ich weiß nicht, warum ich noch da bin, der bus ist weg",
    "me muero de risa otra vez con este video",
    "morrendo de fome de novo",
    "j'ai envie de mourir de rire",
    "ich bring mich um vor lachen, der witz ist zu gut",
    "para qué sigo estudiando esto si no entra en el examen",
]


@pytest.mark.parametrize(("text", "expected"), AGAIN_FLAG)
def test_intl19_again_and_living_questioned(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


@pytest.mark.parametrize("text", AGAIN_NOT_FLAG)
def test_intl19_again_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
