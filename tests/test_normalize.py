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


# Characters each path treats specially: apostrophes (dropped after a letter), leet digits
# and symbols (mapped inside a run with letters), separators (spaced letters joined),
# zero-width and combining marks (folded to nothing), letters folding to two ("ß", "ﬁ"),
# look-alikes, and characters that are alphanumeric but not decimal digits ("½", "²").
_TRICKY = st.sampled_from(list("aeiklmsuyAEKS'’ʼ`´!|$@0123456789 ._*-\u200b\u0301ßﬁÉéİıкα½²\n?,"))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TRICKY, max_size=40).map("".join))
def test_the_shipped_tables_path_equals_the_per_character_path(text: str) -> None:
    quick = normalize(text)
    full = full_normalize(text, default_table())
    assert quick.text == full.text
    assert list(quick.index) == list(full.index)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_on_the_shipped_tables_path_equals_the_per_character_path(text: str) -> None:
    quick = normalize(text)
    full = full_normalize(text, default_table())
    assert (quick.text, list(quick.index)) == (full.text, list(full.index))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a$!b", "as!b"),  # a run is mapped once: "$" maps, then "!" was not between letters
        ("héllo!", "hello!"),  # non-ASCII with a leet symbol after a letter, left alone
        ("café k1ll", "cafe kill"),  # a combining accent dropped, then a leet run mapped
        ("x\u200b’s", "xs"),  # the apostrophe follows the letter before a zero-width space
        ("’’a", "’’a"),  # apostrophes after no letter stay
        ("STRAẞE", "strasse"),  # one character folded to two
        ("k.i.l.l m.y.s.e.l.f!", "kill myself!"),  # spaced letters beside a leet symbol
        ("é k i l l m e", "ekillme"),  # spaced letters in text folded to ASCII
        ("я х о ч у", "яxoчy"),  # spaced letters in text that stays non-ASCII
        ("a.b.c.d e f g", "abcd e f g"),  # one run read once: its own usual separator goes
        ("я a.b.c.d e f g", "яa b c defg"),  # from a non-ASCII letter: spaces usual, dots break
    ],
)
def test_the_shipped_tables_path_on_its_edges(text: str, expected: str) -> None:
    assert normalize(text).text == expected == full_normalize(text, default_table()).text
