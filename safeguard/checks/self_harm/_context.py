"""``MessageContext``: one message's tokens and phrase hits, indexed for the context rules."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from safeguard._levels import RiskLevel
from safeguard._normalize import Token, Tokens
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import People
from safeguard.checks.self_harm._reading import Signal, make_signal

if TYPE_CHECKING:
    from safeguard.checks.self_harm._info_scope import InfoScope

MARKER_WINDOW = 6
QUESTION_MARK_REACH = 3  # "overdose?", "overdose ?!", "overdose 🙃?"
SMALL = 32  # up to this many hits, pairwise tests beat building an index


class MessageContext:
    """One message's tokens and hits, grouped by kind once; other indexes built when asked.

    Context questions stay O(window) per hit: with up to ``SMALL`` hits of a kind they
    look at each one, beyond that (hostile text with thousands of hits) through an index
    by end position or clause, so time stays linear in the message's length.
    """

    def __init__(self, tokens: Sequence[Token], hits: Sequence[Hit], cues: CueSet, text: str = "") -> None:
        self.tokens = tokens
        # Columns: context rules read keys and clause numbers, rarely whole tokens.
        if isinstance(tokens, Tokens):
            self.keys: list[str] = tokens.keys
            self.clauses: list[int] = tokens.clauses
        else:
            self.keys = [t.key for t in tokens]
            self.clauses = [t.clause for t in tokens]
        self.hits = hits
        self.cues = cues
        self.text = text
        by_kind: dict[str, list[Hit]] = {}
        table = cues.cues
        for hit in hits:
            kind = table[hit.payload].kind
            bucket = by_kind.get(kind)
            if bucket is None:
                by_kind[kind] = [hit]
            else:
                bucket.append(hit)
        self._by_kind = by_kind
        self._ends: dict[str, dict[int, list[Hit]]] = {}
        self._clauses: dict[str, set[int]] = {}
        self._first_person: bool | None = None
        self._people: People | None = None
        self._mentions: dict[str, bool] = {}
        self._key_set: frozenset[str] | None = None
        self._stops: frozenset[str] | None = None
        self.frame: str | None = None  # see _frame
        self.info: InfoScope | None = None  # the informational frames (see _message._frame)
        self._asked: dict[int, bool] = {}

    @property
    def key_set(self) -> frozenset[str]:
        """The message's distinct keys (the column store's, shared with other readers of
        the same tokens), built on first use."""
        if self._key_set is None:
            tokens = self.tokens
            self._key_set = tokens.key_set if isinstance(tokens, Tokens) else frozenset(self.keys)
        return self._key_set

    @property
    def people(self) -> People:
        """Person words in the languages whose cues matched (see _people)."""
        if self._people is None:
            languages = {self.cues.cues[hit.payload].language for hit in self.hits}
            self._people = People(self.cues, languages, self.keys, self.tokens, self.text)
        return self._people

    @property
    def built_people(self) -> People | None:
        """The person words, if a rule has asked for them (else ``None``)."""
        return self._people

    @property
    def by_kind(self) -> dict[str, list[Hit]]:
        """The message's hits grouped by their cue's kind (in order of the hits)."""
        return self._by_kind

    def span(self, hit: Hit) -> tuple[int, int]:
        """``hit``'s offsets in the original text."""
        tokens = self.tokens
        if isinstance(tokens, Tokens):
            return tokens.starts[hit.first], tokens.ends[hit.last]
        return tokens[hit.first].start, tokens[hit.last].end

    def own_signal(self, hit: Hit, cue: Cue | None = None) -> Signal:
        """A plain signal of ``hit`` (or of ``cue`` in its place) for the writer: its offsets,
        no level of its own (the cue's decides) and no marker."""
        start, end = self.span(hit)
        cue = cue or self.cues.cues[hit.payload]
        return make_signal((cue, start, end, RiskLevel.NONE, "self", False, False, ""))

    def of_kind(self, kind: str) -> list[Hit]:
        return self._by_kind.get(kind, [])

    def clause(self, hit: Hit) -> int:
        return self.clauses[hit.first]

    def before(self, kind: str, hit: Hit, window: int = MARKER_WINDOW) -> bool:
        """A ``kind`` hit ends shortly before ``hit`` in the same clause."""
        markers = self._by_kind.get(kind)
        if not markers:
            return False
        clause, first, clauses = self.clauses[hit.first], hit.first, self.clauses
        if len(markers) <= SMALL:
            lowest = first - window
            return any(lowest <= m.last < first and clauses[m.first] == clause for m in markers)
        ends = self._ends.get(kind)
        if ends is None:
            ends = self._ends[kind] = {}
            for m in markers:
                ends.setdefault(m.last, []).append(m)
        for last in range(max(0, first - window), first):
            if any(clauses[m.first] == clause for m in ends.get(last, ())):
                return True
        return False

    def in_clause(self, kind: str, hit: Hit) -> bool:
        markers = self._by_kind.get(kind)
        if not markers:
            return False
        clause, clauses = self.clauses[hit.first], self.clauses
        if len(markers) <= SMALL:
            return any(clauses[m.first] == clause for m in markers)
        found = self._clauses.get(kind)
        if found is None:
            found = self._clauses[kind] = {clauses[m.first] for m in markers}
        return clause in found

    def anywhere(self, kind: str) -> bool:
        return kind in self._by_kind

    def stops(self) -> frozenset[str]:
        """Words that end a negation's scope (contrast or scope break), joined once."""
        if self._stops is None:
            self._stops = self.cues.words("contrast") | self.cues.words("scope_break")
        return self._stops

    def mentions(self, name: str) -> bool:
        """Some token is a word of class ``name`` (asked per hit, answered once)."""
        found = self._mentions.get(name)
        if found is None:
            # Two sets: isdisjoint walks the smaller one (a class of a few words, or the
            # message's distinct keys), where the list of keys would be walked in full.
            found = self._mentions[name] = not self.cues.words(name).isdisjoint(self.key_set)
        return found

    def ends_clause(self, hit: Hit) -> bool:
        """Nothing of the hit's clause follows it (the message or its clause ends there)."""
        after = hit.last + 1
        return after >= len(self.keys) or self.clauses[after] != self.clauses[hit.last]

    def clause_span(self, clause: int) -> tuple[int, int]:
        """Token indexes ``[start, end)`` of clause number ``clause`` (clauses are sorted)."""
        return bisect.bisect_left(self.clauses, clause), bisect.bisect_right(self.clauses, clause)

    def asked(self, hit: Hit) -> bool:
        """``hit``'s clause is a question: it opens with a question word ("can", "is",
        "what"), has a wh-word before the hit, or ends with a question mark."""
        clause = self.clauses[hit.first]
        found = self._asked.get(clause)
        if found is None:
            found = self._asked[clause] = self._clause_asks(clause)
        if found:
            return True
        low = max(self.clause_span(clause)[0], hit.first - MARKER_WINDOW)
        return not self.cues.words("wh_words").isdisjoint(self.keys[low : hit.first])

    def _clause_asks(self, clause: int) -> bool:
        low, high = self.clause_span(clause)
        words = self.cues.words
        if self.keys[low] in words("question_open") or self.keys[low] in words("wh_words"):
            return True
        if not self.text:
            return False
        tokens = self.tokens
        end = tokens.ends[high - 1] if isinstance(tokens, Tokens) else tokens[high - 1].end
        # The clause's own end mark: a question mark right after its last word.
        return "?" in self.text[end : end + QUESTION_MARK_REACH]

    def first_person(self) -> bool:
        """The message speaks only of the writer: a first-person word ("i", "my") and no
        other person anywhere ("my friend ... suicide attempt" stays ambiguous)."""
        if self._first_person is None:
            mentions_other = self.people.any_("other_subj", possessive=True)
            self._first_person = not mentions_other and self.people.any_("self_subj")
        return self._first_person
