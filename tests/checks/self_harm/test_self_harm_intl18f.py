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


# Letters told as already written: intent after the writer's distress or wish, as English
# "i've already written the letters"; nothing alone. Life events as distress (debts, a visa
# refused, a deportation, thrown out of home, an exam failed) and method questions in more
# wordings: nothing alone, intent together.
PAIRED_FLAG: list[tuple[str, L]] = [
    ("ya no puedo más. ya escribí las cartas para mis hermanos", L.INTENT),
    ("estou sem rumo // já escrevi as cartas, uma pra cada um", L.INTENT),
    ("je suis à bout. mes lettres sont déjà écrites", L.INTENT),
    ("ich pack das alles nicht mehr. die briefe sind schon geschrieben", L.INTENT),
    ("me negaron el asilo. ¿dónde consigo raticida?", L.INTENT),
    ("estou afogada em dívidas. se uma pessoa engolir isso morre?", L.INTENT),
    ("ils vont m'expulser du territoire. quel pont est le plus haut ici ?", L.INTENT),
    ("ich werd abgeschoben. welche brücke ist am höchsten in der stadt?", L.INTENT),
    ("mis papás me corrieron de la casa. ¿qué puente es el más alto de la ciudad?", L.INTENT),
    ("j'ai raté mon concours. du monoxyde dans une chambre fermée, ça fait quoi ?", L.INTENT),
]

PAIRED_NOT_FLAG: list[str] = [
    # letters alone, someone else's, ordinary letters
    "ya escribí las cartas",
    "já escrevi as cartas de recomendação pro mestrado",
    "ma soeur a déjà écrit les lettres d'invitation",
    "die briefe sind schon geschrieben, nur noch briefmarken drauf",
    # life events alone stay distress at most
    "me negaron la visa otra vez, qué rabia",
    "ich hab schulden bei meinem bruder, zahl sie nächsten monat",
    # a fear of failing, a joke about exams
    "si je rate le bac ma mère m'enterre mdr",
    # method-like questions with an everyday purpose and no distress
    "¿dónde venden raticida? tenemos ratas en el galpón",
    "qual ponte tem mais altura no brasil? é pra um trabalho de geografia",
    "welche brücke ist am höchsten in europa?",
    "quel pont est le plus haut de france ?",
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_FLAG)
def test_rec18f_letters_and_questions_beside_distress(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


@pytest.mark.parametrize("text", PAIRED_NOT_FLAG)
def test_rec18f_letters_and_questions_alone_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
