"""Spanish, Portuguese, French and German wording, round rec18b.

Passive wishes in more wordings (not waking, being taken, resting for good, a life wished
undone, death or vanishing as a relief, an accident hoped for), being a burden, and
self-harm on a named part of the body (ideation, as English "i hit myself on the legs").
Method questions in more wordings are nothing alone and intent beside the writer's
distress, which also got more wordings (a job lost, a partner gone, life called a mess).
Each language's idioms of dying, ordinary medicine talk, trains and goodbyes stay below.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, exact level): turns split on " // "
MUST_FLAG: list[tuple[str, L]] = [
    # es: not waking, being taken, resting for good, a life undone, relief, an accident
    ("ojala manana ya no despierte", L.PASSIVE),
    ("cada noche me acuesto pidiendo no despertar", L.PASSIVE),
    ("le rezo a la virgen para que me recoja", L.PASSIVE),
    ("solo quiero descansar para siempre", L.PASSIVE),
    ("mejor ni hubiera nacido", L.PASSIVE),
    ("si me muero manana nadie se entera", L.PASSIVE),
    ("ojala me atropelle un camion de camino al curro", L.PASSIVE),
    ("mis viejos estarian mas tranquilos sin mi", L.PASSIVE),
    ("en mi casa siento que estorbo", L.PASSIVE),
    # es: self-harm on a named part of the body
    ("me golpeo la cara cuando me equivoco", L.IDEATION),
    ("me muerdo los brazos cuando me gritan", L.IDEATION),
    ("me clavo las unas hasta que duele", L.IDEATION),
    # pt
    ("toda manha penso que preferia nao ter acordado", L.PASSIVE),
    ("peço a deus que me recolha logo", L.PASSIVE),
    ("se eu desaparecesse ninguem ia perceber", L.PASSIVE),
    ("era melhor eu nem existir", L.PASSIVE),
    ("tomara que o aviao caia na volta", L.PASSIVE),
    ("sou um peso pra minha familia", L.PASSIVE),
    ("corto-me nos bracos quando fico sozinha", L.IDEATION),
    ("bato em mim mesmo quando erro", L.IDEATION),
    # fr
    ("je voudrais ne plus jamais me reveiller", L.PASSIVE),
    ("je voudrais dormir pour toujours", L.PASSIVE),
    ("ce serait plus simple de disparaitre", L.PASSIVE),
    ("je souhaite avoir un accident en allant au boulot", L.PASSIVE),
    ("mes parents seraient plus tranquilles sans moi", L.PASSIVE),
    ("je me griffe jusqu au sang quand ca va mal", L.IDEATION),
    # de
    ("ich wünschte, ich wär nie geboren worden", L.PASSIVE),
    ("wenn ich nicht mehr da wär, wär es für alle leichter", L.PASSIVE),
    ("ich bin so müde vom leben", L.PASSIVE),
    ("ich hoffe, dass das flugzeug abstürzt", L.PASSIVE),
    ("ich kratze mich, bis es blutet", L.IDEATION),
    ("ich wünschte, ich wäre tot", L.PASSIVE),
    ("ich wünschte mir, ich wär nie geboren", L.PASSIVE),
    # fr "m'enlever la vie", de ending it oneself after a comma, a crash hoped for
    ("j'pense à m'enlever la vie quand il parle", L.IDEATION),
    ("ich denk seit wochen dran, es zu beenden", L.IDEATION),
    ("ich hoffe manchmal, dass der zug entgleist", L.PASSIVE),
    # the ligature typed as such ("cœur") reads as the phrase data spells it
    ("je suis à bout. combien de comprimés pour que le cœur s'arrête", L.INTENT),
    # lying on the tracks or at the platform's edge, beside distress or a wish
    ("ya no aguanto mas. estoy acostado en las vias", L.IMMINENT),
    ("quero morrer. deitei nos trilhos", L.IMMINENT),
    ("je veux mourir. je suis allongé sur les rails", L.IMMINENT),
    # method questions beside the writer's distress
    ("mi vida es un desastre. el veneno de ratas mata a una persona?", L.INTENT),
    ("terminei com meu namorado. quantos comprimidos precisa pra morrer?", L.INTENT),
    ("j'ai perdu mon boulot. a partir de quelle dose c'est dangereux ?", L.INTENT),
    ("sie hat schluss gemacht. ab wie vielen wird es gefährlich?", L.INTENT),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FLAG)
def test_rec18b_wordings_reach_their_level(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


MUST_NOT_FLAG = [
    # idioms of dying and killing
    "me muero de risa con este video",
    "si me muero de hambre es culpa tuya",
    "tô morto de cansaço",
    "ça me tue ce prof",
    "ich sterbe vor hunger",
    # ordinary mornings, prayers, rest and haircuts
    "hoy no amaneci bien, me duele la garganta",
    "me corto el pelo los domingos",
    "quiero descansar el finde entero",
    "je voudrais dormir toute la journée demain",
    "ich bin müde vom training",
    # accidents not wished for, trains and planes
    "ojala no me atropelle el bus, voy tarde",
    "ich hoffe, dass der zug nicht entgleist",
    "tomara que o aviao nao atrase",
    "je souhaite un bon anniversaire à ma soeur",
    # a denial, slang and ligatures in ordinary words
    "je vais pas m'enlever la vie, promis",
    "ce film est mortel",
    "ma sœur a mal au cœur après le manège",
    # platforms and edges in everyday talk
    "estoy al borde del colapso con este curro",
    "espero el tren al borde del anden",
    "ich stehe an der bahnsteigkante und warte auf den ICE",
    # medicines, doses and questions without distress
    "el veneno de ratas mata a una persona? lo vi en una serie",
    "à partir de quelle dose le doliprane est dangereux pour un enfant ?",
    "ab wie vielen tassen kaffee wird es gefährlich?",
    # goodbyes and someone else
    "ojala no hubiera llovido, se mojo todo",
    "el perro nacio en marzo, mejor ni hubiera llovido ese dia",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_rec18b_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
