"""False alarms of the rules, second round of this session (fp15b).

Each table pairs the wording that no longer raises the writer's level with the nearby
wording that must still do so: the writer's own goodbye, attempt, or act."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules, user_turns_level

L = RiskLevel


def _own_and_other(text: str) -> tuple[RiskLevel, list[RiskLevel]]:
    """The writer's level and the levels of findings about someone else."""
    result = rules().check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    others = [L.parse(f.category) for f in result.findings if f.detail.get("subject") == "other"]
    return result.self_harm.level, others


# ---------------------------------------------------------------- someone else's goodbye
# A goodbye message or note of a person named by a noun ("my mate", "a student in my
# class", "a friend who is…"): theirs, at imminent for them, the writer not raised.
OTHERS_GOODBYE = [
    "my mate posted a goodbye message on snapchat, do i ring his mum",
    "our flatmate has just sent a goodbye text to the group chat",
    "one of my followers wrote a suicide note and deleted it",
    "a boy in my form wrote a goodbye letter, what do teachers do",
    "my ex keeps posting 'goodbye everyone' stuff and won't answer",
    "someone in the discord posted a message that reads like a suicide note",
    "a lad at work who keeps saying goodbye to everyone, should i say something",
]


@pytest.mark.parametrize("text", OTHERS_GOODBYE)
def test_someone_elses_goodbye_named_by_a_noun_is_theirs(text: str) -> None:
    own, _ = _own_and_other(text)
    assert own <= L.DISTRESS


# Told as news without a story or a role, the other person's goodbye is still reported.
@pytest.mark.parametrize("text", OTHERS_GOODBYE[:3])
def test_someone_elses_goodbye_is_still_reported(text: str) -> None:
    _, others = _own_and_other(text)
    assert others


# The writer's own goodbye stays the writer's, whoever is named beside it.
OWN_GOODBYE = [
    ("i told my mate i wrote a goodbye note", L.INTENT),
    ("mate i wrote a goodbye note last night", L.INTENT),
    ("i wrote a goodbye letter to my flatmate", L.INTENT),
    ("i posted a message that sounded like a suicide note", L.INTENT),
    ("my mate and i talked. i wrote a goodbye note to everyone", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), OWN_GOODBYE)
def test_own_goodbye_beside_a_named_person_stays_the_writers(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# Someone else's last words or message are theirs, not the writer's finality; a wish beside
# them is still the writer's.
THEIR_LAST = [
    "his last message was 'see you at the match', and then the crash",
    "my grandad died on sunday. her last words to him were about the garden",
    "their last text said 'running late', should i be worried",
]


@pytest.mark.parametrize("text", THEIR_LAST)
def test_someone_elses_last_message_is_not_the_writers_finality(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


OWN_LAST = [
    ("this is my last message. thank you for everything", L.INTENT),
    ("i keep rereading her last message and i want to die", L.PASSIVE),
    ("her last text is on my screen. this is my last message, goodbye", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), OWN_LAST)
def test_own_last_message_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor
