"""The tokenizer: keys, clause numbers and offsets into the original, on every path alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._normalize import normalize
from safeguard._tokens import _tokenize_any, _tokenize_ascii, _tokenize_unicode, squeeze, tokenize


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


def test_an_ellipsis_is_a_pause_not_a_clause_break_on_every_path() -> None:
    for text in (
        "everything is... ready",
        "everything is 2... ready",
        "everything is… ready",
        "é is.. ready",
    ):
        tokens = tokenize(normalize(text))
        assert len({t.clause for t in tokens}) == 1, text
        assert text[tokens[-1].start : tokens[-1].end] == "ready"  # offsets still point at the original
    split = tokenize(normalize("everything is. ready"))
    assert split[0].clause != split[-1].clause  # a single full stop still ends the clause


# Unicode text: letters of other scripts, emoji and other symbols (kept), punctuation of
# every kind (clause breaks and dropped marks), digits of other scripts, newlines, the
# underscore (a gap) and characters alphanumeric but not decimal ("²", "½").
_UNICODE_MIX = list("aé ñß漢字😢🙃€+—–…“”«»¿¡.,!?;:\n()\"'’_-#%*@/٣²½\u0301\u200b")


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(_UNICODE_MIX), max_size=60))
def test_unicode_split_tokenizer_equals_the_per_token_tokenizer(text: str) -> None:
    norm = normalize(text)
    assert _tokenize_unicode(norm.text, norm.index) == _tokenize_any(norm.text, norm.index)
    assert _tokenize_unicode(text, range(len(text))) == _tokenize_any(text, range(len(text)))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_unicode_split_tokenizer_equals_the_per_token_tokenizer_on_any_text(text: str) -> None:
    tokens, reference = _tokenize_unicode(text, range(len(text))), _tokenize_any(text, range(len(text)))
    assert [tuple(t) for t in tokens] == [tuple(t) for t in reference]


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("call 988 now", True),  # numbers apart from letters: the str.split path
        ("2 years ago, 3 pills. 10 days", True),
        ("take 50mg at 3am", False),  # a digit beside a letter: the regex path splits it
        ("<3 you", False),  # a symbol token
        ("i am 17", True),
    ],
)
def test_numbers_take_the_split_path_unless_beside_a_letter(text: str, split: bool) -> None:
    norm = normalize(text)
    tokens = _tokenize_ascii(norm.text, norm.index)
    assert (tokens._locate is not None) == split  # offsets left for later: the split path
    assert tokens == _tokenize_any(norm.text, norm.index)
