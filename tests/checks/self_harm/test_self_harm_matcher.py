"""The trie matcher: the start-word prefilter and filler skipping never change what matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._normalize import Token
from safeguard.checks.self_harm._matcher import Hit, Matcher, compile_phrase
from safeguard.checks.self_harm._phrases import PhraseError
from tests.checks.self_harm._helpers import check

CLASSES = {"x": frozenset({"sad", "tired"})}
PHRASES = ["i * @x", "want to die", "want * to * die", "#num pills", "so @x?", "not literally"]
WORDS = ["i", "want", "to", "die", "sad", "tired", "so", "not", "literally", "really", "12", "pills", "and"]


def _matcher(fillers: frozenset[str] = frozenset()) -> Matcher:
    matcher = Matcher(frozenset({"not"}), fillers)
    for n, phrase in enumerate(PHRASES):
        for steps in compile_phrase(phrase, CLASSES):
            matcher.add(steps, n)
    return matcher


def _tokens(keys: list[str], breaks: list[bool]) -> list[Token]:
    clause, out = 0, []
    for i, (key, brk) in enumerate(zip(keys, breaks, strict=True)):
        clause += brk
        out.append(Token(key, i, i + 1, clause))
    return out


def _reference(matcher: Matcher, tokens: list[Token]) -> set[Hit]:
    """Walk from every token and every child, no prefilter."""
    keys = [t.key for t in tokens]
    clauses = [t.clause for t in tokens]
    root = matcher._main.root
    hits: list[Hit] = []
    for first, key in enumerate(keys):
        stack = [(child, first + 1) for child in root.edges.get(key, [])]
        if root.number is not None and key.isdigit():
            stack.append((root.number, first + 1))
        matcher._walk(keys, clauses, first, stack, hits)
    return set(hits)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=14))
def test_prefilter_finds_what_a_full_walk_finds(words: list[tuple[str, bool]]) -> None:
    tokens = _tokens([w for w, _ in words], [b for _, b in words])
    matcher = _matcher()
    assert set(matcher.find(tokens)) == _reference(matcher, tokens)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=14))
def test_fillers_only_add_matches(words: list[tuple[str, bool]]) -> None:
    tokens = _tokens([w for w, _ in words], [b for _, b in words])
    plain = set(_matcher().find(tokens))
    with_fillers = set(_matcher(frozenset({"really", "literally"})).find(tokens))
    assert plain <= with_fillers


def test_a_filler_between_words_is_skipped() -> None:
    tokens = _tokens(["want", "really", "to", "die"], [False] * 4)
    assert {h.payload for h in _matcher(frozenset({"really"})).find(tokens)} >= {1}
    assert 1 not in {h.payload for h in _matcher().find(tokens)}


def test_shipped_data_keeps_yaml_words() -> None:
    # Bare "no" in YAML 1.1 is a boolean; the loader keeps it a word.
    assert "no" in check()._cues.words("negation")


def test_a_number_cannot_hide_in_an_alternative() -> None:
    # "a|#num" used to compile "#num" to the word "num": a number never matched, silently
    with pytest.raises(PhraseError, match="#num"):
        compile_phrase("jumping in a|#num * minutes", CLASSES)
    assert compile_phrase("jumping in #num * minutes", CLASSES)
