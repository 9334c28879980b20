"""The matcher's fast paths give what the plain definitions give.

The walk reads keys padded with sentinels and tests a gap's window word by word;
filler words are deleted one by one when few and filtered in one pass when many.
Each is checked here against the simple reading of the phrase syntax.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._tokens import Token
from safeguard.checks.self_harm import _matcher
from safeguard.checks.self_harm._matcher import Hit, Matcher
from tests.checks.self_harm._helpers import clause_tokens, phrase_matcher

CLASSES = {"x": frozenset({"sad", "tired"})}
PHRASES = ["i * @x", "want to die", "want * to * die", "#num pills", "not literally", "so * * tired"]
WORDS = ["i", "want", "to", "die", "sad", "tired", "so", "not", "literally", "really", "12", "pills"]
FILLERS = frozenset({"really", "literally"})


def _matcher_with(fillers: frozenset[str]) -> Matcher:
    return phrase_matcher(PHRASES, CLASSES, frozenset({"not"}), fillers)


_tokens = clause_tokens


def _reference(matcher: Matcher, tokens: list[Token]) -> list[Hit]:
    """The filler rule by definition: the filler trie over the text as written, the main
    trie over the text with its fillers left out, mapped back through a kept-index list."""
    keys = [t.key for t in tokens]
    clauses = [t.clause for t in tokens]
    hits = _walk_all(matcher, matcher._literal, keys, clauses)
    kept = [i for i, key in enumerate(keys) if key not in FILLERS]
    found = _walk_all(matcher, matcher._main, [keys[i] for i in kept], [clauses[i] for i in kept])
    return hits + [Hit(h.payload, kept[h.first], kept[h.last]) for h in found]


def _walk_all(matcher: Matcher, trie: _matcher._Trie, keys: list[str], clauses: list[int]) -> list[Hit]:
    """Walk from every token and every child (no prefilter, no sentinels)."""
    hits: list[Hit] = []
    for first, key in enumerate(keys):
        stack = [(child, first + 1) for child in trie.root.edges.get(key, [])]
        if trie.root.number is not None and key.isdigit():
            stack.append((trie.root.number, first + 1))
        matcher._walk(keys, clauses, first, stack, hits)
    return hits


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=40))
def test_find_equals_the_definition(words: list[tuple[str, bool]]) -> None:
    tokens = _tokens(words)
    matcher = _matcher_with(FILLERS)
    assert sorted(matcher.find(tokens)) == sorted(_reference(matcher, tokens))


def test_many_fillers_take_the_filtering_path() -> None:
    words = [("i", False), ("really", False), ("sad", False)] * (2 * _matcher._FEW_DROPS)
    tokens = _tokens(words)
    matcher = _matcher_with(FILLERS)
    hits = matcher.find(tokens)
    assert sorted(hits) == sorted(_reference(matcher, tokens))
    assert len([h for h in hits if h.payload == 0]) >= 2 * _matcher._FEW_DROPS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=30), st.data())
def test_both_deletion_paths_equal_a_filter(words: list[tuple[str, bool]], data: st.DataObject) -> None:
    keys = [w for w, _ in words]
    clauses = list(range(len(keys)))
    drops = sorted(data.draw(st.sets(st.integers(0, max(0, len(keys) - 1)))) if keys else set())
    expected = (
        [k for i, k in enumerate(keys) if i not in drops],
        [c for i, c in enumerate(clauses) if i not in drops],
    )
    assert _matcher._without(keys, clauses, drops) == expected


def test_walk_window_tests_are_written_for_a_gap_of_two() -> None:
    # _find and _steps test the 1 + GAP_WIDTH words after a position one by one; a
    # wider gap needs those tests extended, or matches would be missed.
    assert _matcher.GAP_WIDTH == 2
