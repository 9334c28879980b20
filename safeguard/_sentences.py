"""Sentence and clause splitting with character offsets into the original text.

The splitter is deliberately simple and linear-time: a sentence ends at a run of
``.``/``!``/``?``/``…`` (plus closing quotes or brackets) followed by whitespace or the end
of the text, or at a line break. It never looks at letter case, so replacing one
sentence by another that ends with the same punctuation leaves every other boundary
where it was (the overpromise rewriter relies on this).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "sentence_bounds", "split_clauses", "split_sentences"]

# A run of end marks plus closing quotes/brackets before whitespace or the end, or a line
# break. It starts with one character class so that the regex engine skips ahead to the
# next candidate character in C (3x faster than an alternation at the top); the quantifiers
# are sequential over disjoint character sets: no backtracking blow-up.
_SENTENCE_END = re.compile(
    r"[.!?\u2026\n](?:(?<=\n)|[.!?\u2026]*[\"'\u201d\u2019)\]]*(?=\s|$))"
)
_CLAUSE_END = re.compile(r"[,;:\u2014\u2013]|\s-\s")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "jr", "sr"}
)
_ABBREVIATION_ENDS = tuple(sorted(_ABBREVIATIONS))


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding whitespace, or ``None`` when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if start < end else None


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the ``.`` at ``dot`` closes a known abbreviation such as ``Dr.``."""
    if not text[max(0, dot - 4) : dot].lower().endswith(_ABBREVIATION_ENDS):
        return False  # most dots close an ordinary word: rejected without a Python loop
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
        if dot - begin > 5:
            return False
    return text[begin:dot].lower() in _ABBREVIATIONS


def _boundaries(text: str) -> list[int]:
    """End offsets (exclusive) of every sentence-ending mark."""
    ends: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _is_abbreviation(text, match.start()):
            continue
        ends.append(match.end())
    return ends


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, trimmed of surrounding whitespace.

    The same sentences as ``split_sentences`` without building ``Span`` objects (the
    overpromise scan needs only the offsets of most sentences).
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for end in [*_boundaries(text), len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            bounds.append((first, first + len(stripped)))
        start = end
    return bounds


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences, each trimmed of surrounding whitespace.

    Every non-space character of ``text`` belongs to exactly one returned span;
    spans are in order and do not overlap.
    """
    return [Span(start, end, text[start:end]) for start, end in sentence_bounds(text)]


def split_clauses(text: str, span: Span | None = None) -> list[Span]:
    """Split a sentence (by default the whole ``text``) at commas, semicolons, colons and dashes.

    The punctuation stays with the clause before it. Offsets are into ``text``.
    """
    first = 0 if span is None else span.start
    last = len(text) if span is None else span.end
    spans: list[Span] = []
    start = first
    for match in _CLAUSE_END.finditer(text, first, last):
        piece = _trimmed(text, start, match.end())
        if piece is not None:
            spans.append(piece)
        start = match.end()
    tail = _trimmed(text, start, last)
    if tail is not None:
        spans.append(tail)
    return spans
