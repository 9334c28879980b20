"""Spanish, Portuguese, French and German (intl19b): a dead person the writer wishes to join,
and an everyday burn from an iron for clothes.

Joining is passive only with a death word a few words before ("depuis que mon fils est mort
je voudrais le rejoindre", "murió mi hija y quiero irme con ella"); the same verbs for travel
("je vais la rejoindre à Lyon", "quiero irme con ella a Cancún") stay nothing. A burn from a
clothes iron ("je me suis encore brûlée avec le fer à repasser") is an everyday accident.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

JOIN_FLAG: list[tuple[str, L]] = [
    ("depuis que ma femme est morte je voudrais la rejoindre", L.PASSIVE),
    ("mon frère est décédé et j'ai envie de le rejoindre", L.PASSIVE),
    ("desde que murió mi papá quiero irme con él", L.PASSIVE),
    ("mi abuela falleció y quisiera reunirme con ella", L.PASSIVE),
    ("desde que o meu pai morreu quero ir ter com ele", L.PASSIVE),
    ("minha filha morreu e eu queria ir junto com ela", L.PASSIVE),
    ("mein Opa ist gestorben und ich will nur noch zu ihm", L.PASSIVE),
    ("seit Mama verstorben ist würde ich am liebsten mit ihr mitgehen", L.PASSIVE),
]

JOIN_NOT_FLAG: list[str] = [
    "je vais la rejoindre à Lyon samedi",
    "je voudrais le rejoindre au café après le boulot",
    "mort de rire, je voudrais les rejoindre à la soirée",
    "quiero irme con ella a Cancún en verano",
    "quero ir ter com ela a Lisboa no fim de semana",
    "ich will mit ihr nach Rom",
    "ich würde am liebsten mit ihr mitgehen, sie fliegt nach Mallorca",
    "je me suis encore brûlée avec le fer à repasser",
    "je me suis brûlé le doigt avec le fer à lisser",
    "morrendo de fome, quero ir ter com ela no restaurante",
]


@pytest.mark.parametrize(("text", "expected"), JOIN_FLAG)
def test_intl19b_join_a_dead_person(text: str, expected: L) -> None:
    assert user_turns_level(text) == expected


@pytest.mark.parametrize("text", JOIN_NOT_FLAG)
def test_intl19b_join_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


def test_intl19b_iron_burn_on_purpose_still_flags() -> None:
    # The idiom is the clothes iron, not any iron: a burn told as wanted stays flagged.
    assert user_turns_level("je me brûle avec le fer exprès") >= L.PASSIVE
    assert user_turns_level("je me brûle avec le fer à lisser quand ça va mal") >= L.PASSIVE
