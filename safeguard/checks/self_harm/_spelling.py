"""Respell untidy writing of the risk vocabulary before phrase matching.

Dictated, dyslexic, one-finger and autocorrected messages spell risk words by sound or by
keyboard ("tablits", "thorts", "tuk"), split or join them ("my self", "with out") and
swap homophones ("i dont no how", "help me rite a letter", "i want to dye."). The phrase
data is written in tidy spelling; rather than repeat every variant in every phrase, a
small table (the ``spelling`` mapping of a data file, so a policy can extend it) rewrites
the token keys of a message once, before the matcher runs:

- ``misspelt: correct``: a word respelled ("tablits: tablets");
- a word run together maps to its words ("kilmyself: kill myself");
- a pattern of two to four words maps to words read over the respelled words ("my self:
  myself", "dont no: dont know"): a homophone is respelled only beside the words that make it
  one, so "no" and "know" stay themselves elsewhere;
- a pattern ending in ``.`` matches only at the end of its clause ("to dye .: to die"):
  "i want to dye." is not hair dye, "i want to dye my hair" is.

No fuzzy matching: a word is respelled only when the table names it, so no common word
becomes a risk word by accident. The rewrite keeps each token's original offsets (a
joined pair takes the span of both words), so evidence still points into the text the
user sent. Messages holding no trigger word of a pattern (almost all) pay one set test.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from safeguard._normalize import Tokens, phrase_keys
from safeguard.checks.self_harm._run_together import RunTogether

# Patterns are at most this many words ("better of with out": a split word read whole).
_MAX_WORDS = 4
# The end-of-clause mark a pattern may end with.
_CLAUSE_END = "."


class SpellingError(ValueError):
    """A ``spelling`` entry that cannot be read (empty, or more than four words)."""


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One entry: the words it matches, whether it must end its clause, the words it gives."""

    words: tuple[str, ...]
    at_end: bool
    out: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    """One stage of respelling: each pattern under its trigger word (the word it respells, or
    for a join its last word, a rarer word than the first: "self" of "my self"), with the
    trigger's place in the pattern, longest patterns first."""

    by_trigger: Mapping[str, tuple[tuple[_Pattern, int], ...]] = field(default_factory=dict)
    triggers: frozenset[str] = frozenset()
    # Under each trigger of a pattern of two words or more, the word sets its patterns need:
    # common triggers ("is", "one", "no") are in most messages, the rest of a pattern seldom.
    needs: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)

    def apply(self, tokens: Tokens) -> Tokens:
        """``tokens`` with every pattern of the table rewritten (the same object when none
        matches)."""
        # the message's distinct words (built once per message, and read by the passes
        # after): a set walks the smaller side, not every token (the order of ``present``
        # is free: its words' places are sorted)
        present = self.triggers.intersection(tokens.key_set)
        if not present:
            return tokens
        possible = self._possible(present, tokens.key_set)
        if not possible:
            return tokens
        found = self._find(tokens.keys, tokens.clauses, possible)
        return _rewritten(tokens, found) if found else tokens

    def _possible(self, present: frozenset[str], said: frozenset[str]) -> list[str]:
        """The triggers ``present`` under which some pattern has all its words in the
        message (``said``: its distinct words; a single word always has): only their
        places are visited."""
        needs = self.needs
        if all(word not in needs for word in present):
            return list(present)  # single-word patterns only: nothing more to ask
        return [w for w in present if w not in needs or any(words <= said for words in needs[w])]

    def _find(
        self, keys: list[str], clauses: list[int], present: list[str]
    ) -> list[tuple[int, _Pattern]]:
        """Where patterns match, left to right, not overlapping: ``(start, pattern)``
        (``present``: triggers in ``keys``; only their places are visited)."""
        found: list[tuple[int, _Pattern]] = []
        taken = 0  # tokens before this index are inside a match already
        for pos in sorted(itertools.chain.from_iterable(_places(keys, word) for word in present)):
            entries = self.by_trigger[keys[pos]]
            for pattern, offset in entries:
                start = pos - offset
                if start >= taken and _fits(keys, clauses, start, pattern):
                    found.append((start, pattern))
                    taken = start + len(pattern.words)
                    break
        return found


def _places(keys: list[str], word: str) -> Iterator[int]:
    """Every index of ``word`` in ``keys`` (found by ``list.index``, in C)."""
    pos = -1
    while True:
        try:
            pos = keys.index(word, pos + 1)
        except ValueError:
            return
        yield pos


def _fits(keys: list[str], clauses: list[int], start: int, pattern: _Pattern) -> bool:
    """``pattern`` reads the tokens from ``start`` on, inside one clause (and ends it when
    it must)."""
    width = len(pattern.words)
    end = start + width
    if end > len(keys) or clauses[end - 1] != clauses[start]:
        return False
    if any(keys[start + k] != pattern.words[k] for k in range(width)):
        return False
    return not (pattern.at_end and end < len(keys) and clauses[end] == clauses[start])


def _rewritten(tokens: Tokens, found: list[tuple[int, _Pattern]]) -> Tokens:
    """``tokens`` with each match's words replaced; word for word each keeps its own
    offsets, otherwise (a pair joined, a run-together word split) each word out spans the
    whole matched text: offsets stay in the original."""
    keys, clauses, starts, ends = tokens.keys, tokens.clauses, tokens.starts, tokens.ends
    out_keys: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_clauses: list[int] = []
    cursor = 0
    for start, pattern in found:
        out_keys += keys[cursor:start]
        out_starts += starts[cursor:start]
        out_ends += ends[cursor:start]
        out_clauses += clauses[cursor:start]
        width = len(pattern.words)
        same = len(pattern.out) == width
        for k, word in enumerate(pattern.out):
            out_keys.append(word)
            out_starts.append(starts[start + k] if same else starts[start])
            out_ends.append(ends[start + k] if same else ends[start + width - 1])
            out_clauses.append(clauses[start])
        cursor = start + width
    out_keys += keys[cursor:]
    out_starts += starts[cursor:]
    out_ends += ends[cursor:]
    out_clauses += clauses[cursor:]
    return Tokens(out_keys, out_starts, out_ends, out_clauses)


def _trigger(pattern: _Pattern) -> int:
    """The place of the word a pattern is looked up by (see ``Spelling``)."""
    if len(pattern.out) != len(pattern.words):
        return len(pattern.words) - 1
    return next((k for k, (a, b) in enumerate(zip(pattern.words, pattern.out, strict=True)) if a != b), 0)


@dataclass(frozen=True, slots=True)
class Spelling:
    """The respelling table in two stages: single words first ("beter" -> "better"), then
    patterns of two or three words read over the respelled words ("better of with out"
    -> "better off without"), so a pattern need not list every spelling of its words."""

    words: _Table = field(default_factory=_Table)
    phrases: _Table = field(default_factory=_Table)
    # Words run together split first ("ikeepthinkingaboutkillingmyself"; see _run_together).
    run_together: RunTogether = field(default_factory=RunTogether)

    def apply(self, tokens: Tokens) -> Tokens:
        """``tokens`` respelled (the same object when nothing matches)."""
        return self.phrases.apply(self.words.apply(self.run_together.apply(tokens)))


def build(entries: Iterable[tuple[str, str]], vocabulary: frozenset[str] = frozenset()) -> Spelling:
    """Compile ``(misspelt, correct)`` entries (phrase text, normalised like user text), with
    the ``vocabulary`` run-together words split into (none: nothing split)."""
    entries = list(entries)
    return Spelling(
        words=_table(e for e in entries if _width(e[0]) == 1),
        phrases=_table(e for e in entries if _width(e[0]) > 1),
        run_together=RunTogether(vocabulary),
    )


def _width(raw: str) -> int:
    """How many words a pattern reads (its clause-end mark aside)."""
    return len(phrase_keys(raw.strip().rstrip(_CLAUSE_END)))


def _table(entries: Iterable[tuple[str, str]]) -> _Table:
    """One stage's patterns, looked up by their trigger words."""
    grouped: dict[str, list[tuple[_Pattern, int]]] = {}
    for raw_from, raw_to in entries:
        text = raw_from.strip()
        at_end = text.endswith(_CLAUSE_END)
        words = tuple(phrase_keys(text.rstrip(_CLAUSE_END)))
        out = tuple(phrase_keys(raw_to))
        if not words or not out or len(words) > _MAX_WORDS:
            raise SpellingError(f"spelling {raw_from!r}: one to {_MAX_WORDS} words")
        if words == out and not at_end:
            continue
        pattern = _Pattern(words, at_end, out)
        place = _trigger(pattern)
        grouped.setdefault(words[place], []).append((pattern, place))
    by_trigger = {
        word: tuple(sorted(entries, key=lambda e: (-len(e[0].words), not e[0].at_end)))
        for word, entries in grouped.items()
    }
    needs = {
        word: tuple(frozenset(p.words) for p, _ in entries)
        for word, entries in by_trigger.items()
        if all(len(p.words) > 1 for p, _ in entries)
    }
    return _Table(by_trigger=by_trigger, triggers=frozenset(by_trigger), needs=needs)


EMPTY = Spelling()
