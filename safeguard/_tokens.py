"""Tokens of normalised text: words, numbers and symbols with clause numbers and offsets.

A token's ``key`` is what phrase data matches (repeated letters squeezed:
``kiiill`` -> ``kil``); its offsets point into the text the user actually sent
(through the normaliser's index map), and its clause number changes at sentence
punctuation, so context rules and gaps can stay inside a clause.

Most messages are plain ASCII made of words; they are split with ``str.split``
after one ``str.translate`` and their offsets are computed only when first read.
Other ASCII text takes one regex split without nesting; any other text a
Unicode-class tokenising pattern (one ``finditer``, no backtracking to speak of).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, overload

if TYPE_CHECKING:
    from safeguard._normalize import Normalized

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
# ASCII tokens: letter runs, digit runs, and single symbols that are not punctuation (the
# ASCII characters Unicode does not class as P*); other ASCII characters only separate.
_ASCII_SYMBOLS = "$+<=>^`|~" + "".join(map(chr, [*range(0x09), *range(0x0E, 0x1C), 0x7F]))
# One capture group: the split alternates gaps and tokens, so offsets are running sums.
_ASCII_SPLIT = re.compile(f"([a-zA-Z]+|[0-9]+|[{re.escape(_ASCII_SYMBOLS)}])")
_ASCII_BREAKS = '.!?;,:\n()"'
_ASCII_BREAK = re.compile(f"[{re.escape(_ASCII_BREAKS)}]")
# For the all-words path: clause breaks become newlines, everything else that is neither a
# letter, a digit nor a symbol token becomes a space.
_WORDS_TABLE = str.maketrans(
    {
        c: "\n" if c in _ASCII_BREAKS else " "
        for c in map(chr, range(128))
        if not (c.isascii() and c.isalnum()) and c not in _ASCII_SYMBOLS
    }
)
# The same table for bytes: ``bytes.translate`` on the (ASCII) text runs about three
# times faster than ``str.translate`` with a dict table.
_WORDS_BYTES = bytes(ord(_WORDS_TABLE[i]) if isinstance(_WORDS_TABLE.get(i), str) else i for i in range(256))
# Each ASCII character's kind: ``l`` a letter, ``d`` a digit, ``x`` a symbol token, ``o``
# anything else (a gap or punctuation).
_KINDS_BYTES = bytes(
    ord("l" if chr(i).isalpha() else "d" if chr(i).isdigit() else "x" if chr(i) in _ASCII_SYMBOLS else "o")
    if i < 128
    else ord("o")
    for i in range(256)
)
_SQUEEZE = re.compile(r"([^\W\d_])\1+")
# two or more dots, or the ellipsis character (linear: one character class, no nesting)
_ELLIPSIS = re.compile("[.…]{2,}|…")
_CLAUSE_BREAKS = frozenset('.!?;,:\n…—–()"“”')


class Token(NamedTuple):
    """A word, number or symbol: ``key`` for matching, offsets into the original text.

    A named tuple rather than a dataclass: a 100-word message makes 100 of them.
    """

    key: str
    start: int
    end: int
    clause: int


class Tokens(Sequence[Token]):
    """A message's tokens stored column by column.

    Matching reads only ``keys`` and ``clauses``; a :class:`Token` is built when one is
    asked for, so a 100-word message does not allocate 100 objects it mostly never reads.
    Offsets may be computed on first use (``locate``): most messages match no phrase and
    never need them.
    """

    __slots__ = ("_ends", "_key_set", "_locate", "_starts", "clauses", "keys")

    def __init__(
        self,
        keys: list[str],
        starts: list[int] | None,
        ends: list[int] | None,
        clauses: list[int],
        locate: Callable[[], tuple[list[int], list[int]]] | None = None,
    ) -> None:
        self.keys = keys
        self.clauses = clauses
        self._starts = starts
        self._ends = ends
        self._locate = locate
        self._key_set: frozenset[str] | None = None

    @property
    def key_set(self) -> frozenset[str]:
        """The distinct keys, built on first use (once the keys are complete). A word class
        tested against the whole message (``words.isdisjoint(key_set)``) then walks the
        smaller of the two sets, not every token of the message each time."""
        if self._key_set is None:
            self._key_set = frozenset(self.keys)
        return self._key_set

    @property
    def starts(self) -> list[int]:
        """Original start offset of each token."""
        return self._offsets()[0]

    @property
    def ends(self) -> list[int]:
        """Original end offset (one past the last character) of each token."""
        return self._offsets()[1]

    def _offsets(self) -> tuple[list[int], list[int]]:
        if self._starts is None or self._ends is None:
            assert self._locate is not None, "Tokens built without offsets or a way to find them"
            self._starts, self._ends = self._locate()
            self._locate = None
        return self._starts, self._ends

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.keys)))]
        starts, ends = self._offsets()
        return Token(self.keys[i], starts[i], ends[i], self.clauses[i])

    def __iter__(self) -> Iterator[Token]:
        starts, ends = self._offsets()
        return map(Token, self.keys, starts, ends, self.clauses)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        return hash(tuple(self.keys))

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


@functools.lru_cache(maxsize=65536)
def squeeze(word: str) -> str:
    """Collapse repeated letters (``kiiilll`` -> ``kil``); applied to text and phrases alike."""
    return _SQUEEZE.sub(r"\1", word)


class _SqueezeCache(dict[str, str]):
    """``squeeze`` behind a plain dict: ``map(cache.__getitem__, words)`` stays in C for
    every word seen before. Cleared when full, so hostile text cannot grow it unbounded."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _SQUEEZE_CACHE_SIZE:
            self.clear()
        out = self[word] = _SQUEEZE.sub(r"\1", word)
        return out


_SQUEEZE_CACHE_SIZE = 65536
_SQUEEZED = _SqueezeCache()


def tokenize(norm: Normalized) -> Tokens:
    """Split normalised text into tokens with original offsets and clause numbers."""
    text = norm.text
    if ".." in text or "…" in text:
        text = _without_ellipses(text)
    if text.isascii():
        return _tokenize_ascii(text, norm.index)
    return _tokenize_unicode(text, norm.index)


def _without_ellipses(text: str) -> str:
    """``text`` with each ellipsis made spaces of the same length (offsets stay valid).

    In chat an ellipsis is a pause inside a thought ("everything is... ready", "i just
    want it to end... all of it"), not the end of a clause, so phrases may run across it.
    """
    return _ELLIPSIS.sub(lambda m: " " * len(m.group()), text)


def _tokenize_ascii(text: str, index: Sequence[int]) -> Tokens:
    """The ASCII path: ``str.split`` when every token is a word or a number, else one regex
    split."""
    found = _split_words(text)
    if found is None:
        starts, ends, keys, clauses = _split_any_ascii(text, index)
        return Tokens(keys, starts, ends, clauses)
    keys, clauses, gaps = found
    return Tokens(keys, None, None, clauses, functools.partial(_word_offsets, gaps, index))


def _split_words(text: str) -> tuple[list[str], list[int], str] | None:
    """Keys, clause numbers and the text with its gaps made spaces, when the tokens of
    ``text`` (ASCII) are all letter runs or digit runs, else ``None``.

    Clause breaks become newlines and other punctuation spaces, so the splitting is
    done in C. A symbol, or a digit beside a letter (``<3``, ``50mg``: tokens the split
    would not separate), sends the text to the regex path instead: one byte search each
    in the characters' classes.
    """
    classes = text.encode("ascii").translate(_KINDS_BYTES)
    if b"x" in classes or (b"d" in classes and (b"ld" in classes or b"dl" in classes)):
        return None
    keys: list[str] = []
    clauses: list[int] = []
    translated = text.encode("ascii").translate(_WORDS_BYTES).decode("ascii")
    for clause, part in enumerate(translated.split("\n")):
        words = part.split()
        if words:
            keys += words
            clauses += [clause] * len(words)
    return list(map(_SQUEEZED.__getitem__, keys)), clauses, translated.replace("\n", " ")


def _split_any_ascii(text: str, index: Sequence[int]) -> tuple[list[int], list[int], list[str], list[int]]:
    """Offsets, keys and clause numbers of any ASCII text, from one regex split."""
    parts = _ASCII_SPLIT.split(text)
    starts, ends = _ascii_positions(parts)
    keys = list(map(_SQUEEZED.__getitem__, parts[1::2]))
    bounds = [m.start() for m in _ASCII_BREAK.finditer(text)]
    # A token's clause is the number of breaks before it (a break is never inside a token).
    clauses = list(map(functools.partial(bisect.bisect_left, bounds), starts)) if bounds else [0] * len(keys)
    return *_mapped(starts, ends, index), keys, clauses


def _ascii_positions(parts: list[str]) -> tuple[list[int], list[int]]:
    """Start and end offsets of the tokens of ``_ASCII_SPLIT.split(text)``.

    The split alternates gaps and tokens, so the offsets are running sums of lengths.
    """
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2]


def _word_offsets(gaps: str, index: Sequence[int]) -> tuple[list[int], list[int]]:
    """Original offsets of the tokens of text whose tokens are all letter runs.

    ``gaps`` is that text with every gap character made a space: piece ``k`` of
    ``split(" ")`` starts after the ``k`` pieces and ``k`` spaces before it; the empty
    pieces (between two spaces in a row) are not tokens.
    """
    pieces = gaps.split(" ")
    lengths = list(map(len, pieces))
    starts = list(itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=0))
    if "" in pieces:
        starts = list(itertools.compress(starts, pieces))
        lengths = list(filter(None, lengths))
    else:
        del starts[-1]  # the offset after the last piece
    return _mapped(starts, list(map(operator.add, starts, lengths)), index)


def _mapped(starts: list[int], ends: list[int], index: Sequence[int]) -> tuple[list[int], list[int]]:
    """Offsets in the normalised text mapped to the original (``end`` is one past ``index[end - 1]``)."""
    if isinstance(index, range) and index.start == 0 and index.step == 1:
        return starts, ends
    return list(map(index.__getitem__, starts)), [index[end - 1] + 1 for end in ends]


def _tokenize_unicode(text: str, index: Sequence[int]) -> Tokens:
    """Any text, as ``_tokenize_any`` reads it, from one regex split (a message with one
    emoji no longer walks every token in Python).

    The split alternates gaps and tokens, so offsets are running sums; each token is kept,
    dropped (punctuation) or a clause break by its first character (``_HEAD_KINDS``); a
    token's clause is the number of breaks and newlines before it.
    """
    parts = _TOKEN_SPLIT.split(text)
    starts, ends = _ascii_positions(parts)  # running sums: any text
    words = parts[1::2]
    kinds = list(map(_HEAD_KINDS.__getitem__, map(operator.itemgetter(0), words)))
    kept = list(map(_KEEP.__eq__, kinds))
    bounds = list(itertools.compress(starts, map(_BREAK.__eq__, kinds)))
    if "\n" in text:  # a newline is a gap, never a token: its own clause break
        bounds = sorted(bounds + [m.start() for m in _NEWLINE.finditer(text)])
    starts, ends = list(itertools.compress(starts, kept)), list(itertools.compress(ends, kept))
    keys = list(map(_SQUEEZED.__getitem__, itertools.compress(words, kept)))
    clauses = list(map(functools.partial(bisect.bisect_left, bounds), starts)) if bounds else [0] * len(keys)
    return Tokens(keys, *_mapped(starts, ends, index), clauses)


_KEEP, _DROP, _BREAK = 0, 1, 2


class _HeadKinds(dict[str, int]):
    """A token's kind by its first character, as ``_tokenize_any`` decides it: a clause
    break, other punctuation (dropped), or kept (a word, a number, a symbol such as an
    emoji). Behind a plain dict so ``map`` stays in C; cleared when full."""

    def __missing__(self, head: str) -> int:
        if len(self) >= _SQUEEZE_CACHE_SIZE:
            self.clear()
        if head in _CLAUSE_BREAKS:
            kind = _BREAK
        elif head.isalnum() or unicodedata.category(head)[0] != "P":
            kind = _KEEP
        else:
            kind = _DROP
        self[head] = kind
        return kind


_HEAD_KINDS = _HeadKinds()
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_NEWLINE = re.compile("\n")


def _tokenize_any(text: str, index: Sequence[int]) -> Tokens:
    """Any text: Unicode token classes, punctuation by Unicode category (one token at a
    time: the reference the other paths are held to)."""
    newlines = "\n" in text
    out = Tokens([], [], [], [])
    clause = 0
    cursor = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        start = match.start()
        if newlines:
            clause += text.count("\n", cursor, start)
            cursor = start + len(word)
        head = word[0]
        if head in _CLAUSE_BREAKS:
            clause += 1
        elif head.isalnum() or unicodedata.category(head)[0] != "P":
            out.keys.append(squeeze(word))
            out.starts.append(index[start])
            out.ends.append(index[start + len(word) - 1] + 1)
            out.clauses.append(clause)
    return out
