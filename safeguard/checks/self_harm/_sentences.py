"""One message read sentence by sentence, for the pass of :mod:`._discourse`.

``Sentences`` holds a message's tokens, where its sentences end, and where each
signal sits among them (``Place``). The pass asks the same few questions about the
same one or two signals many times (their first token, their sentence, its tokens),
so each answer is worked out once per message and signal, not per question.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from safeguard._normalize import normalize, phrase_keys, tokenize
from safeguard._tokens import Tokens
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import People
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._spans import reach

_SENTENCE_END = re.compile(r"[.!?\n;]")  # one character class: no backtracking
QUOTES = '"“”«»„'
SINGLE_QUOTES = "'‘’"
# A quote mark, a colon or a single quote (one character class: no backtracking); a single
# quote between two letters is an apostrophe ("i'm") and is dropped afterwards.
_QUOTE_OR_COLON = re.compile(f"[{QUOTES}{SINGLE_QUOTES}:]")
_NO_HITS: tuple[Hit, ...] = ()
SHORT_RANGE = 64  # tokens: a slice is cheaper than an index up to here
_YEAR_LOW, _YEAR_HIGH = 1950, 2035


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
        kinds: dict[str, list[Hit]] | None = None,
        people: People | None = None,
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
        # The message rules' hits by kind and person words, when they have them (the same
        # hits and tokens: grouped and tagged once per message, not once per pass).
        self._hits: dict[str, list[Hit]] | None = kinds
        self._shared_people = people
        self._people: People | None = None
        self._places: dict[tuple[int, int], Place] = {}
        self._mentions: dict[str, bool] = {}
        self._quotes: tuple[list[int], list[int]] | None = None
        self._place_ends: dict[int, int] | None = None
        self._recent: bool | None = None
        self._recent_sentences: tuple[set[int], int] | None = None
        self._firsts: dict[str, list[int]] = {}
        self._where: dict[str, list[int]] = {}
        self._years: list[int] | None = None
        self._in_game: list[int] | None = None
        self._running: dict[int, list[int]] = {}

    @property
    def signals(self) -> Sequence[Signal]:
        """The message's signals as the pass was given them."""
        return self._signals

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
            shared = self._shared_people
            if shared is not None and shared.reads(languages):
                self._people = shared
            else:
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

    def starts_between(self, kind: str, low: int, high: int) -> bool:
        """A ``kind`` hit starts at a token in ``(low, high)``; its starts sorted once, so a
        question per signal stays a binary search on a long message."""
        firsts = self._firsts.get(kind)
        if firsts is None:
            firsts = self._firsts[kind] = sorted(h.first for h in self.of_kind(kind))
        i = bisect.bisect_right(firsts, low)
        return i < len(firsts) and firsts[i] < high

    def recent(self) -> bool:
        """A recent marker ("last night", "again") that is not part of a recovery phrase
        ("grateful i'm still here"); worked out once."""
        if self._recent is None:
            recent, recovery = self.of_kind("recent"), self._not_recent()
            inside = reach(recovery, len(self.keys)) if recent and recovery else []
            self._recent = any(not inside or inside[h.first] < h.last for h in recent)
        return self._recent

    def _not_recent(self) -> list[Hit]:
        """Phrases whose recent marker tells no recent risk: recovery ("grateful i'm still
        here") and an everyday life taken up again ("dating again", "running again": kind
        ``again_everyday``), which after "i wanted to die. not anymore" is the present."""
        return [*self.of_kind("recovery"), *self.of_kind("again_everyday")]

    def recent_near(self, sentence: int) -> bool:
        """A recent marker (as :meth:`recent`) that reaches ``sentence``: a dated one
        ("yesterday", "last night": a word of class ``recent_date`` in it) in that sentence
        or the next, any other ("again", "still", "it's back") there or in a later one."""
        if not self.recent():
            return False
        if self._recent_sentences is None:
            self._recent_sentences = self._recent_reach()
        dated, last = self._recent_sentences
        return sentence in dated or sentence + 1 in dated or sentence <= last

    def _recent_reach(self) -> tuple[set[int], int]:
        """The sentences with a dated recent marker, and the last with any other."""
        recent, recovery = self.of_kind("recent"), self._not_recent()
        inside = reach(recovery, len(self.keys)) if recovery else []
        words, keys = self.cues.words("recent_date"), self.keys
        dated, last = set(), -1
        for h in recent:
            if inside and inside[h.first] >= h.last:
                continue  # part of a recovery phrase
            if words.isdisjoint(keys[h.first : h.last + 1]):
                last = max(last, self.sentence_at(h.first))
            else:
                dated.add(self.sentence_at(h.first))
        return dated, last

    def place_phrases(self) -> dict[int, int]:
        """First token -> last token of the means phrases of a dangerous place now (cue
        families of the class ``place_cue``), the shortest per start; worked out once."""
        if self._place_ends is None:
            places, table = self.cues.words("place_cue"), self.cues.cues
            ends: dict[int, int] = {}
            for h in self.of_kind("means"):
                if family(table[h.payload].id) in places:
                    ends[h.first] = min(h.last, ends.get(h.first, h.last))
            self._place_ends = ends
        return self._place_ends

    def mentions(self, name: str) -> bool:
        """Some token of the message is a word of class ``name`` (answered once)."""
        found = self._mentions.get(name)
        if found is None:
            found = self._mentions[name] = not self.cues.words(name).isdisjoint(self.tokens.key_set)
        return found

    def any_word(self, name: str, low: int, high: int) -> bool:
        """A token in ``[low, high)`` is a word of class ``name``."""
        if high - low <= SHORT_RANGE:
            # A slice checked in C: most ranges are a clause or a sentence.
            return low < high and not self.cues.words(name).isdisjoint(self.keys[low:high])
        # A long range (a message without punctuation, asked once per signal): where the
        # class's words are, found once, then a binary search per question.
        return self._within(self._positions(name), low, high)

    def positions(self, name: str) -> list[int]:
        """Indexes of the tokens that are words of class ``name`` (found once)."""
        return self._positions(name)

    def _positions(self, name: str) -> list[int]:
        found = self._where.get(name)
        if found is None:
            words = self.cues.words(name)
            found = self._where[name] = [i for i, key in enumerate(self.keys) if key in words]
        return found

    @staticmethod
    def _within(positions: list[int], low: int, high: int) -> bool:
        at = bisect.bisect_left(positions, low)
        return at < len(positions) and positions[at] < high

    def in_game_between(self, low: int, high: int) -> bool:
        """The words "in game" start in ``[low, high - 1)``."""
        if "game" not in self._mentions:
            self._mentions["game"] = "game" in self.keys  # one C scan
        if not self._mentions["game"]:
            return False
        if self._in_game is None:
            keys = self.keys
            self._in_game = [i for i, key in enumerate(keys[:-1]) if key == "in" and keys[i + 1] == "game"]
        return self._within(self._in_game, low, high - 1)

    def any_year(self, low: int, high: int) -> bool:
        """A token in ``[low, high)`` is a year ("2009")."""
        if self._years is None:
            self._years = [i for i, key in enumerate(self.keys) if _year(key)]
        return self._within(self._years, low, high)

    def tags_between(self, low: int, high: int) -> int:
        """The person-word bits of tokens ``[low, high)`` ORed together; ``low`` is the start
        of a sentence, so one running OR per sentence answers every ``high``."""
        running = self._running.get(low)
        if running is None:
            running = self._running[low] = [0]
        tag = self.people.tag
        while len(running) <= high - low:
            running.append(running[-1] | tag(low + len(running) - 1))
        return running[high - low]

    def quotes_before(self, offset: int) -> tuple[int, int]:
        """``(opened, count)``: the offset of the last quote mark or colon before
        ``offset`` (-1: none), and how many quote marks (colons left out) precede it."""
        if self._quotes is None:
            text = self.text
            marks = [m.start() for m in _QUOTE_OR_COLON.finditer(text) if not _apostrophe(text, m.start())]
            self._quotes = marks, [i for i in marks if self.text[i] != ":"]
        marks, quotes = self._quotes
        before = bisect.bisect_left(marks, offset)
        opened = marks[before - 1] if before else -1
        return opened, bisect.bisect_left(quotes, offset)


def _apostrophe(text: str, i: int) -> bool:
    """The single quote at ``i`` sits between two letters or digits ("i'm", "don’t")."""
    if text[i] not in SINGLE_QUOTES or i == 0 or i + 1 >= len(text):
        return False
    return text[i - 1].isalnum() and text[i + 1].isalnum()


@functools.lru_cache(maxsize=1024)
def family(cue_id: str) -> str:
    """A cue's family: the last part of its id as a class word ("affairs_more" ->
    the key of "affairsmore")."""
    keys = phrase_keys(cue_id.rsplit(".", 1)[-1].replace("_", ""))
    return keys[0] if keys else ""


def _year(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and _YEAR_LOW <= int(key) <= _YEAR_HIGH
