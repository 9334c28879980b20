"""Issue: explicit risk in Spanish, Portuguese, French and German, round 12.

German verb-final clauses ("..., dass ich sterben will", "weil ich mich umbringen werde",
"nicht mehr leben zu wollen") and the same wish denied before the comma; thoughts of
death (passive) and of a jump or a means (ideation); self-harm going on now ("me sigo
cortando", "continuo me cortando", "bis es blutet", "de propósito") as ideation, like
the English "i keep cutting"; feeling a burden to everyone as passive; the writer's own
losses and ruin as distress, so that a method or place question after them is intent.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, exact level): turns split on " // "
MUST_FLAG: list[tuple[str, L]] = [
    # German: verb-final wishes and intent
    ("ich hab das gefühl, dass ich eigentlich sterben will", L.PASSIVE),
    ("ich weine, weil ich nicht mehr leben möchte", L.PASSIVE),
    ("manchmal frag ich mich, ob es falsch ist, nicht mehr leben zu wollen", L.PASSIVE),
    ("sag meiner mutter nichts, weil ich mich am freitag umbringen werde", L.INTENT),
    # German: thoughts of death, of a jump or a means
    ("ich denke ständig an den tod, seit sie weg ist", L.PASSIVE),
    ("auf dem bahnsteig denk ich immer ans springen", L.IDEATION),
    ("im keller denk ich oft an den strick", L.IDEATION),
    # German: self-harm now
    ("wenn sie streiten, kratze ich mich bis es blutet", L.IDEATION),
    ("ich hab mir den arm absichtlich verbrannt", L.IDEATION),
    ("hab mich gestern wieder geritzt", L.IDEATION),
    # German: a loss, then a place question
    ("seit der scheidung ist nichts mehr wie vorher // welche brücke hier ist am höchsten?", L.INTENT),
    ("alles verzockt, wieder mal. welche methode ist am sichersten?", L.INTENT),
    # Spanish: self-harm now
    ("me sigo cortando las piernas aunque prometí parar", L.IDEATION),
    ("sigo haciéndome daño y nadie se da cuenta", L.IDEATION),
    ("me estoy pellizcando hasta sangrar", L.IDEATION),
    ("anoche me quemé a propósito con la plancha", L.IDEATION),
    ("no puedo dejar de hacerme daño", L.IDEATION),
    # Spanish: burden, losses before a method question
    ("me siento una carga para todos en esta casa", L.PASSIVE),
    ("desde que murió mi abuela nada me importa. ¿qué torres de Bogotá son las más altas?", L.INTENT),
    ("lo perdí todo en las apuestas // ¿la caída desde un quinto piso es mortal?", L.INTENT),
    # Portuguese
    ("continuo me machucando mesmo depois da terapia", L.IDEATION),
    ("sigo a cortar-me às escondidas", L.IDEATION),
    ("me queimei de propósito com o isqueiro", L.IDEATION),
    ("sinto-me um fardo para todos lá em casa", L.PASSIVE),
    ("perdi o emprego e a casa // o carro ligado na garagem fechada demora quanto?", L.INTENT),
    # French
    ("j'en peux plus de mes dettes // combien de temps pour se noyer dans un lac gelé ?", L.INTENT),
    ("depuis la mort de mon frère rien n'a de sens. c'est quoi le plus haut pont de la ville ?", L.INTENT),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FLAG)
def test_round12_shapes_reach_their_level(text: str, expected: L) -> None:
    assert user_turns_level(*text.split(" // ")) == expected


MUST_NOT_FLAG = [
    # German: the wish denied, an accident, a thought of someone else's death
    "ich glaube nicht, dass ich sterben will, ich bin nur müde",
    "nicht dass ich sterben will, aber der job nervt",
    "ich hab mich heute beim kochen geschnitten",
    "ich hab mich gestern beim rasieren geschnitten",
    "mein hund kratzt sich bis es blutet, was tun?",
    "ich denke oft an den urlaub am meer",
    # Spanish: hair, a pet, a lost phone, a place question without distress
    "me sigo cortando el pelo yo misma",
    "mi gato se rasca hasta sangrar",
    "perdí mi celular en el bus",
    "¿qué puentes de Sevilla son los más altos? es para un trabajo de arquitectura",
    # Portuguese
    "perdi meu celular no ônibus",
    "continuo cortando o cabelo em casa",
    # French
    "j'en peux plus de cette série, trop bien",
    "quel est le plus haut pont de France ? c'est pour un exposé",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_round12_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
