"""Issue: look-alikes and negation scope in Spanish, Portuguese, French and German, round 9b.

- A negated verb of knowing or telling does not negate the clause it introduces ("mi novio
  no sabe que sigo cortándome", "nobody knows i still cut"); a verb of saying alone still
  denies ("no dije que quiero morir"), unless told to no one.
- Reported speech without quotes is the speaker's ("mi prima me contó que quiere morirse",
  "ma copine m'a écrit qu'elle voulait mourir"), not when the writer speaks or a clause
  break and a first-person verb follow ("mi ex dijo que se va y ya no quiero vivir").
- Study and work questions about the topic, a ship's deck, fireworks from a roof, a few
  days off, a groan with laughter at a trivial cause.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, least level)
MUST_FLAG: list[tuple[str, L]] = [
    # Negated knowing or telling: the clause after it is asserted.
    ("my parents don't know that i cut myself every week", L.PASSIVE),
    ("i never told anyone that i want to die", L.PASSIVE),
    ("mi novio no sabe que sigo cortándome los brazos", L.PASSIVE),
    ("nunca le he dicho a nadie que quiero morir", L.PASSIVE),
    ("nem sei pq ainda to vivo, só queria sumir pra sempre", L.PASSIVE),
    ("minha mãe não sabe que eu quero morrer", L.PASSIVE),
    ("je sais pas pourquoi je suis encore en vie", L.PASSIVE),
    ("je n'ai jamais dit à personne que je veux mourir", L.PASSIVE),
    ("ich weiß nicht, warum ich noch lebe", L.PASSIVE),
    # The writer's own words after a report, a clause break or a first-person verb.
    ("mi ex dijo que se va y ya no quiero vivir", L.PASSIVE),
    ("mi mamá dice que exagero pero me quiero morir", L.PASSIVE),
    ("j'ai dit à ma sœur que je veux mourir", L.PASSIVE),
    # Laughter beside a real loss or a grave word is no joke.
    ("quero morrer kkkk ninguém liga pra mim", L.PASSIVE),
    ("ptdr ma vie est tellement nulle que si je crève demain personne le verrait", L.PASSIVE),
    # A roof or a bridge without the everyday use.
    ("je suis sur le toit de mon immeuble pour en finir", L.IMMINENT),
    ("quero sumir pra sempre", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG)
def test_round9b_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


MUST_NOT_FLAG: list[str] = [
    # A denial stays a denial.
    "i'm not saying i want to die",
    "dont tell me to kill myself",
    "no dije que quiero morir, dije que estoy cansada",
    # Reported speech: someone else's words (the concern reads distress, not passive).
    "mi prima me contó que quiere morirse, ¿qué le digo?",
    "un alumno me escribió que a veces quiere desaparecer",
    "meu sobrinho disse que quer morrer, como eu falo com ele?",
    "minha colega postou que queria dormir e não acordar mais",
    "ma copine m'a écrit qu'elle voulait mourir, je fais quoi ?",
    # Study and work about the topic.
    "¿cuál es la diferencia entre autolesión y un intento de suicidio?",
    "preciso fazer um trabalho sobre suicídio na adolescência",
    "c'est quoi la différence entre idées suicidaires et tentative de suicide ?",
    "Was ist der Unterschied zwischen Suizidgedanken und einem Suizidversuch?",
    "je prépare un exposé sur le suicide chez les jeunes",
    # Places in their everyday use.
    "on est sur le pont du ferry, la mer est calme",
    "estamos en la azotea viendo los fuegos del año nuevo",
    "je suis sur le toit de l'immeuble pour voir le coucher de soleil",
    # A few days off, leaving an app.
    "queria sumir uns dias pra serra sem internet",
    "quero sumir da reunião de segunda",
    "quiero desaparecer de esta app, me manda demasiados avisos",
    # A groan at a trivial cause, with laughter.
    "me quiero morir jajaja se me quemó el arroz otra vez",
    "quero morrer kkkk a professora me chamou de mãe",
    "j'ai envie de mourir de honte mdr j'ai appelé mon patron papa",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_round9b_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
