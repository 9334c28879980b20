"""The normaliser: evasions undone, and every normalised character maps back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._normalize import (
    _tokenize_any,
    _tokenize_ascii,
    default_table,
    full_normalize,
    normalize,
    squeeze,
    tokenize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kill Myself", "kill myself"),
        ("ｋｉｌｌ", "kill"),  # fullwidth (NFKC)
        ("kіll", "kill"),  # Cyrillic і
        ("ki\u200bll", "kill"),  # zero-width space
        ("k1ll mys3lf", "kill myself"),  # leetspeak
        ("$uicide", "suicide"),
        ("k i l l  m y s e l f", "kill  myself"),  # spaced letters
        ("k.i.l.l m.y.s.e.l.f", "kill myself"),
        ("morír", "morir"),  # accents stripped
        ("i'm", "im"),
        ("I’m", "im"),
        ("can''t", "cant"),
    ],
)
def test_evasions_are_undone(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", ["take 500mg at 3am", "call 988", "2nd floor", "die! now"])
def test_numbers_and_punctuation_are_left_alone(text: str) -> None:
    assert normalize(text).text == text.lower()


def test_squeeze_collapses_repeats_but_not_digits() -> None:
    assert squeeze("kiiiilll") == "kil"
    assert squeeze("100") == "100"


def test_token_offsets_point_at_the_original_characters() -> None:
    text = "ok ｋ1ll  m y s e l f"
    tokens = tokenize(normalize(text))
    assert [(t.key, text[t.start : t.end]) for t in tokens] == [
        ("ok", "ok"),
        ("kil", "ｋ1ll"),
        ("myself", "m y s e l f"),
    ]


def test_sentence_punctuation_starts_a_new_clause() -> None:
    tokens = tokenize(normalize("i am fine. i want to die"))
    assert tokens[0].clause != tokens[-1].clause


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_maps_inside_the_original(text: str) -> None:
    norm = normalize(text)
    assert len(norm.index) == len(norm.text)
    assert all(0 <= i < len(text) for i in norm.index)
    assert list(norm.index) == sorted(norm.index)
    for token in tokenize(norm):
        assert 0 <= token.start < token.end <= len(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_equals_the_full_path(text: str) -> None:
    fast = normalize(text)
    full = full_normalize(text, default_table())
    assert fast.text == full.text
    assert list(fast.index) == list(full.index)


_ASCII_MIX = list("ab iI'.,!?;:\n()\"$+<=>^`|~_-#%&*@/\\[]{}09\x01\x7f")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ASCII_MIX), max_size=60))
def test_ascii_tokenizer_equals_the_unicode_tokenizer(text: str) -> None:

    norm = normalize(text)
    assert _tokenize_ascii(norm.text, norm.index) == _tokenize_any(norm.text, norm.index)


# Letters and gaps only: the all-words path (str.split, offsets found when first read).
_WORDS_MIX = list("abAB iI'`.,!?;:\n\t\r()\"_-#%&*@/\\[]{}\x1c\x1f")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_WORDS_MIX), max_size=60))
def test_word_tokenizer_equals_the_unicode_tokenizer(text: str) -> None:
    norm = normalize(text)
    assert _tokenize_ascii(norm.text, norm.index) == _tokenize_any(norm.text, norm.index)
    raw = _tokenize_ascii(text, range(len(text)))  # not lower-cased: A-Z are letters too
    assert raw == _tokenize_any(text, range(len(text)))


def test_offsets_are_found_when_first_read() -> None:
    tokens = tokenize(normalize("I'm  tired, so   tired"))
    assert [(t.key, t.start, t.end, t.clause) for t in tokens] == [
        ("im", 0, 3, 0),
        ("tired", 5, 10, 0),
        ("so", 12, 14, 1),
        ("tired", 17, 22, 1),
    ]
    assert tokens.starts == [0, 5, 12, 17]
    assert tokens.ends == [3, 10, 14, 22]


def test_apostrophes_and_leet_probes_still_route_to_the_full_path() -> None:
    assert normalize("don't k1ll").text == "dont kill"
    assert normalize("n.o.t.e").text == "note"
