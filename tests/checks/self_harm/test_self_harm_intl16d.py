"""Explicit risk in German, French, Spanish and Portuguese the rules used to miss (rec16d):
an overdose told by its whole pack or with the afterthought "alle", a jump announced at a
roof or the tracks, a place bound to a now or a train coming, and the wish in WhatsApp
spelling. Beside each, the same words in an everyday sense, a prescribed dose, a sport and
someone else's words stay below ``passive``.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    ("turns", "level"),
    [
        # an overdose told
        (("hab meine Schlaftabletten genommen. Alle.",), L.IMMINENT),
        (("hab das lithium genommen, die ganze packung",), L.IMMINENT),
        (("j'ai pris toute la plaquette il y a une heure",), L.IMMINENT),
        (("j'ai avalé tout le flacon, pardon",), L.IMMINENT),
        (("ya me tomé todo el blister de clonazepam",), L.IMMINENT),
        (("me tome la botella de raticida",), L.IMMINENT),
        (("tomei o vidro todo de rivotril",), L.IMMINENT),
        (("engoli a caixa inteira",), L.IMMINENT),
        # a jump announced at a place of height
        (("sitz aufm dach vom wohnheim. ich spring gleich",), L.IMMINENT),
        (("steh auf der brücke", "Was ist los?", "dann springe ich"), L.IMMINENT),
        (("estoy en la azotea del hospital, me voy a tirar",), L.IMMINENT),
        # a place bound to a now or a train
        (("bin am gleis. der nächste kommt in 3 minuten",), L.IMMINENT),
        (("estoy en las vías. ya llega el tren",), L.IMMINENT),
        (("tô na ponte agora",), L.IMMINENT),
        (("tô na ponte. o trem tá chegando",), L.IMMINENT),
        (("je suis sur le toit maintenant",), L.IMMINENT),
        # the wish as typed
        (("je veux plus vivre",), L.PASSIVE),
        (("jveux mourir",), L.PASSIVE),
        (("j'en peux plus de vivre",), L.PASSIVE),
        (("ya no kiero vivir",), L.PASSIVE),
        (("kiero morirme ya",), L.PASSIVE),
        (("me kiero matar",), L.IDEATION),
        (("n quero mais viver",), L.PASSIVE),
        (("qro morrer",), L.PASSIVE),
        (("es wär besser, ich wär nicht mehr da",), L.PASSIVE),
        (("ich will einschlafen und nie mehr aufwache",), L.PASSIVE),
    ],
)
def test_explicit_risk_in_four_languages_is_flagged(turns: tuple[str, ...], level: L) -> None:
    assert rules_level(*turns) == level


@pytest.mark.parametrize(
    "text",
    [
        # idioms
        "me muero de risa con este video",
        "je meurs de faim, on mange quand",
        "ich sterbe vor Langeweile im Seminar",
        "tô morta de cansaço depois do plantão",
        # a jump in sport, a train for a commute
        "ich spring gleich ins Becken, Training um sieben",
        "je saute maintenant, le moniteur a ouvert la porte de l'avion",
        "bin grad auf der brücke, stau ohne ende",
        "bin am bahnsteig, zug hat verspätung",
        "tô na ponte agora, trânsito parado",
        "estou no telhado agora consertando a calha",
        # tablets as prescribed; a whole box of food
        "hab meine Tabletten genommen, wie verschrieben",
        "j'ai pris toute la boîte de chocolats hier soir",
        "j'ai tout avalé en 5 min, trop bon ce burger",
        "me tomé todo el café de la mañana",
        "tomei o suco todo",
        # a bare evening beside an urge is not a place readied (it stays what the urge is)
        "n aguento mais essa prova",
        # someone else's words
        "mi amigo dijo que ya no quiere vivir",
    ],
)
def test_everyday_and_others_words_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_a_self_harm_urge_tonight_is_not_raised_by_the_evening() -> None:
    # "ce soir" / "agora" are not a place's now: the urge keeps its own level.
    assert rules_level("envie de me scarifier ce soir") == L.IDEATION
    assert rules_level("vou me cortar agora") == L.INTENT
