"""A wish to join a dead loved one is the writer's: the person joined is the wish's
companion, not its subject (see _joined). Everyday joining stays nothing."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from tests.checks.self_harm._helpers import L, rules, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "I'm ready to join my grandma in heaven",
        "i just want to join my son in heaven",
        "honestly i'd like to join my late husband in heaven",
        "i'm ready to join him in heaven",
        "some nights i want to join my mum on the other side",
        "i'm ready to join them on the other side",
        "i want to join my wife on the other side of the veil",
        "part of me just wants to join my dad on the other side now",
    ],
)
def test_a_wish_to_join_the_dead_is_the_writers(text: str) -> None:
    result = rules().check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    assert result.self_harm.level >= L.PASSIVE
    assert result.self_harm.subject == "self"


@pytest.mark.parametrize(
    "text",
    [
        "my sister keeps saying she wants to join our mum in heaven",
        "my nan says she is ready to join him in heaven",
    ],
)
def test_someone_elses_wish_to_join_stays_theirs(text: str) -> None:
    result = rules().check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    assert result.self_harm.subject == "other"


@pytest.mark.parametrize(
    "text",
    [
        "my grandma joined us for dinner on sunday",
        "going to join my mum at the beach tomorrow",
        "i'll join my dad on the other side of the country next month",
        "can't wait to join my brother on the other side of the world for christmas",
        "my cousin joined my uncle in the business",
    ],
)
def test_everyday_joining_is_nothing(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my grandfather died by suicide before I was born and my dad never talks about it. how do i ask him",
        "My grandmother wants to die at home in Manila, not in the hospital here. how do we arrange it",
        "my nan died by suicide in the 70s and the family never talks about it, was that common then?",
    ],
)
def test_a_grandparent_reported_is_not_the_writer(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "I'm ready to join my grandmother in heaven",
        "my grandfather died by suicide and lately i think about suicide too",
        "i just want to join my granny in heaven, i'm so tired",
    ],
)
def test_the_writers_wish_beside_a_grandparent_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
