"""Recall on English wordings the rules missed (session 20, rec20b): each test names a kind
of wording with its everyday look-alike."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# The diary register: a clause opening with a bare verb form, its subject left out, is the
# writer's (_subject._diary_opener, class diary_open), as "i've been ..." is.
@pytest.mark.parametrize(
    "text",
    [
        "been thinking about overdosing",
        "lately been thinking about overdosing again",
        "honestly been thinking about suicide a lot",
        "cant stop thinking about overdosing",
        "keep thinking about an overdose",
        "ugh. been considering overdosing",
    ],
)
def test_subjectless_diary_clause_is_the_writers(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "mum's been thinking about overdosing",
        "he has been thinking about overdosing",
        "been worried my brother is thinking about overdosing",
        "been thinking about overdosing?",
        "gonna write an essay on overdose",
    ],
)
def test_diary_clause_with_another_subject_or_asked_is_not(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
