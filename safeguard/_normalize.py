"""Normalise untrusted text for matching, keeping a map back to the original offsets.

Evasion tricks (fullwidth letters, Cyrillic look-alikes, zero-width joiners,
``k1ll``, ``s u i c i d e``, ``kiiiill``) are undone here once, so phrase data can
be written plainly. Every character of the normalised string remembers the
index of the original character it came from, so a match found in the
normalised text is reported at offsets into the text the user actually sent.

Nothing here is a backtracking regex over user text: the work is a few linear
passes over characters and one simple tokenising pattern without nesting.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple, overload

import yaml

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
_SQUEEZE = re.compile(r"([^\W\d_])\1+")
# Fixed-length probes (no nested quantifiers) that tell the fast path it must do more work.
_LEET_PROBE = re.compile(r"[a-z][0-9$@!|]|[0-9$@!|][a-z]")
_SPACED_PROBE = re.compile(r"(?<![a-z])[a-z][ ._*-][a-z][ ._*-][a-z][ ._*-][a-z](?![a-z])")
# Cheap single-class searches run first: most text has no leet character next to a letter
# and no "x.y.z" run, and these rule the slower probes out.
_LEET_CHARS = re.compile(r"[0-9$@!|]")
_SPACED_HINT = re.compile(r"[ ._*-][a-z][ ._*-][a-z][ ._*-]")
_APOSTROPHE_PROBE = re.compile(r"(?<=[a-z])['`]+")
_CLAUSE_BREAKS = frozenset('.!?;,:\n…—–()"“”')
_APOSTROPHES = frozenset("'’ʼ`´")
_SPACED_MIN_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Table:
    """Character tables: look-alikes to Latin letters, and leetspeak digits/symbols."""

    confusables: dict[str, str]
    leet: dict[str, str]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string plus, for each of its characters, the original index."""

    original: str
    text: str
    index: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to original offsets (never empty)."""
        if not self.index or start >= end:
            return 0, 0
        first = self.index[start]
        last = self.index[end - 1]
        return first, _char_end(self.original, last)


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

    __slots__ = ("_ends", "_locate", "_starts", "clauses", "keys")

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


def _char_end(text: str, index: int) -> int:
    """End offset of the original character at ``index`` (one past it)."""
    return min(index + 1, len(text))


@functools.cache
def default_table() -> Table:
    """The shipped character tables (``safeguard/data/self_harm/normalize.yaml``)."""
    raw = resources.files("safeguard").joinpath("data/self_harm/normalize.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return Table(
        confusables={str(k): str(v) for k, v in data["confusables"].items()},
        leet={str(k): str(v) for k, v in data["leet"].items()},
    )


def _fold_char(ch: str, table: Table) -> str:
    """NFKC, case-fold, strip accents and map look-alikes for one character."""
    if ch.isascii():
        return ch.lower()
    if unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return ""
    folded = unicodedata.normalize("NFKC", ch).casefold()
    out = []
    for part in unicodedata.normalize("NFD", folded):
        if unicodedata.category(part) in ("Mn", "Me", "Cf"):
            continue
        out.append(table.confusables.get(part, part))
    return "".join(out)


def _fold(text: str, table: Table) -> tuple[list[str], list[int]]:
    """Per-character folding; apostrophes inside words are dropped (``i'm`` -> ``im``)."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES and chars and chars[-1].isalpha():
            continue
        for out in _fold_char(ch, table):
            chars.append(out)
            index.append(i)
    return chars, index


def _is_unit_like(run: list[str]) -> bool:
    """``50mg``, ``3am``, ``2nd``: digits then a short letter suffix, left alone."""
    digits = 0
    while digits < len(run) and run[digits].isdigit():
        digits += 1
    rest = run[digits:]
    return digits > 0 and len(rest) <= 3 and all(c.isalpha() for c in rest)


def _deleet_run(run: list[str], table: Table) -> list[str]:
    """Map leet characters in one run when the run also holds letters."""
    if not any(c.isalpha() for c in run) or _is_unit_like(run):
        return run
    if not any(c in table.leet for c in run):
        return run
    out = list(run)
    for i, c in enumerate(run):
        if c in table.leet and (c.isdigit() or _between_letters(run, i)):
            out[i] = table.leet[c]
    return out


def _between_letters(run: list[str], i: int) -> bool:
    """``!`` and ``|`` count as letters only between letters; ``$`` and ``@`` next to one."""
    before = i > 0 and run[i - 1].isalnum()
    after = i + 1 < len(run) and run[i + 1].isalnum()
    if run[i] in "$@":
        return before or after
    return before and after


def _deleet(chars: list[str], table: Table) -> list[str]:
    """Apply leet mapping run by run (a run is letters, digits and leet symbols)."""
    out: list[str] = []
    run: list[str] = []
    for c in chars:
        if c.isalnum() or c in table.leet:
            run.append(c)
            continue
        out.extend(_deleet_run(run, table))
        run = []
        out.append(c)
    out.extend(_deleet_run(run, table))
    return out


def _join_spaced(chars: list[str], index: list[int]) -> tuple[list[str], list[int]]:
    """Join ``k i l l`` (single letters split by one separator) into ``kill``."""
    n = len(chars)
    drop = [False] * n
    i = 0
    while i < n:
        j, letters = _spaced_run(chars, i)
        if letters >= _SPACED_MIN_LETTERS:
            _drop_separators(chars, range(i + 1, j, 2), drop)
            i = j
        else:
            i += 1
    kept = [k for k in range(n) if not drop[k]]
    return [chars[k] for k in kept], [index[k] for k in kept]


def _drop_separators(chars: list[str], seps: range, drop: list[bool]) -> None:
    """Drop the run's usual separator; a different one (``k.i.l.l m.e``) stays a word break."""
    counts: dict[str, int] = {}
    for k in seps:
        counts[chars[k]] = counts.get(chars[k], 0) + 1
    usual = max(counts, key=lambda c: counts[c], default=" ")
    for k in seps:
        if chars[k] == usual:
            drop[k] = True
        else:
            chars[k] = " "


def _spaced_run(chars: list[str], i: int) -> tuple[int, int]:
    """From ``i``, the end of a letter-separator-letter... run and its letter count."""
    n = len(chars)
    if not _lone_letter(chars, i):
        return i, 0
    letters = 1
    j = i + 1
    while j + 1 < n and chars[j] in " .-_*" and _lone_letter(chars, j + 1):
        letters += 1
        j += 2
    return j, letters


def _lone_letter(chars: list[str], i: int) -> bool:
    """A letter with no letter directly before or after it."""
    if not chars[i].isalpha():
        return False
    before = i > 0 and chars[i - 1].isalpha()
    after = i + 1 < len(chars) and chars[i + 1].isalpha()
    return not before and not after


def normalize(text: str, table: Table | None = None) -> Normalized:
    """Fold, de-leet and de-space ``text``; the result maps back to ``text``."""
    table = table or default_table()
    fast = _ascii_fast_path(text) if table is default_table() else None
    return fast if fast is not None else full_normalize(text, table)


def full_normalize(text: str, table: Table) -> Normalized:
    """The per-character path (every message may take it; ASCII usually does not need to)."""
    chars, index = _fold(text, table)
    chars = _deleet(chars, table)
    chars, index = _join_spaced(chars, index)
    return Normalized(original=text, text="".join(chars), index=tuple(index))


def _ascii_fast_path(text: str) -> Normalized | None:
    """Plain ASCII with no leet and no spaced letters: lower-case and drop apostrophes only.

    This is most messages; it avoids the per-character loop (same result, checked by tests).
    Each probe runs only after a cheap character-class search says it could match.
    """
    if not text.isascii():
        return None
    lowered = text.lower()
    index: Sequence[int] = range(len(text))
    if "'" in lowered or "`" in lowered:
        drops = [i for m in _APOSTROPHE_PROBE.finditer(lowered) for i in range(m.start(), m.end())]
        if drops:
            index, lowered = _drop_chars(lowered, drops)
    if _LEET_CHARS.search(lowered) and _LEET_PROBE.search(lowered):
        return None
    if _SPACED_HINT.search(lowered) and _SPACED_PROBE.search(lowered):
        return None
    return Normalized(original=text, text=lowered, index=index)


def _drop_chars(text: str, drops: list[int]) -> tuple[list[int], str]:
    """``text`` without the characters at ``drops``, plus the index map back."""
    index: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for drop in drops:
        index.extend(range(cursor, drop))
        pieces.append(text[cursor:drop])
        cursor = drop + 1
    index.extend(range(cursor, len(text)))
    pieces.append(text[cursor:])
    return index, "".join(pieces)


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
    if norm.text.isascii():
        return _tokenize_ascii(norm.text, norm.index)
    return _tokenize_any(norm.text, norm.index)


def _tokenize_ascii(text: str, index: Sequence[int]) -> Tokens:
    """The ASCII path: ``str.split`` when every token is a word, else one regex split."""
    found = _split_words(text)
    if found is None:
        starts, ends, keys, clauses = _split_any_ascii(text, index)
        return Tokens(keys, starts, ends, clauses)
    keys, clauses, gaps = found
    return Tokens(keys, None, None, clauses, functools.partial(_word_offsets, gaps, index))


def _split_words(text: str) -> tuple[list[str], list[int], str] | None:
    """Keys, clause numbers and the text with its gaps made spaces, when the tokens are
    all letter runs, else ``None``.

    Clause breaks become newlines and other punctuation spaces, so the splitting is
    done in C; digits and symbols (``50mg``, ``<3``) go to the regex path instead.
    """
    keys: list[str] = []
    clauses: list[int] = []
    translated = text.translate(_WORDS_TABLE)
    for clause, part in enumerate(translated.split("\n")):
        words = part.split()
        if words:
            keys += words
            clauses += [clause] * len(words)
    if not "".join(keys).isalpha():
        return None
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
    pieces are not tokens.
    """
    pieces = gaps.split(" ")
    offsets = map(operator.add, itertools.accumulate(map(len, pieces), initial=0), itertools.count())
    starts = list(itertools.compress(offsets, pieces))
    ends = list(map(operator.add, starts, map(len, filter(None, pieces))))
    return _mapped(starts, ends, index)


def _mapped(starts: list[int], ends: list[int], index: Sequence[int]) -> tuple[list[int], list[int]]:
    """Offsets in the normalised text mapped to the original (``end`` is one past ``index[end - 1]``)."""
    if isinstance(index, range) and index.start == 0 and index.step == 1:
        return starts, ends
    return list(map(index.__getitem__, starts)), [index[end - 1] + 1 for end in ends]


def _tokenize_any(text: str, index: Sequence[int]) -> Tokens:
    """Any text: Unicode token classes, punctuation by Unicode category."""
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


def phrase_keys(phrase: str) -> list[str]:
    """Token keys of a phrase from the data files, normalised exactly like user text."""
    return [t.key for t in tokenize(normalize(phrase))]
