"""Explicit risk in Spanish, Portuguese, French and German, round rec17c.

A decision said bare ("ya lo decidí.", "já decidi.", "c'est décidé.", "hab mich
entschieden.") is its whole clause of kind resolve, like English "i've decided.": intent
after the writer's own wish to be dead, nothing alone, beside distress or beside an
everyday object ("c'est décidé, ce sera samedi pour la fête"). A day set for the act
("am Freitag mach ich's") after the writer's wish is a plan (intent). Preparation told
without its act ("ninguém desconfia", "j'ai choisi vendredi", "brauch ich nicht mehr") is a
plan phrase with no level: intent beside a second one, nothing alone.

Sentences are written for these tests (rules alone, no word model); turns split on " // ".
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

MUST_FLAG: list[tuple[str, L]] = [
    # a bare decision after the writer's wish, in that turn or an earlier one
    ("ya no quiero vivir. ya lo decidí.", L.INTENT),
    ("quisiera estar muerta // lo tengo decidido", L.INTENT),
    ("quero morrer. já decidi.", L.INTENT),
    ("não quero mais viver. minha decisão está tomada", L.INTENT),
    ("je veux mourir. c'est décidé.", L.INTENT),
    ("j'ai envie de mourir // ma décision est prise", L.INTENT),
    ("ich will nicht mehr leben. hab mich entschieden.", L.INTENT),
    ("ich will sterben // meine entscheidung steht", L.INTENT),
    # a set day after the writer's wish
    ("ich will sterben. am freitag mach ich's", L.INTENT),
    ("quiero morirme // el sábado lo hago", L.INTENT),
    ("je veux mourir. je le fais dimanche.", L.INTENT),
    ("quero morrer. sábado eu faço", L.INTENT),
    # two preparation phrases, or one beside things given away
    ("dei minhas roupas pra minha prima. ninguém desconfia", L.INTENT),
    ("j'ai donné ma guitare à mon frère. j'ai choisi mardi.", L.INTENT),
    ("meine Konsole hab ich verschenkt. brauch ich nicht mehr.", L.INTENT),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FLAG)
def test_rec17c_shapes_reach_their_level(text: str, expected: L) -> None:
    assert user_turns_level(*text.split(" // ")) == expected


MUST_NOT_FLAG = [
    # a decision with an everyday object, or beside everyday distress only
    "c'est décidé, ce sera samedi pour la fête",
    "ya lo decidí: nos vamos de vacaciones a Cancún",
    "estoy agotada del curro. ya lo decidí.",
    "tô cansada da faculdade. já decidi.",
    "j'en ai marre de ce boulot. c'est décidé.",
    "ich hab keinen Bock mehr auf die Schule. hab mich entschieden.",
    "hab mich entschieden, wir fahren im sommer nach italien",
    # a decision beside someone else's wish
    "mi abuela dice que quiere morirse. ya lo decidí, me mudo con ella",
    # a set day with no wish, or beside distress only
    "estoy harta del curro. el viernes lo hago.",
    "ich hab keinen Bock mehr auf den Job. am Freitag mach ich's",
    # one preparation phrase alone, or a day chosen for an everyday thing
    "j'ai choisi vendredi.",
    "ninguém desconfia da festa surpresa",
    "j'ai donné mon chat à ma voisine. j'ai choisi vendredi pour le resto",
    "der plan steht",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_rec17c_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(*text.split(" // ")) < L.PASSIVE
