"""``Matcher.scan`` (walks through the token automaton) finds exactly what ``find`` finds.

``find`` walks the trie depth first and may report a hit twice; ``scan`` gives each
distinct hit once, sorted by first token, last token and payload. Checked on a small
phrase set built to exercise gaps, word sets, numbers, barriers, clause breaks and
fillers, on the shipped data, and across a cache reset.
"""

from __future__ import annotations

import operator

from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._normalize import normalize, tokenize
from safeguard._tokens import Token
from safeguard.checks.self_harm import _automaton
from safeguard.checks.self_harm._data import load_cues
from safeguard.checks.self_harm._matcher import Hit, Matcher
from tests.checks.self_harm._helpers import clause_tokens, phrase_matcher

CLASSES = {"x": frozenset({"sad", "tired"}), "n": frozenset({"not", "never"})}
PHRASES = [
    "i * @x", "want to die", "want * to * die", "#num pills", "not literally", "so * * tired",
    "i want", "want to", "i * want * die", "@n * die", "really? sad", "die", "12 pills",
    "take #num", "yes|really", "i * * * die", "so? tired? sad",
]  # fmt: skip
WORDS = ["i", "want", "to", "die", "sad", "tired", "so", "not", "never", "literally", "really",
         "12", "7", "pills", "take", "yes", "but", "zzz"]  # fmt: skip
FILLERS = frozenset({"really", "literally"})
ORDER = operator.itemgetter(1, 2, 0)


def _matcher() -> Matcher:
    return phrase_matcher(PHRASES, CLASSES, frozenset({"not", "never", "but"}), FILLERS)


_tokens = clause_tokens


def _check(matcher: Matcher, tokens: list[Token]) -> list[Hit]:
    scanned = matcher.scan(tokens)
    assert scanned == sorted(set(matcher.find(tokens)), key=ORDER)
    return scanned


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=40))
def test_scan_gives_the_distinct_hits_of_find(words: list[tuple[str, bool]]) -> None:
    _check(_matcher(), _tokens(words))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=25), max_size=8))
def test_a_shared_automaton_gives_the_same_hits_message_after_message(
    messages: list[list[tuple[str, bool]]],
) -> None:
    matcher = _matcher()  # one automaton for every message: its cached transitions are reused
    for words in messages:
        _check(matcher, _tokens(words))


def test_the_cache_is_bounded_and_a_reset_changes_nothing(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(_automaton, "_MAX_STATES", 5)
    monkeypatch.setattr(_automaton, "_MAX_TRANSITIONS", 20)
    matcher = _matcher()
    words = [(w, i % 7 == 0) for i, w in enumerate(WORDS * 6)]
    for cut in range(0, len(words), 5):
        _check(matcher, _tokens(words[cut:] + words[:cut]))
    automaton = matcher._main.automaton(matcher._barriers)
    assert len(automaton._states) <= 5 + 1
    assert automaton._transitions <= 20 + 1


def test_unknown_words_are_remembered_up_to_a_bound(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(_automaton, "_MAX_UNKNOWN", 10)
    matcher = _matcher()
    tokens = _tokens(
        [(f"w{n}", False) for n in range(100)] + [("want", False), ("to", False), ("die", False)]
    )
    hits = _check(matcher, tokens)
    assert {h.payload for h in hits} >= {PHRASES.index("want to die")}
    symbols = matcher._main.automaton(matcher._barriers).symbols
    assert len(symbols) <= len(symbols._vocabulary) + 10


CUES = load_cues(("en", "es", "fr", "de", "pt"))
TEXTS = [
    "i really want to die tonight, honestly",
    "how do i kill myself? i have 30 pills",
    "everyone would be better off without me... i'm done",
    "not that i want to die, but i'm so tired of everything",
    "quiero morir. je veux mourir. ich will sterben.",
    "three... two... one... goodbye",
    "kill " * 200,
]


def test_scan_matches_find_on_the_shipped_phrases() -> None:
    for text in TEXTS:
        tokens = tokenize(normalize(text))
        assert CUES.matcher.scan(tokens) == sorted(set(CUES.matcher.find(tokens)), key=ORDER), text
