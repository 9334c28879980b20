"""Passive wishes told as envy of the dead ("jealous of people who died young") or as
relief at one's own death as an outcome ("if the scan said cancer i'd be relieved", "a
crash on the way home would be a relief") (rec9c). Envy and relief about everyday things
stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "weirdly jealous of people who died before they turned thirty",
        "i envy anyone who didn't wake up this morning",
        "bit morbid but i'm envious of the dead. they're finished",
        "i scroll the obituaries and get jealous",
        "is it bad that i envy the names in the obituary column",
        "if the biopsy came back and i had cancer i'd be relieved",
        "if i died in my sleep tonight it would be a relief",
        "dying in my sleep would honestly be a blessing",
        "if a lorry hit me i'd call it a mercy",
        "a crash on the way to work would be a relief",
        "the consultant told me i had months to live and i'd feel relief, is that wrong",
    ],
)
def test_envy_of_the_dead_or_relief_at_dying_is_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "so jealous of people who passed their driving test first time",
        "i envy people who wake up early and go to the gym",
        "jealous of everyone who went to the concert",
        "i'd be so relieved if the test came back clear",
        "if i got the job i'd be relieved, honestly",
        "if it's not cancer i'll be so relieved",
        "if my flight got cancelled i'd be relieved tbh",
        "the crash on the motorway was a relief to avoid, we took the back roads",
    ],
)
def test_everyday_envy_and_relief_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "whenever someone on the ward dies i think lucky them",
        "every time i read about someone dying young i get jealous",
        "i'm kind of envious of characters who get killed off early",
        "i'd trade places with anyone in a coffin",
        "honestly i'd switch places with him in the grave",
        "walked past the graveyard and felt jealous",
    ],
)
def test_envy_of_the_dead_in_more_words_is_passive(text: str) -> None:
    # miss21b: a death heard of and "lucky them", dying young envied, places traded with
    # the dead, envy felt at a cemetery.
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "she's off to bali next week, i thought lucky her",
        "my mate won the raffle, lucky him",
        "i'd trade places with anyone in the office right now, mine is freezing",
        "i'd love to swap places with someone in the sun",
        "the coffin was beautiful and i felt calm",
    ],
)
def test_everyday_luck_and_trading_places_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
