"""A wish quoted from another person's post ("is it normal for my friend to post 'i want to
die'") is theirs; the writer's own post or words stay the writer's."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal for my friend to post 'i want to die' on insta stories?",
        "my cousin tweets 'i want to die' every time her team loses",
    ],
)
def test_a_quoted_post_of_someone_else_is_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i want to post 'i want to die' on my story because i do",
        "my friend says i'm fine but i want to die",
    ],
)
def test_the_writers_own_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my boy slammed his door and shouted 'i wish i was dead'. he's 14. what now",
        "grandad muttered 'i'd be better off dead' at the dinner table",
        "she whispered 'i don't want to be here anymore' on the phone last night",
        "my daughter screamed 'i wish i'd never been born' when we took the xbox away",
    ],
)
def test_a_wish_said_aloud_by_someone_else_is_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i shouted 'i wish i was dead' at my mum and i meant it",
        "screamed 'i want to die' into my pillow again tonight",
        "my dad yelled at me and i whispered 'i want to die'",
    ],
)
def test_the_writers_own_wish_said_aloud_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my nan keeps talking about being a burden on everyone since the fall",
        "a lad in my tutor group wrote a story about wanting to disappear forever",
        "my uncle jokes about jumping off a bridge every time his team loses",
        "two girls in my year have posted about wanting to die this week, who do i tell",
        "my best mate lost his job and has been talking about 'ending it all'",
    ],
)
def test_another_persons_talk_about_a_wish_is_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i keep talking about wanting to die and nobody listens",
        "been posting about wanting to die for weeks and no one notices",
        "my therapist and i talked about wanting to die",
        "my sister keeps talking about how i want to die",
        "my mum keeps talking about it but honestly i'm a burden",
    ],
)
def test_the_writers_own_talk_about_a_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i told my mum about wanting to die and she cried",
        "finally told my gp about wanting to die",
        "i talked to my sister last night about wanting to kill myself",
        "i wrote my therapist an email about wanting to be dead",
    ],
)
def test_telling_someone_about_ones_own_wish_is_the_writers(text: str) -> None:
    # the person told stands nearest the wish; the wish is the teller's
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "he told me about wanting to die when he was in the army",
        "my sister told my mum about wanting to die",
        "my roommate talked to me about wanting to kill himself",
    ],
)
def test_someone_telling_the_writer_about_their_wish_is_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
