"""Spanish, Portuguese, French and German wording, round rec18f (second round).

An overdose told in two pieces, as English reads it (``_whole_dose``): the writer's
medicine taken, then its whole supply in the next clause or right after the verb; a bare
"all" (es/pt "todos", fr "tous", de "alle") only as a whole clause of its own, since the same
word opens routines ("todos os dias", "alle zwei Stunden"). Each piece alone is an ordinary
day. German with the supply before the verb and no "ich".

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, exact level): turns split on " // "
DOSE_FLAG: list[tuple[str, L]] = [
    ("me tomé los calmantes de mi tía. todos. tengo mucho sueño", L.IMMINENT),
    ("ya lo tomé. todas las pastillas del botiquín", L.IMMINENT),
    ("me tomé todas las de la tiroides de mi mamá", L.IMMINENT),
    ("engoli os comprimidos do meu pai. todos", L.IMMINENT),
    ("tomei tudo. a caixa inteira", L.IMMINENT),
    ("j'ai pris les somnifères de mon père, tous", L.IMMINENT),
    ("je les ai avalés. tous les comprimés", L.IMMINENT),
    ("hab meine schlaftabletten eingeworfen. alle", L.IMMINENT),
    ("hab grad die ganzen tabletten von oma geschluckt", L.IMMINENT),
]

DOSE_NOT_FLAG: list[str] = [
    # the day's dose and a routine after it
    "me tomé las pastillas. todos los días igual",
    "tomei os remédios. todas as manhãs a mesma coisa",
    "j'ai pris mes médicaments, tous les matins",
    "hab meine tabletten genommen, alle zwei tage",
    # drinks, days off and things carried
    "me tomé todo el café",
    "me tomé todos los días libres de agosto",
    "tomei tudo. o suco estava ótimo",
    "j'ai tout pris pour le pique-nique",
    # a prescription followed, someone else
    "hab alle tabletten genommen, die der arzt verschrieben hat",
    "mi hermana se tomó las pastillas. todas las noches lo hace",
    # the pieces alone
    "todos.",
    "tomé las pastillas",
]


@pytest.mark.parametrize(("text", "expected"), DOSE_FLAG)
def test_rec18f_dose_told_in_pieces_is_imminent(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


@pytest.mark.parametrize("text", DOSE_NOT_FLAG)
def test_rec18f_dose_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
