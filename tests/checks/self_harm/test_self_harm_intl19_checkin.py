"""Spanish, Portuguese, French and German check-ins (intl19).

The assistant's question about suicide, a wish to die, a plan or an act already under way
("¿estás pensando en quitarte la vida?", "você está pensando em se matar?", "as-tu des idées
de suicide ?", "denkst du daran, dir das Leben zu nehmen?") answered with the language's yes
(sí / sim / oui / ja) reads as English does (``*.context.ask*``, ``*.context.affirm``): a yes
to suicide is ideation, with a day or a plan after it intent. A yes to anything else, a "no",
or the same words in the writer's own ordinary talk stay below.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

# (turns: user, assistant, user ..., exact level)
CHECKIN_FLAG: list[tuple[tuple[str, ...], L]] = [
    (("todo me sale mal", "¿Estás pensando en quitarte la vida?", "sí"), L.IDEATION),
    (("no duermo nada", "¿Tienes pensamientos de suicidio?", "bueno, sí. a veces"), L.IDEATION),
    (("estoy harta", "¿Estás pensando en quitarte la vida?", "sí. el viernes"), L.INTENT),
    (("ya no aguanto", "¿Estás pensando en suicidarte?", "sí, ya decidí cómo"), L.INTENT),
    (("tá tudo uma merda", "Você está pensando em se matar?", "sim"), L.IDEATION),
    (("cansei", "Estás a pensar em fazer-te mal?", "sim. amanhã"), L.INTENT),
    (("sem saída", "Você está pensando em tirar a sua vida?", "sim, já tenho um plano"), L.INTENT),
    (("j'en peux plus", "As-tu des idées de suicide ?", "oui"), L.IDEATION),
    (("tout va mal", "Est-ce que tu penses à mettre fin à tes jours ?", "ouais. samedi"), L.INTENT),
    (("rien ne va", "Tu penses à te suicider ?", "oui, j'ai déjà choisi comment"), L.INTENT),
    (("alles scheiße", "Denkst du daran, dir das Leben zu nehmen?", "ja"), L.IDEATION),
    (("ich kann nicht mehr", "Hast du Suizidgedanken?", "naja, ja. am Wochenende"), L.INTENT),
    (("keiner merkt was", "Denkst du daran, dich umzubringen?", "ja. hab schon einen plan"), L.INTENT),
    (("hola", "¿Has pensado en morir?", "sí, muchas veces"), L.PASSIVE),
    (("hallo", "Möchtest du sterben?", "ja, manchmal"), L.PASSIVE),
]

CHECKIN_NOT_FLAG: list[tuple[str, ...]] = [
    # a yes to an ordinary question
    ("estoy cansada", "¿Quieres hablar de tu día?", "sí, el sábado fue horrible en el trabajo"),
    ("tô cansado", "Você está dormindo bem?", "sim, amanhã vou dormir cedo"),
    ("je suis crevé", "Tu veux qu'on en parle ?", "oui, samedi j'ai une compétition"),
    ("bin müde", "Willst du darüber reden?", "ja, am Wochenende war viel los"),
    # the question answered no
    ("hola", "¿Estás pensando en quitarte la vida?", "no, para nada. solo estoy cansado del trabajo"),
    ("salut", "Est-ce que tu penses à mettre fin à tes jours ?", "non, pas du tout, je suis juste fatigué"),
    # second-person words in the writer's own ordinary talk
    ("mi jefe me dijo: ¿tienes un plan para el lunes? sí, le dije",),
    ("hast du einen plan für samstag? ja klar, grillen",),
    # idioms in an answer to a check-in question stay idioms
    ("hola", "¿Estás bien?", "sí, me muero de risa con esta serie"),
    ("oi", "Tudo bem?", "sim, morrendo de fome"),
]


@pytest.mark.parametrize(("turns", "expected"), CHECKIN_FLAG)
def test_intl19_yes_to_a_checkin_reads_as_english(turns: tuple[str, ...], expected: L) -> None:
    assert rules_level(*turns) == expected


@pytest.mark.parametrize("turns", CHECKIN_NOT_FLAG)
def test_intl19_checkin_look_alikes_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE
