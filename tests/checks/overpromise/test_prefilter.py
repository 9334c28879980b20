"""The literal prefilter only saves time: it never hides a finding."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard.checks.overpromise import OverpromiseCheck
from safeguard.checks.overpromise._data import DEFAULT_PATTERNS, PatternSet, build, read_yaml
from safeguard.checks.overpromise._gates import Flags
from safeguard.checks.overpromise._prefilter import Prefilter
from safeguard.checks.overpromise._scan import scan
from safeguard.checks.overpromise._tokens import letter_view, lowered
from tests.checks.overpromise.test_detect import MUST_FLAG, MUST_NOT_FLAG

CHECK = OverpromiseCheck()
DATA: PatternSet = CHECK._data
OPEN = Prefilter(None, frozenset(), {}, frozenset())
UNFILTERED = dataclasses.replace(DATA, prefilters=dict.fromkeys(DATA.prefilters, OPEN))
CONTEXTS = (Flags(), Flags(goodbye=True, asked="human"), Flags(asked="bot"))
KINDS = frozenset(CHECK.options.kinds)

# Words that build overpromises, contractions in every spelling, and separators.
WORDS = sorted(
    {w for text, _ in MUST_FLAG for w in text.replace(".", " ").replace(",", " ").split()}
    | {"don't", "don\u2019t", "won't", "can't", "I'm", "I\u2019ll", "you'll", "youll",
       "gonna", "going", "to", "let's", "ain't", "shan't", "dont", "im", "ive", "isn't",
       "İ", "caf\u00e9", "\u2014", "here_now", "'", "\u201c", "\u201d", "24/7", "n't"}
)
# Normalisation the prefilter must see through: "going to" -> will, "n't" -> not, "'ll".
TRICKY = [
    "You're going to find someone who loves you.",
    "You’re gonna find your way.",
    "It won’t last.",
    "You don't need anyone else.",
    "Don’t go yet!",
    "I’ll be here tomorrow.",
    "Let's keep this our little secret.",
    "Youll feel better.",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\u2026 ", "'", "\u2019"]


def _findings(text: str, data: PatternSet, flags: Flags) -> list[tuple[str, int, int, str]]:
    return [(f.category, f.start, f.end, str(f.detail["pattern"]))
            for f in scan(text, data, flags, KINDS)]


@pytest.mark.parametrize("text", [t for t, _ in MUST_FLAG] + MUST_NOT_FLAG + TRICKY)
@pytest.mark.parametrize("flags", CONTEXTS)
def test_same_findings_with_and_without_the_prefilter(text: str, flags: Flags) -> None:
    assert _findings(text, DATA, flags) == _findings(text, UNFILTERED, flags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_prefilter_never_hides_a_finding(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    for flags in CONTEXTS:
        assert _findings(text, DATA, flags) == _findings(text, UNFILTERED, flags)


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_spellings_are_found(text: str) -> None:
    assert _findings(text, DATA, Flags(goodbye=True))


def test_a_clean_sentence_is_skipped() -> None:
    prefilter = DATA.prefilter(False, False)
    text = "It sounds like work has been piling up. I'm always here for you."
    letters = prefilter.words(lowered(text))
    assert not prefilter.may_match(letters, 0, 39)
    assert prefilter.may_match(letters, 40, len(text))


def test_letter_view_keeps_offsets_and_splits_not() -> None:
    low = lowered("I Don\u2019t know, we can't; don'tx")
    view = letter_view(low)
    assert len(view) == len(low)
    assert view == "i do  t know, we ca  t; don'tx"


def test_keys_made_only_of_contracted_words(tmp_path: pytest.TempPathFactory) -> None:
    """Patterns keyed on words that contractions produce ("will", "not", "am", "us")."""
    extra = tmp_path / "extra.yaml"  # type: ignore[operator]
    extra.write_text(
        "patterns:\n"
        "  - {id: outcome.t_will, kind: outcome, match: \"you will\"}\n"
        "  - {id: dependence.t_not, kind: dependence, match: \"do not\", negatable: false}\n"
        "  - {id: capability.t_am, kind: capability, match: \"i am\"}\n"
        "  - {id: capability.t_us, kind: capability, match: \"let us\"}\n"
        "  - {id: dependence.t_cant, kind: dependence, match: \"can not\", negatable: false}\n"
    )
    data = build([read_yaml(None, DEFAULT_PATTERNS), read_yaml(str(extra), str(extra))])
    unfiltered = dataclasses.replace(data, prefilters=dict.fromkeys(data.prefilters, OPEN))
    for text in ("you going to", "Youll", "you\u2019ll", "Don't", "Dont", "I'm", "Im",
                 "Let's", "Can't", "you won't"):
        found = [f.category for f in scan(text, data, Flags(), KINDS)]
        assert found == [f.category for f in scan(text, unfiltered, Flags(), KINDS)]
        assert found, text
