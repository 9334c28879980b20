"""Phrase syntax: one phrase of the data files compiled into steps.

A phrase is a space-separated list of steps:

- ``word``: a literal word, normalised like user text;
- ``a|b|c``: any of these single words;
- ``@name``: any word of the word class ``name``;
- ``#num``: a number token;
- ``*``: skip zero to two words of the same clause (never a negation or "but");
- a ``?`` suffix makes a step optional (``really?``).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from safeguard._normalize import phrase_keys

GAP_WIDTH = 2  # a gap skips zero to two words (the walks' window tests are written for 2)
_MAX_OPTIONAL = 5


@dataclass(frozen=True, slots=True)
class Step:
    """One compiled position of a phrase: a literal, a word set, a number or a gap."""

    kind: str
    words: frozenset[str] = frozenset()


class PhraseError(ValueError):
    """A phrase in a data file cannot be compiled (unknown class, bad syntax)."""


def _word_step(word: str, classes: Mapping[str, frozenset[str]]) -> list[Step]:
    """Compile one non-optional step of the phrase syntax."""
    if word == "*":
        return [Step("gap")]
    if word == "#num":
        return [Step("num")]
    if "|" in word or word.startswith("@"):
        keys: set[str] = set()
        for alt in word.split("|"):
            keys |= _alternative(alt, classes)
        return [Step("set", frozenset(keys))]
    return [Step("lit", frozenset({key})) for key in phrase_keys(word)]


def _alternative(alt: str, classes: Mapping[str, frozenset[str]]) -> set[str]:
    """One alternative of ``a|@class|b``: a word class or a single word."""
    if alt == "#num":
        # phrase_keys would read it as the word "num": a number never matched, silently
        raise PhraseError("#num cannot be an alternative (write a separate phrase with #num as its own step)")
    if alt.startswith("@"):
        if alt[1:] not in classes:
            raise PhraseError(f"unknown word class {alt!r}")
        return set(classes[alt[1:]])
    keys = phrase_keys(alt)
    if len(keys) != 1:
        raise PhraseError(f"alternative {alt!r} must be exactly one word (write a separate phrase)")
    return set(keys)


def compile_phrase(phrase: str, classes: Mapping[str, frozenset[str]]) -> list[list[Step]]:
    """Every variant of ``phrase`` (optional steps expanded) as a list of steps."""
    words = phrase.split()
    optional = [w.endswith("?") and len(w) > 1 for w in words]
    if sum(optional) > _MAX_OPTIONAL:
        raise PhraseError(f"too many optional steps in {phrase!r}")
    parts = [_word_step(w[:-1] if opt else w, classes) for w, opt in zip(words, optional, strict=True)]
    variants: list[list[Step]] = []
    choices = [(True, False) if opt else (True,) for opt in optional]
    for keep in itertools.product(*choices):
        steps = _merge_gaps([s for part, k in zip(parts, keep, strict=True) if k for s in part])
        if steps and steps[0].kind != "gap" and steps[-1].kind != "gap":
            variants.append(steps)
    if not variants:
        raise PhraseError(f"phrase {phrase!r} has no words")
    return variants


def _merge_gaps(steps: list[Step]) -> list[Step]:
    """``* *`` (from an optional step between two gaps) is one gap."""
    out: list[Step] = []
    for step in steps:
        if not (step.kind == "gap" and out and out[-1].kind == "gap"):
            out.append(step)
    return out
