"""Passive wishes said sideways (passive24): not minding being gone, a future wanted with
the writer not in it, being still here questioned, hoping not to outlast a long commitment,
wishing oneself dead asked about as normal, and going unnoticed if gone, in English,
Spanish, Portuguese, French and German. The everyday look-alikes of each wording (a party
skipped, a job not pictured, a late hour at work, the rain stopping) stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        # not minding being gone, a denial of the act beside it
        "tbh i wouldn't mind if i simply stopped existing. i'm not going to do anything",
        "i don't think i'd mind if i died in my sleep, i'd never act on it though",
        "not planning anything. i just wouldn't mind if it all ended",
        "some nights i wouldn't mind fading away for good",
        "if i just disappeared everyone would be happier",
        # no wanted future
        "there is no version of my life i want to live in",
        "i honestly can't imagine myself reaching 25",
        "i can't see a future that i want to be in",
        # still here questioned
        "what am i still doing alive at this point",
        "what am i even doing on this planet",
        # a long commitment not to be outlasted
        "signed a five year contract today. hoping i don't see the end of the contract",
        "hope i never see the end of this mortgage tbh",
        # asked about as normal
        "is it weird to wish you were dead even when nothing bad is happening?",
        # gone unnoticed, other languages
        "si yo desapareciera nadie se daría cuenta",
        "se eu sumir ninguém vai dar pela minha falta",
        "si je crevais personne ne s'en rendrait compte",
        "keiner würde es merken, wenn ich tot wäre",
        "wenn ich tot wär, würd es niemand merken",
        "si me muriera, nadie lo notaría",
        "si je disparaissais demain, personne ne le verrait",
        "took out a new loan, hope i won't see the end of it",
        # still here questioned, other languages
        "la verdad no sé qué hago todavía aquí",
        "às vezes penso o que é que eu ainda faço aqui",
        "franchement je sais pas ce que je fais encore là",
        "was soll ich überhaupt noch hier",
        # no future, other languages
        "je vois plus d'avenir pour moi",
        "no veo ningún futuro para mí",
        "ich sehe einfach keine zukunft für mich",
    ],
)
def test_sideways_passive_wish_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i wouldn't mind if it stopped raining before the match",
        "wouldn't mind disappearing to a cabin for a week",
        "i'm not suicidal, just worn out after this week",
        "nobody would notice if i skipped the work drinks",
        "if i missed the standup no one would even notice",
        "i can't picture myself in a suit every day",
        "can't picture myself at 30 with a mortgage and kids",
        "there's no future in this relationship, time to move on",
        "what am i still doing here at 9pm, the shift ended ages ago",
        "what am i even doing here, this meeting has no agenda",
        "i hope i don't see the end of this film, it's brilliant",
        "hope i don't outlive my savings",
        "if i left early they'd be relieved, they hate my jokes",
        "si falto a clase nadie lo notaría",
        "se eu faltar ao treino ninguém nota",
        "personne ne remarquerait si je séchais le cours",
        "wenn ich früher gehe, merkt es keiner",
        "wenn ich heute blau mache, würde es keiner merken",
        "¿qué hago aquí un sábado a las ocho?",
        "was mache ich hier eigentlich",
    ],
)
def test_everyday_lookalike_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i'd never do anything myself. but if it all ended, i'd be glad",
        "wouldn't say no if god called me home this winter",
        "i'm not going to hurt myself. i just want to stop, forever",
        "no me voy a hacer nada, solo quisiera no existir",
        "não vou fazer nada comigo. só queria não existir",
        "je vais rien faire hein, juste plus exister",
        "j'ai pu envie d'exister",
    ],
)
def test_denied_act_then_the_wish_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i'm not suicidal, just exhausted from the move",
        "if it all ended up in the skip i'd be fine, it's junk",
        "wouldn't say no if you offered me a lift",
        "i want to stop for the night and pick it up tomorrow",
        "no quiero morirme de vergüenza en la boda",
        "ce modèle de téléphone va plus exister l'an prochain",
    ],
)
def test_denial_and_everyday_wording_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
