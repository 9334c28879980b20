"""Being with a dead loved one beside the death told ("my wife died in may. i just want to
be with her"): a wish to be dead, passive; decided ("after the inquest i'm going to join
him"), intent. The same words about the living, with a place or an errand after them, or
denied, are not.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "my husband passed away in the spring. i just want to be with him again",
        "since mum's funeral all i think is that i should go to her",
        "our son was stillborn in march and i feel like i died with him",
        "i lost my husband in june. every night i hope i'll join him",
        "it's a year since dad died. i'd rather be in the ground with him than at this party",
        "she's been dead six months. i want to be where she is",
        "murió mi marido en enero. solo quiero estar con él",
        "ma sœur est morte l'été dernier. je voudrais la rejoindre",
        "meine Mutter ist im Mai gestorben. ich will einfach zu ihr",
        "meu pai morreu faz um ano e eu queria ir junto com ele",
    ],
)
def test_being_with_the_dead_beside_the_death_is_a_wish_to_be_dead(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my brother died at christmas. once the will is sorted i'm going to join him",
        "my wife died last winter. i'm gonna go be with her when the weather turns",
        "desde que murió mi madre no hay nada. después de su cumpleaños me voy con ella",
        "seit er tot ist, warte ich nur. nach der Beerdigung gehe ich zu ihm",
        "il est mort en juin. je vais le rejoindre",
    ],
)
def test_joining_the_dead_decided_is_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "i just want to be with her, we've been long distance for a year",
        "my mate's at the pub so i'm going to join him",
        "grandad died last week. gran is on her own so i want to be with her this weekend",
        "my uncle died. my cousin is at the cemetery so i'm going to join him there",
        "my wife died two years ago. i don't want to be with her yet, i have the kids",
        "dad passed away at home. i wanted to be with him at the end and i was",
        "murió mi abuelo. quiero estar con ella esta tarde en el hospital",
        "mon père est mort. je vais la rejoindre à Lyon ce week-end",
        "mein Opa ist gestorben. ich will zu ihr ins Krankenhaus",
        "our baby died and my wife keeps saying she wants to be with him",
    ],
)
def test_being_with_the_living_a_visit_or_a_denial_is_not_a_wish(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# turns22: the death told in one turn and the wish to join the dead one in a later turn.
@pytest.mark.parametrize(
    "turns",
    [
        ("my mum died in march", "i just want to be with her"),
        ("my grandad passed away before christmas", "i'd rather be where he is than stuck here"),
        ("lost my little brother two weeks ago", "why can't i go too"),
        ("my wife's funeral was on friday", "the house is so quiet", "i wish i could go too"),
        ("dad died in the spring", "honestly i'd rather be with him than here"),
    ],
)
def test_a_death_told_then_the_wish_to_join_in_a_later_turn_is_a_wish(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("my mum died in march", "i'll see her again one day"),
        ("my nan passed away last year", "she's with grandpa now"),
        ("my dad died in june", "i miss him so much it hurts"),
        ("my grandad died years ago", "should i go with her to the appointment?"),
        ("i just want to be with her, she's away all month", "my gran died when i was six"),
        ("my uncle died in may", "my aunt keeps saying she wants to be with him"),
    ],
)
def test_grief_without_a_wish_or_the_wish_before_the_death_is_not(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


# turns22: the means a dead loved one left, kept at hand.
@pytest.mark.parametrize(
    "turns",
    [
        ("dad died in april and nothing matters", "i still have his pills in the bathroom drawer"),
        ("my husband died last year", "i kept his shotgun"),
        ("my brother passed in june", "his guns are still in the loft"),
    ],
)
def test_the_dead_ones_means_kept_after_a_death_is_distress(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("dad died in april and nothing matters", "i still have his pills in the drawer", "i want to die"),
        ("my husband died last year. i kept his shotgun", "i wish i was dead too"),
        ("my mum passed away in may", "i still have mum's morphine. i don't want to be here anymore"),
    ],
)
def test_the_dead_ones_means_kept_beside_a_wish_is_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("my dad died last year", "i kept his watch and his old coat"),
        ("dad's old pills - how do i dispose of them safely?",),
        ("my mum died in may", "i still have her tablets, can the pharmacy take them back?"),
        ("i still have dad's pills in the drawer, he's on holiday",),
    ],
)
def test_a_keepsake_means_made_safe_or_no_death_is_not(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.IDEATION
    assert user_turns_level(*turns) <= L.DISTRESS
