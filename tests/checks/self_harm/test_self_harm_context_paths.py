"""The context rules' fast paths give what the plain definitions give.

Person words are tagged once per token (bits per class) instead of asked class by
class; up to ``SMALL`` hits of a kind are compared pairwise instead of through an
index by token, end position or clause. Each is checked here against the plain
reading: the spelling rule of ``_people`` written out, and the indexed paths (forced
with ``SMALL = 0``).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm import _context, _core_hits, _message, _people
from safeguard.checks.self_harm._aged import named_by_age
from safeguard.checks.self_harm._data import load_cues
from safeguard.checks.self_harm._people import CLASSES, People

CUES = load_cues(("en", "es", "fr", "de", "pt"))
PERSON_WORDS = [
    "i", "I'll", "ill", "me", "meee", "my", "m3", "MY", "is", "soon", "son", "son's", "sons",
    "il", "Mann", "man", "mein", "friend", "friend's", "friends", "brother", "bro's", "she",
    "her", "he's", "someone", "you", "yo", "ich", "je", "elle", "ella", "eu", "ele", "people",
    "our", "14", "year", "old",
]  # fmt: skip
CUE_WORDS = [
    "want", "to", "die", "kill", "myself", "herself", "suicide", "not", "no", "how", "do",
    "best", "way", "going", "tonight", "right", "now", "years", "ago", "last", "week", "pills",
    "i", "have", "the", "bridge", "story", "for", "a", "what", "is", "killing", "me", "dead",
    "end", "it", "all", "goodbye", "burden", "better", "off", "without", "quiero", "morir",
    "je", "veux", "mourir", "ich", "will", "sterben", "three", "two", "one", "?", ",", ".",
]  # fmt: skip
LANGUAGE_SETS = [set(), {"en"}, {"fr"}, {"de"}, {"en", "fr"}, {"und"}, {"es", "pt"}]


def _reference_is(people_args: tuple, i: int, name: str, possessive: bool) -> bool:
    """``_people``'s rule as its docstring states it, for one token and one class."""
    cues, languages, keys, tokens, text = people_args
    read = frozenset(languages) - {"und"}
    # A child named by age ("my three yo", "our 14 year old"; English only) is someone
    # else, whatever the age word spells on its own (Spanish "yo" is the writer).
    if (not read or "en" in read) and keys[i] in cues.words("age_noun") and named_by_age(keys, i, cues.words):
        return name == "other_subj"
    table = _people._table(cues, read, name)

    def spelled(spellings: frozenset[str], trim: int) -> bool:
        if not spellings:
            return True
        written = "".join(ch for ch in text[tokens[i].start : tokens[i].end].lower() if ch.isalpha())
        written = written[: len(written) - trim]
        if _people.squeeze(written) != keys[i][: len(keys[i]) - trim]:
            return True
        return any(_people._same_doubling(written, w) for w in spellings)

    key = keys[i]
    if key in table:
        return spelled(table[key], 0)
    if possessive and key.endswith("s") and key[:-1] in table:
        return spelled(table[key[:-1]], 1)
    return False


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(PERSON_WORDS + CUE_WORDS), min_size=1, max_size=14),
    languages=st.sampled_from(LANGUAGE_SETS),
)
@example(words=["my", "three", "yo"], languages=set())  # found by a run: the age rule was missing
@example(words=["our", "14", "year", "old"], languages={"en"})
def test_person_tags_match_the_spelling_rule(words: list[str], languages: set[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(normalize(text))
    args = (CUES, languages, tokens.keys, tokens, text)
    people = People(*args)
    for name, possessive in itertools.product(CLASSES, (False, True)):
        expected = [_reference_is(args, i, name, possessive) for i in range(len(tokens))]
        assert [people.is_(i, name, possessive) for i in range(len(tokens))] == expected, (name, possessive)
        assert people.any_(name, possessive) is any(expected), (name, possessive)


def _reading(text: str) -> tuple:
    reading = _message.read(text, CUES)
    signals = [
        (s.cue.id, s.start, s.end, s.level, s.subject, s.method_seeking, s.negated, s.frame)
        for s in reading.signals
    ]
    return signals, reading.clarify, reading.fiction, reading.asks, reading.affirm


CHUNKS = [
    "how do i", "best way to", "i want to die", "i kill myself", "kill myself", "going to", "decided to",
    "tonight", "right now", "years ago", "last week", "i'm doing better now", "not", "no", "my brother",
    "my friend's", "for a story", "what is", "i have the pills", "wanted to die", "end it all",
    "three two one", "this is killing me", "suicide", "am i suicidal?", "no.", ",", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(PERSON_WORDS + CUE_WORDS + CHUNKS), min_size=1, max_size=30))
def test_pairwise_context_tests_match_the_indexed_ones(words: list[str]) -> None:
    text = " ".join(words)
    small = _reading(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_context, "SMALL", 0)  # every kind through its index
        patch.setattr(_core_hits, "SMALL", 0)
        assert _reading(text) == small


def test_the_indexed_path_is_reached() -> None:
    """A guard that the test above compares two different paths: with ``SMALL = 0`` the
    per-token, end-position and clause indexes are built and read."""
    text = "how do i kill myself tonight, years ago i wanted to die"
    tokens = tokenize(normalize(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_context, "SMALL", 0)
        patch.setattr(_core_hits, "SMALL", 0)
        neighbours = []
        patch.setattr(_core_hits, "_neighbours", lambda hit, at: neighbours.append(hit) or [])
        ctx = _context.MessageContext(tokens, CUES.matcher.find(tokens), CUES, text)
        core = _core_hits.core_hits(ctx)
        for hit in core:
            _message._signal(ctx, hit)
    assert neighbours, "the per-token index was not used"
    assert ctx._ends and ctx._clauses, "the end-position / clause indexes were not used"
