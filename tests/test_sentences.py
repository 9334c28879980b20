"""The sentence/clause splitter keeps offsets into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard._sentences import split_clauses, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi. How are you?", ["Hi.", "How are you?"]),
        ("Wait!! Really?! ok", ["Wait!!", "Really?!", "ok"]),
        ("Dr. Smith is kind. Yes.", ["Dr. Smith is kind.", "Yes."]),
        ("It is 99.9% sure. Fine", ["It is 99.9% sure.", "Fine"]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("line one\nline two", ["line one", "line two"]),
        ("Wait...   what", ["Wait...", "what"]),
        ("   ", []),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_split_clauses() -> None:
    text = "First, this; then that - and done."
    assert [c.text for c in split_clauses(text)] == ["First,", "this;", "then that -", "and done."]


@given(st.text())
def test_spans_cover_every_non_space_character_in_order(text: str) -> None:
    spans = split_sentences(text)
    covered = set()
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text == s.text.strip()
        covered.update(range(s.start, s.end))
        last = s.end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@given(st.text())
def test_clauses_stay_inside_their_sentence(text: str) -> None:
    for sentence in split_sentences(text):
        for clause in split_clauses(text, sentence):
            assert sentence.start <= clause.start < clause.end <= sentence.end
            assert text[clause.start : clause.end] == clause.text
