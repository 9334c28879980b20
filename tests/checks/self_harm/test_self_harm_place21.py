"""place21: a bare goodbye beside the writer at a place to fall from (es/pt/fr/de, as
English "goodbye"), the Spanish holiday "puente", and a subjectless decision with a day
after the writer's wish ("decided. saturday")."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


# ---------------------------------------------------------------- a goodbye at the place
@pytest.mark.parametrize(
    "turns",
    [
        ("estoy en la azotea del edificio. adiós",),
        ("estoy encima del puente", "adiós a todos"),
        ("to em cima do viaduto. adeus",),
        ("tô no telhado", "adeus pessoal"),
        ("je suis sur la falaise. adieu",),
        ("chu sur le pont", "adieu tout le monde"),
        ("steh auf der Brücke. lebt wohl",),
        ("bin auf dem Dach", "lebewohl"),
    ],
)
def test_a_goodbye_beside_the_place_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        # the goodbye alone ends a chat
        ("adiós, me voy a dormir",),
        ("adeus, até amanhã",),
        ("bon, adieu la compagnie, je vais me coucher",),
        ("so, lebt wohl, ich geh jetzt schlafen",),
        # an everyday "bye" at a platform is a commute
        ("bin am Gleis, tschüss",),
    ],
)
def test_a_goodbye_alone_or_everyday_bye_is_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "estoy en el puente de mayo con mi familia",
        "este finde estoy en el puente largo en la playa",
        "estoy en el puente de diciembre, sin trabajo hasta el lunes",
    ],
)
def test_the_spanish_holiday_puente_is_not_a_bridge(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# ---------------------------------------------------------------- "decided. saturday"
@pytest.mark.parametrize(
    "turns",
    [
        ("i just want to die", "decided. saturday"),
        ("i don't want to be here anymore", "tonight. decided."),
        ("i wish i was dead", "made up my mind. friday"),
        ("i want to die", "it's decided. sunday night"),
        ("quiero morirme", "decidido. el sábado"),
        ("quero morrer", "tudo decidido. domingo"),
        ("je veux mourir", "décidé. samedi"),
        ("ich will sterben", "entschieden. am Samstag"),
    ],
)
def test_a_subjectless_decision_with_a_day_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # no wish before: a job, a trip, a party
        ("my boss is a nightmare", "decided. monday i hand in my notice"),
        ("where should we go for the weekend", "decided. saturday we drive to the coast"),
        ("decided. saturday",),
        ("quiero morirme de la risa con esta serie", "decidido. el sábado la terminamos"),
        ("on part où ce week-end ?", "décidé. samedi on va à la mer"),
        ("der Urlaub wird super", "entschieden. am Samstag geht's los"),
    ],
)
def test_a_subjectless_decision_without_a_wish_is_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # a wish, but the decision has no day near it: left as it was
        ("i want to die", "decided. pizza it is"),
        ("i want to die", "decided to order takeaway"),
    ],
)
def test_a_subjectless_decision_with_no_day_is_not_raised(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "demain je pars en stage à Lyon, je dis adieu à mon appart, adieu à mes potes",
        "mañana me mudo, le digo adiós a mi cuarto, adiós a mis vecinos",
        "amanhã viajo, dou adeus ao meu quarto, adeus aos meus amigos",
    ],
)
def test_a_goodbye_told_to_ones_things_before_a_trip_is_not_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
