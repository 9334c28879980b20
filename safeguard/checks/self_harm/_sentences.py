"""One message read sentence by sentence, for the pass of :mod:`._discourse`.

``Sentences`` holds a message's tokens, where its sentences end, and where each
signal sits among them (``Place``). The pass asks the same few questions about the
same one or two signals many times (their first token, their sentence, its tokens),
so each answer is worked out once per message and signal, not per question.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from safeguard._normalize import normalize, tokenize
from safeguard._tokens import Tokens
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import People
from safeguard.checks.self_harm._reading import Signal

_SENTENCE_END = re.compile(r"[.!?\n;]")  # one character class: no backtracking
QUOTES = '"“”«»„'
# A quote mark, a colon, or a single quote that is not an apostrophe inside a word ("i'm"):
# one character with one character of context either side, so no backtracking.
_QUOTE_OR_COLON = re.compile(f"[{QUOTES}:]|(?<!\\w)['‘’]|['‘’](?!\\w)")
_NO_HITS: tuple[Hit, ...] = ()


class Place(NamedTuple):
    """Where a signal sits: its first and last token, its sentence and that sentence's
    tokens ``[low, high)``."""

    first: int
    last: int
    sentence: int
    low: int
    high: int


class Sentences:
    """The tokens of one message, its sentences and its context hits.

    Tokens and sentence ends are found once (a message with a candidate signal); the
    context hits (a second phrase match), person words, quote marks and whole-message
    word tests only when a rule asks.
    """

    def __init__(
        self,
        text: str,
        cues: CueSet,
        signals: Sequence[Signal],
        tokens: Tokens | None,
        hits: list[Hit] | None,
    ) -> None:
        self.text = text
        self.cues = cues
        self.tokens: Tokens = tokens if tokens is not None else tokenize(normalize(text))
        self._scanned = hits
        self.keys = self.tokens.keys
        self.starts = self.tokens.starts
        # Offsets of sentence ends: token i is in sentence bisect(ends, start of i).
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._signals = signals
        self._hits: dict[str, list[Hit]] | None = None
        self._people: People | None = None
        self._places: dict[tuple[int, int], Place] = {}
        self._mentions: dict[str, bool] = {}
        self._quotes: tuple[list[int], list[int]] | None = None

    @property
    def hits(self) -> dict[str, list[Hit]]:
        """Context hits (history, recovery, recent ...) by kind, matched when first asked."""
        if self._hits is None:
            kinds: dict[str, list[Hit]] = {}
            scanned = self._scanned if self._scanned is not None else self.cues.matcher.scan(self.tokens)
            table = self.cues.cues
            for hit in scanned:
                kinds.setdefault(table[hit.payload].kind, []).append(hit)
            self._hits = kinds
        return self._hits

    def of_kind(self, kind: str) -> Sequence[Hit]:
        """The context hits of ``kind`` (none: an empty tuple)."""
        return self.hits.get(kind, _NO_HITS)

    @property
    def people(self) -> People:
        """Person words in the languages of the message's signals (see _people)."""
        if self._people is None:
            languages = {s.cue.language for s in self._signals}
            self._people = People(self.cues, languages, self.keys, self.tokens, self.text)
        return self._people

    def place(self, sig: Signal) -> Place:
        """Where ``sig`` sits (worked out once per signal span)."""
        span = (sig.start, sig.end)
        found = self._places.get(span)
        if found is None:
            found = self._places[span] = self._place(sig.start, sig.end)
        return found

    def _place(self, start: int, end: int) -> Place:
        starts = self.starts
        first = min(bisect.bisect_left(starts, start), max(0, len(starts) - 1))
        last = max(first, bisect.bisect_left(starts, end) - 1)
        sentence = self.sentence_at(first) if starts else 0
        low, high = self._sentence_bounds(sentence)
        return Place(first, last, sentence, low, high)

    def sentence_at(self, i: int) -> int:
        """The sentence number of token ``i``."""
        return bisect.bisect_left(self.ends, self.starts[i])

    def sentence_range(self, sentence: int) -> range:
        """Token indexes of sentence number ``sentence`` (empty past the last one)."""
        return range(*self._sentence_bounds(sentence))

    def _sentence_bounds(self, sentence: int) -> tuple[int, int]:
        ends, starts = self.ends, self.starts
        if sentence <= 0:
            low = 0
        elif sentence <= len(ends):
            low = bisect.bisect_right(starts, ends[sentence - 1])
        else:
            low = len(starts)
        high = bisect.bisect_right(starts, ends[sentence]) if sentence < len(ends) else len(starts)
        return low, high

    def in_sentences(self, kind: str, sentences: set[int]) -> bool:
        """A context hit of ``kind`` starts in one of ``sentences``."""
        return any(self.sentence_at(h.first) in sentences for h in self.of_kind(kind))

    def mentions(self, name: str) -> bool:
        """Some token of the message is a word of class ``name`` (answered once)."""
        found = self._mentions.get(name)
        if found is None:
            found = self._mentions[name] = not self.cues.words(name).isdisjoint(self.keys)
        return found

    def any_word(self, name: str, low: int, high: int) -> bool:
        """A token in ``[low, high)`` is a word of class ``name``."""
        # A slice checked in C: a sentence without punctuation can be the whole message.
        return low < high and not self.cues.words(name).isdisjoint(self.keys[low:high])

    def quotes_before(self, offset: int) -> tuple[int, int]:
        """``(opened, count)``: the offset of the last quote mark or colon before
        ``offset`` (-1: none), and how many quote marks (colons left out) precede it."""
        if self._quotes is None:
            marks = [m.start() for m in _QUOTE_OR_COLON.finditer(self.text)]
            self._quotes = marks, [i for i in marks if self.text[i] != ":"]
        marks, quotes = self._quotes
        before = bisect.bisect_left(marks, offset)
        opened = marks[before - 1] if before else -1
        return opened, bisect.bisect_left(quotes, offset)
