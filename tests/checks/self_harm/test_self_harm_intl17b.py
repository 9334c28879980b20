"""Explicit risk in Spanish, Portuguese, French and German, round rec17b.

A time set for the act ("el viernes lo hago", "quand ma coloc sera partie", "wenn die
Kinder bei ihrem Vater sind") is a plan phrase with no level: nothing alone, intent beside
a second plan phrase, imminent beside means at hand (see _combine). "Just wanted to say
goodbye" is a last word paired with a place to fall from. The whole of a medicine told taken ("tomei todo o
rivotril", "j'ai pris tout le xanax", "alle meine Herztabletten genommen") is the act done.
"Ich bring mich um vor Lachen" is a laugh.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, exact level): turns split on " // "
MUST_FLAG: list[tuple[str, L]] = [
    # a set time beside a place to fall from
    ("estoy en la azotea. el domingo lo hago", L.IMMINENT),
    ("tô no viaduto. quando todos estiverem dormindo", L.IMMINENT),
    # a thought of the whole supply stays a thought (not the act done)
    ("pensé en tomarme todas las pastillas de mi vieja pero no lo haría", L.IDEATION),
    # a last word at a place to fall from
    ("estoy en el techo del edificio. solo quería despedirme de alguien", L.IMMINENT),
    ("tô no viaduto. só queria dizer adeus", L.IMMINENT),
    ("ich steh auf dem dach. wollte nur tschüss sagen", L.IMMINENT),
    ("je suis sur le toit. je voulais juste dire merci", L.IMMINENT),
    # the whole of a medicine told taken, accents dropped as typed
    ("tomei todo o clonazepam agora", L.IMMINENT),
    ("acabo de tomarme todas las de mi abuela", L.IMMINENT),
    ("me tome todo lo que habia", L.IMMINENT),
    ("jai pris tout le doliprane", L.IMMINENT),
    ("je viens d'avaler toutes les pilules", L.IMMINENT),
    ("hab eben alle schmerztabletten geschluckt", L.IMMINENT),
    ("hab grade alle meine herztabletten genommen", L.IMMINENT),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FLAG)
def test_rec17b_shapes_reach_their_level(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


MUST_NOT_FLAG = [
    # a set time alone, or with an everyday task
    "el viernes lo hago, la tarea de mate",
    "je le ferai samedi, le ménage",
    "am freitag mach ich's, die steuererklärung",
    "sábado eu faço o bolo",
    "cuando se duerman los niños lo hago, el pastel sorpresa",
    # a goodbye wanted with no place or means
    "solo quería despedirme antes de las vacaciones",
    "wollte nur tschüss sagen, bin zwei wochen weg",
    # idioms of each language
    "me muero de risa con este video",
    "ça me tue ce prof",
    "ich bring mich um vor lachen",
    "tô morta de cansaço",
    # all of something else taken, or a prescription taken
    "ich hab alle herztabletten genommen, wie verschrieben",
    "jai pris tout le gâteau",
    "tomei todo o café",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_rec17b_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
