"""The issue #4 recall categories in Spanish, Portuguese, French and German: abuse at
home, loneliness, medication, help-seeking (distress), being a burden (passive), and
lethality questions that only count after the writer's own distress.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, judge, level

DISTRESS = [
    "mi madrastra me grita todos los días",
    "nadie me escucha",
    "necesito hablar con alguien",
    "empecé sertralina hace una semana",
    "meu namorado me humilha",
    "ninguém me entende",
    "preciso conversar com alguém",
    "ma mère me frappe quand elle boit",
    "personne ne m'écoute",
    "j'ai besoin de parler à quelqu'un",
    "meine Mutter bedroht mich",
    "niemand mag mich",
    "ich brauche jemanden zum Reden",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_everyday_distress_in_other_languages(text: str) -> None:
    assert level(text) == L.DISTRESS


PASSIVE = [
    "tengo miedo de ser una carga para mis hijos",
    "sou um peso para a minha família",
    "j'ai l'impression d'être un fardeau pour tout le monde",
    "ich bin nur eine Last für meine Eltern",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_burden_in_other_languages_is_passive(text: str) -> None:
    assert level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("odio mi vida", "te escucho", "¿se puede morir de paracetamol?"),
        ("odeio minha vida", "estou aqui", "dá para morrer de paracetamol?"),
        ("je déteste ma vie", "je suis là", "peut-on mourir de paracétamol ?"),
        ("ich hasse mein Leben", "ich bin da", "kann man an Paracetamol sterben?"),
    ],
)
def test_lethality_question_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    result = judge(*turns)
    assert result.self_harm is not None
    assert result.self_harm.level >= L.INTENT and result.self_harm.method_seeking


NONE = [
    "¿se puede morir de un resfriado?",
    "me muero de risa",
    "dá para morrer de gripe?",
    "peut-on mourir d'un rhume ?",
    "kann man an einer Erkältung sterben?",
    "mi hermano me pega un susto cada vez",
]


@pytest.mark.parametrize("text", NONE)
def test_lethality_questions_alone_and_look_alikes_are_nothing(text: str) -> None:
    assert level(text) <= L.NONE


# Look-alikes in the other languages: someone or something else "will kill me" (3rd person:
# va, vai, bringt) is an idiom, and informational questions (warning signs, risk factors,
# how to help) are not the writer's risk. The writer's own words still are (1st person:
# vais, vou, bringe; a wish to die).
LOOK_ALIKES = [
    "mon patron va me tuer si j'arrive encore en retard",
    "ce trafic va finir par me tuer",
    "minha chefe vai me matar se eu esquecer o relatorio",
    "meus pais vao me matar quando virem a nota",
    "mein Chef bringt mich um, wenn ich wieder zu spät komme",
    "cuales son las señales de alerta del suicidio en adolescentes?",
    "quais são os fatores de risco de suicídio em idosos?",
    "quels sont les signes avant-coureurs du suicide chez les ados ?",
    "Was sind Warnsignale für Suizid bei Jugendlichen?",
    "como posso ajudar um amigo que fala em suicídio?",
]
OWN_WORDS = [
    ("je vais me tuer ce soir", L.INTENT),
    ("vou me matar hoje", L.INTENT),
    ("ich bringe mich heute um", L.INTENT),
    ("quiero suicidarme", L.IDEATION),
    ("quero me matar", L.IDEATION),
    ("je veux me suicider", L.IDEATION),
    # German zu-infinitives and the future with a word inside, Spanish/Portuguese "ganas /
    # vontade de morir", French "en finir" after an elision and slang
    ("ich denke daran, mich umzubringen", L.IDEATION),
    ("ich denke oft daran, mich selbst zu töten", L.IDEATION),
    ("ich werde mich heute umbringen", L.INTENT),
    ("ich habe vor mich umzubringen", L.INTENT),
    ("ich habe keine lust mehr zu leben", L.PASSIVE),
    ("ich kann nicht mehr denn ich will sterben", L.PASSIVE),
    ("tengo ganas de morirme", L.PASSIVE),
    ("me voy a quitar la vida", L.INTENT),
    ("tenho vontade de morrer", L.PASSIVE),
    ("j'ai envie d'en finir", L.IDEATION),
    ("je vais me foutre en l'air", L.IDEATION),
    # a word inside the wish ("just", "already", "so much")
    ("je veux juste mourir", L.PASSIVE),
    ("quiero ya morir", L.PASSIVE),
    ("quero muito morrer", L.PASSIVE),
]
NEGATED = [
    "je n'ai pas envie d'en finir, je suis juste fatigué",  # "d'en" is no German "denn"
    "ich will mich nicht umbringen",
    "je veux pas mourir",
    "quiero morir de risa con este video",
]


@pytest.mark.parametrize("text", LOOK_ALIKES + NEGATED)
def test_idioms_informational_questions_and_negations_are_not_risk(text: str) -> None:
    assert level(text) < L.PASSIVE


@pytest.mark.parametrize(("text", "floor"), OWN_WORDS)
def test_the_writers_own_words_still_count(text: str, floor: L) -> None:
    assert level(text) >= floor
