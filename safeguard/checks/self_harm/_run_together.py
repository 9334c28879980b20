"""Split words run together with no spaces ("ikeepthinkingaboutkillingmyself").

One-finger and phone typing sometimes drops every space of a message; the phrase data then
matches nothing. A long token that is no word of the phrase data is split into the fewest
words of the English phrase vocabulary that spell it whole, and kept split only when that
takes four words or more: a real word seldom spells four phrase words end to end, while
two or three do often enough ("nevertheless" is "never the less", which would put a
negation before the rest of the clause). Each piece takes its share of the token's
offsets, in order, so evidence stays inside the token as written.

Linear time: a token is split by a dynamic programme over its letters with pieces of at
most ``_MAX_PIECE`` letters, and tokens shorter than ``MIN_LENGTH`` (almost all) are
passed over after one ``max(map(len, keys))``.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeguard._normalize import Tokens

# A run-together message is long; most words of twelve letters or more are single words
# the vocabulary does not know and the split does not cover.
MIN_LENGTH = 12
# The fewest pieces a split must have to be kept (see the module docstring).
_MIN_PIECES = 4
# The longest piece looked for, and the longest token split (hostile text stays cheap).
_MAX_PIECE = 14
_MAX_TOKEN = 60
# The most long tokens a message may hold to be split at all: each costs up to
# ``_MAX_TOKEN * _MAX_PIECE`` look-ups, and a message typed without spaces has few of them
# (a hostile text of thousands of long words then costs one pass over its keys).
_MAX_RUNS = 8
# A piece this short or shorter is a syllable as often as a word (see ``split``).
_SHORT = 2
# Single letters that are words of their own.
_ONE_LETTER = frozenset({"i", "a"})


@dataclass(frozen=True, slots=True)
class RunTogether:
    """The English phrase vocabulary (normalised keys) that run-together words split into."""

    vocabulary: frozenset[str] = frozenset()

    def apply(self, tokens: Tokens) -> Tokens:
        """``tokens`` with each run-together word split (the same object when none is)."""
        keys = tokens.keys
        if not self.vocabulary or max(map(len, keys), default=0) < MIN_LENGTH:
            return tokens
        long = [i for i, key in enumerate(keys) if len(key) >= MIN_LENGTH]
        if len(long) > _MAX_RUNS:
            return tokens  # many long words: a text of long words, not one typed without spaces
        splits = {i: self.split(keys[i]) for i in long}
        splits = {i: pieces for i, pieces in splits.items() if pieces}
        if not splits:
            return tokens
        starts, ends, clauses = tokens.starts, tokens.ends, tokens.clauses
        out: tuple[list[str], list[int], list[int], list[int]] = ([], [], [], [])
        for i, key in enumerate(keys):
            pieces = splits.get(i)
            if pieces is None:
                out[0].append(key)
                out[1].append(starts[i])
                out[2].append(ends[i])
                out[3].append(clauses[i])
                continue
            for piece, (start, end) in zip(pieces, _spans(pieces, starts[i], ends[i]), strict=True):
                out[0].append(piece)
                out[1].append(start)
                out[2].append(end)
                out[3].append(clauses[i])
        return Tokens(*out)

    def split(self, word: str) -> tuple[str, ...]:
        """The fewest vocabulary words spelling ``word`` whole, when they are four or more
        and ``word`` is no vocabulary word itself; else ``()``."""
        if word in self.vocabulary or len(word) > _MAX_TOKEN or not word.isalpha():
            return ()
        n = len(word)
        # fewest[j]: the fewest pieces spelling word[:j]; back[j]: where the last one begins.
        # (A double letter across two words is squeezed like any other, "wantto" to "wanto":
        # such a run is not split, rather than guess where a letter was lost.)
        fewest = [0] + [n + 1] * n
        back = [0] * (n + 1)
        for j in range(1, n + 1):
            for start in range(max(0, j - _MAX_PIECE), j):
                if fewest[start] + 1 < fewest[j] and self._piece(word[start:j]):
                    fewest[j], back[j] = fewest[start] + 1, start
        if fewest[n] > n or fewest[n] < _MIN_PIECES:
            return ()
        pieces: list[str] = []
        j = n
        while j > 0:
            pieces.append(word[back[j] : j])
            j = back[j]
        # Half or more of pieces this short spell a word of another language or a long rare word by its
        # syllables ("scarification": "scar if fic cat i on"); a sentence run together has
        # words of its own length.
        if 2 * sum(len(piece) <= _SHORT for piece in pieces) >= len(pieces):
            return ()
        return tuple(reversed(pieces))

    def _piece(self, text: str) -> bool:
        """A vocabulary word long enough to be a piece (one letter: "i" or "a" only)."""
        return text in self.vocabulary and (len(text) > 1 or text in _ONE_LETTER)


def _spans(pieces: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """Original offsets of each piece of a token at ``[start, end)``: its share of the
    token, in order (the key may be shorter than the text: repeated letters squeezed), so
    the pieces keep their order for rules that read offsets and evidence stays inside the
    token."""
    total = sum(map(len, pieces))
    width = end - start
    spans: list[tuple[int, int]] = []
    done = 0
    for piece in pieces:
        low = start + done * width // total
        done += len(piece)
        high = max(start + done * width // total, low + 1)
        spans.append((low, min(high, end)))
    return spans
