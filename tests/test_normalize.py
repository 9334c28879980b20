"""The normaliser: evasions undone, and every normalised character maps back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._normalize import default_table, full_normalize, normalize, tokenize


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


def test_apostrophes_and_leet_probes_still_route_to_the_full_path() -> None:
    assert normalize("don't k1ll").text == "dont kill"
    assert normalize("n.o.t.e").text == "note"
