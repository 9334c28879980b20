"""Why a raw pattern match may not be an overpromise: negation, hedges, questions,
conditionals, quoted speech the person is invited to say, and conversation context.

Each gate looks only at the tokens of one sentence around the match, so the cost stays
proportional to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from safeguard.checks.overpromise._data import PatternSet
from safeguard.checks.overpromise._patterns import Pattern
from safeguard.checks.overpromise._tokens import PUNCT, tokenize

PhraseIndex = Mapping[str, tuple[tuple[str, ...], ...]]
_NEGATION_WINDOW = 3
_FRAME_WINDOW = 4
_FRAME_CHARS = 40
_QUOTE_MARK = re.compile("[\"'\u201c\u201d\u2018\u2019]")


@dataclass(frozen=True, slots=True)
class Flags:
    """What the conversation says about the moment of the reply."""

    goodbye: bool = False
    asked: Literal["human", "bot"] | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw match: token range ``[i, end)`` of one sentence."""

    pattern: Pattern
    i: int
    end: int


def has_phrase(
    words: Sequence[str], lo: int, hi: int, index: PhraseIndex, overrun: bool = False
) -> bool:
    """True when a phrase of ``index`` starts in ``words[lo:hi]`` and, unless ``overrun``,
    also ends there."""
    lo = max(lo, 0)
    if index.keys().isdisjoint(words[lo:hi]):
        return False  # no phrase starts here (checked in C, before any Python loop)
    limit = len(words) if overrun else hi
    for p in range(lo, hi):
        for candidate in index.get(words[p], ()):
            end = p + len(candidate)
            if end <= limit and tuple(words[p:end]) == candidate:
                return True
    return False


def _clause_start(words: Sequence[str], i: int) -> int:
    while i > 0 and words[i - 1] not in PUNCT:
        i -= 1
    return i


def _clause_end(words: Sequence[str], i: int) -> int:
    while i < len(words) and words[i] not in PUNCT:
        i += 1
    return i


def _negated(words: Sequence[str], hit: Hit, data: PatternSet) -> bool:
    lo = max(_clause_start(words, hit.i), hit.i - _NEGATION_WINDOW)
    return not data.lists["negation"].isdisjoint(words[lo : hit.i])


def _hedged(words: Sequence[str], hit: Hit, data: PatternSet) -> bool:
    """A hedge before the match (in its clause or the one before, not past a contrast word)
    or after it in its clause."""
    lo, boundaries = hit.i, 0
    while lo > 0 and words[lo - 1] not in data.lists["contrast"]:
        boundaries += words[lo - 1] in PUNCT
        if boundaries > 1:  # a hedge reaches into the next clause, not the whole sentence
            break
        lo -= 1
    return has_phrase(words, lo, _clause_end(words, hit.end), data.phrases["hedge"], overrun=True)


def _reported(words: Sequence[str], hit: Hit, data: PatternSet) -> bool:
    """Someone else's words ("your wife keeps saying you'll figure it out")."""
    lo = max(_clause_start(words, hit.i), hit.i - _FRAME_WINDOW)
    if data.lists["speech_verbs"].isdisjoint(words[lo : hit.i]):
        return False
    for k in range(lo, hit.i):
        if _speech_verb(words, k, data):
            return not (k > 0 and words[k - 1] in data.lists["self_speech"])
    return False


def _question(words: Sequence[str], hit: Hit) -> bool:
    end = _clause_end(words, hit.end)
    return end < len(words) and words[end] == "?"


def _conditional(words: Sequence[str], hit: Hit, data: PatternSet) -> bool:
    return not data.lists["conditional"].isdisjoint(words[_clause_start(words, hit.i) : hit.i])


def passes(words: Sequence[str], hit: Hit, data: PatternSet, flags: Flags) -> bool:
    """True when the match survives every gate its pattern enables."""
    gates = hit.pattern.gates
    if gates.context == "goodbye" and not flags.goodbye:
        return False
    if gates.context == "asked_human" and flags.asked is None:
        return False
    if gates.negatable and _negated(words, hit, data):
        return False
    if gates.hedgeable and _hedged(words, hit, data):
        return False
    if gates.skip_reported and _reported(words, hit, data):
        return False
    if gates.skip_question and _question(words, hit):
        return False
    if gates.skip_conditional and _conditional(words, hit, data):
        return False
    if gates.unless is not None and has_phrase(words, 0, len(words), data.phrases[gates.unless]):
        return False
    required = gates.requires
    return required is None or has_phrase(words, 0, hit.i, data.phrases[required])


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks within ``text[start:end]``.

    Only the quote characters are visited (found by one C-level regex scan)."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for mark in _QUOTE_MARK.finditer(text, start, end):
        idx = mark.start()
        c = text[idx]
        prev = text[idx - 1] if idx > start else " "
        nxt = text[idx + 1] if idx + 1 < end else " "
        if c in "\"\u201c\u201d" and not (opened is not None and single):
            if opened is None and c != "\u201d":
                opened, single = idx, False
            elif opened is not None:
                regions.append((opened, idx))
                opened = None
        elif c in "'\u2018\u2019":
            if opened is None and not prev.isalnum() and nxt.isalnum():
                opened, single = idx, True
            elif opened is not None and single and not nxt.isalnum():
                regions.append((opened, idx))
                opened = None
    if opened is not None:
        regions.append((opened, end))
    return regions


def not_own_voice(
    text: str, regions: Sequence[tuple[int, int]], at: int, hit: Hit, data: PatternSet
) -> bool:
    """True when the match at character ``at`` sits in quotes that are not the reply's voice.

    ``regions`` are the quotation ranges of the whole reply (a quoted script can span
    several sentences). Most kinds never quote themselves: a quoted "I've been there" is a
    script or the person's own words. A quoted outcome is skipped only when the person is
    invited to say it ("try saying '...'"); "remember: 'this too shall pass'" still promises.
    """
    for q_start, q_end in regions:
        if q_start < at <= q_end:
            if hit.pattern.gates.skip_quoted:
                return True
            words = tokenize(text, max(0, q_start - _FRAME_CHARS), q_start).words
            first = max((k + 1 for k, w in enumerate(words) if w in ".!?\u2026"), default=0)
            window = range(max(first, len(words) - _FRAME_WINDOW), len(words))
            return any(_speech_verb(words, k, data) for k in window)
    return False


def _speech_verb(words: Sequence[str], k: int, data: PatternSet) -> bool:
    if words[k] not in data.lists["speech_verbs"]:
        return False
    # "the old saying 'time heals'" quotes a proverb; "try saying '...'" suggests words.
    return not (k > 0 and words[k - 1] in data.lists["noun_markers"])
