"""People the writer reports on (work, group) are the subject of a topic word near
them; "suicide bomber" is news, not a state. The writer's own words beside them stay."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "I run a youth club. One of the lads died by suicide on Friday. What do I tell the rest?",
        "I'm a games writer. Our NPCs sometimes voice suicidal thoughts in side quests, is that ok?",
        "our school lost two pupils to suicide this term, i'm a governor, what should the letter say",
        "why do people call them suicide bombers when the goal is killing others? history essay",
        "I work on a helpline. A caller said she took an overdose last week, how do I log it?",
    ],
)
def test_someone_reported_is_not_the_writer(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my grandad died by suicide and lately i think about suicide too",
        "the lads at work keep joking but i actually want to kill myself",
        "i'm a teacher and i'm suicidal",
        "i'm a teacher. i'm so tired of everything. suicide seems like the only way out",
        "I'm ready to join my grandmother in heaven",
        "suicide is all i think about since the funeral",
        "my teachers don't know i'm planning suicide",
    ],
)
def test_the_writers_own_stays_flagged(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
