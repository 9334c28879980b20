"""Normalise untrusted text for matching, keeping a map back to the original offsets.

Evasion tricks (fullwidth letters, Cyrillic look-alikes, zero-width joiners,
``k1ll``, ``s u i c i d e``, ``kiiiill``) are undone here once, so phrase data can
be written plainly. Every character of the normalised string remembers the
index of the original character it came from, so a match found in the
normalised text is reported at offsets into the text the user actually sent.

Nothing here is a backtracking regex over user text: the work is a few linear
passes over characters and fixed-length probes without nesting. Splitting the
result into tokens is :mod:`safeguard._tokens` (re-exported here).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from safeguard._tokens import Token, Tokens, squeeze, tokenize

__all__ = [
    "Normalized",
    "Table",
    "Token",
    "Tokens",
    "default_table",
    "full_normalize",
    "normalize",
    "phrase_keys",
    "squeeze",
    "tokenize",
]

# A fixed-length probe (no nested quantifiers) that tells the fast path it must do more work.
_SPACED_PROBE = re.compile(r"(?<![a-z])[a-z][ ._*-][a-z][ ._*-][a-z][ ._*-][a-z](?![a-z])")
# Cheap tests run first: most text has no leet character next to a letter and no "x.y.z"
# run. The ASCII text's characters are translated to their classes in one C pass (``d``: a
# leet character [0-9$@!|], ``s``: a separator [ ._*-], ``l``: a letter [a-z], ``o``:
# anything else); a byte search in the classes then answers both tests: a leet character
# beside a letter (``ld`` or ``dl``), a separator-letter-separator-letter-separator run
# (``slsls``, the spaced probe's necessary part).
_LEET = "0123456789$@!|"
_SEPARATORS = " ._*-"
_CLASS_BYTES = bytes(
    ord("d" if chr(i) in _LEET else "s" if chr(i) in _SEPARATORS else "l" if "a" <= chr(i) <= "z" else "o")
    for i in range(256)
)
_APOSTROPHE_PROBE = re.compile(r"(?<=[a-z])['`]+")
# ASCII characters as ``a`` (an apostrophe), ``l`` (a letter [a-z]) or ``o``; then ``a`` as
# 0 (dropped) and the rest as 1 (kept), for ``itertools.compress``.
_APOSTROPHE_BYTES = bytes(
    ord("a" if chr(i) in "'`" else "l" if "a" <= chr(i) <= "z" else "o") for i in range(256)
)
_KEPT_BYTES = bytes(0 if i == ord("a") else 1 for i in range(256))
_APOSTROPHES = frozenset("'’ʼ`´")
_APOSTROPHE_CHARS = re.compile("[" + re.escape("".join(sorted(_APOSTROPHES))) + "]")
# Separator, letter, separator, letter, separator (a letter in any script: the class of
# word characters but digits and "_" holds every ``isalpha`` character): the middle of four
# single letters split by single separators, found at every place (a look-ahead, so the
# places may overlap). Opening with a separator, the search tries few places.
_SPACED_MIDDLE = re.compile(r"(?=[ ._*-][^\W\d_][ ._*-][^\W\d_][ ._*-])")
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
    if table is not default_table():
        return full_normalize(text, table)
    # The shipped tables: the result of ``full_normalize``, with its per-character loops run
    # only where a probe says they change something (checked equal by tests).
    return _ascii(text) if text.isascii() else _unicode(text)


def full_normalize(text: str, table: Table) -> Normalized:
    """The per-character path: the reference ``normalize`` is held to, and the path for a
    table other than the shipped one."""
    chars, index = _fold(text, table)
    chars = _deleet(chars, table)
    chars, index = _join_spaced(chars, index)
    return Normalized(original=text, text="".join(chars), index=tuple(index))


def _ascii(text: str) -> Normalized:
    """ASCII text: lower-case and drop apostrophes; de-leet and de-space only where a probe
    matches (most messages: neither)."""
    lowered = text.lower()
    index: Sequence[int] = range(len(text))
    if "'" in lowered or "`" in lowered:
        index, lowered = _without_apostrophes(lowered)
    classes = lowered.encode("ascii").translate(_CLASS_BYTES)
    if not _leet_beside_letter(classes) and not (b"slsls" in classes and _SPACED_PROBE.search(lowered)):
        return Normalized(original=text, text=lowered, index=index)
    return _deleet_and_join(text, lowered, index)


def _without_apostrophes(lowered: str) -> tuple[Sequence[int], str]:
    """Lower-cased ASCII ``lowered`` without its apostrophes after a letter ("i'm", "can''t"),
    and the index map back. Usually every apostrophe follows a letter (no ``a`` after
    anything but a letter or another ``a`` in the classes ``_APOSTROPHE_BYTES`` gives): then
    all go, by ``str.replace`` and an index kept where the classes say so, all in C."""
    classes = lowered.encode("ascii").translate(_APOSTROPHE_BYTES)
    if classes[0] != ord("a") and b"oa" not in classes:
        return list(itertools.compress(range(len(lowered)), classes.translate(_KEPT_BYTES))), (
            lowered.replace("'", "").replace("`", "")
        )
    drops = [i for m in _APOSTROPHE_PROBE.finditer(lowered) for i in range(m.start(), m.end())]
    return _drop_chars(lowered, drops) if drops else (range(len(lowered)), lowered)


def _leet_beside_letter(classes: bytes) -> bool:
    """A leet character beside a letter (``ld`` / ``dl``): exactly what a run of ASCII text
    needs for ``_deleet_run`` to change it, as every ASCII digit and leet symbol is ``d``."""
    return b"d" in classes and (b"ld" in classes or b"dl" in classes)


def _unicode(text: str) -> Normalized:
    """Any other text: each character folded through a cache (``_fold``'s per-character
    work, done once per distinct character), apostrophes after a letter dropped."""
    folded = list(map(_FOLDED.__getitem__, text))
    marks = [m.start() for m in _APOSTROPHE_CHARS.finditer(text)]
    if marks:
        _drop_apostrophes(folded, marks)
    joined = "".join(folded)
    dropped = folded.count("")
    index: Sequence[int]
    if len(joined) == len(text) - dropped:  # each character folded to one or none
        index = list(itertools.compress(range(len(text)), folded)) if dropped else range(len(text))
    else:  # some character folded to several ("ß" -> "ss"): each keeps its original's index
        index = [i for i, part in enumerate(folded) for _ in part]
    return _deleet_and_join(text, joined, index)


def _drop_apostrophes(folded: list[str], marks: list[int]) -> None:
    """Empty ``folded[i]`` at each apostrophe ``marks[i]`` whose previous output character is
    a letter (what ``_fold`` drops: "i'm", "don’t", "can''t"). The previous output character
    is looked for back to the last mark only, so the work stays linear in the text."""
    last, previous = "", -1
    for mark in marks:
        for i in range(mark - 1, previous, -1):
            if folded[i]:
                last = folded[i][-1]
                break
        if last.isalpha():
            folded[mark] = ""
        elif folded[mark]:
            last = folded[mark][-1]
        previous = mark


def _deleet_and_join(text: str, folded: str, index: Sequence[int]) -> Normalized:
    """``_deleet`` and ``_join_spaced`` over the ``folded`` text, each only where it can
    change something: the runs that hold a leet character beside a letter, and the places
    a spaced-letter probe matches."""
    chars: list[str] | None = None
    ascii_text = folded.isascii()
    classes = folded.encode("ascii").translate(_CLASS_BYTES) if ascii_text else b""
    if not ascii_text or _leet_beside_letter(classes):
        table = default_table()
        done = 0  # the end of the last run mapped: each run is mapped once, as _deleet does
        for match in _leet_chars().finditer(folded):
            if match.start() >= done:
                chars = chars or list(folded)
                done = _deleet_at(chars, match.start(), table)
        if chars is not None:
            folded = "".join(chars)
            classes = folded.encode("ascii").translate(_CLASS_BYTES) if ascii_text else b""
    if not ascii_text or b"slsls" in classes:
        joined = _join_spaced_where(chars or list(folded), index, folded)
        if joined is not None:
            folded, index = "".join(joined[0]), joined[1]
    # The index as found (a range where every character maps to itself, as on the ASCII
    # fast path): tokenising then skips mapping each offset through it.
    return Normalized(original=text, text=folded, index=index)


def _join_spaced_where(
    chars: list[str], index: Sequence[int], text: str
) -> tuple[list[str], list[int]] | None:
    """``_join_spaced(chars, index)`` reading only the places a run could start (``text`` is
    ``chars`` joined); ``None`` when it joins nothing.

    A run of four single letters or more has a separator, a letter, a separator, a letter
    and a separator from its second character on (``_SPACED_MIDDLE``, a letter in any
    script); elsewhere ``_spaced_run`` finds fewer than four letters, so the left-to-right
    walk of ``_join_spaced`` reads the same runs from these places alone.
    """
    drop: list[bool] | None = None
    resume = 0
    for match in _SPACED_MIDDLE.finditer(text):
        start = match.start() - 1
        if start < resume:
            continue  # before the text, or inside a run already joined
        end, letters = _spaced_run(chars, start)
        if letters >= _SPACED_MIN_LETTERS:
            drop = drop or [False] * len(chars)
            _drop_separators(chars, range(start + 1, end, 2), drop)
            resume = end
    if drop is None:
        return None
    kept = list(itertools.compress(range(len(chars)), map(operator.not_, drop)))
    return [chars[k] for k in kept], [index[k] for k in kept]


def _deleet_at(chars: list[str], at: int, table: Table) -> int:
    """``_deleet_run`` on the run (letters, digits, leet characters) holding ``chars[at]``;
    gives the run's end. (Mapping a run twice could differ: a symbol mapped to a letter
    puts the next symbol between letters.)"""
    low = at
    while low > 0 and (chars[low - 1].isalnum() or chars[low - 1] in table.leet):
        low -= 1
    high = at + 1
    while high < len(chars) and (chars[high].isalnum() or chars[high] in table.leet):
        high += 1
    run = chars[low:high]
    mapped = _deleet_run(run, table)
    if mapped is not run:
        chars[low:high] = mapped
    return high


@functools.cache
def _leet_chars() -> re.Pattern[str]:
    """Any leet character of the shipped table (one character class)."""
    return re.compile("[" + re.escape("".join(sorted(default_table().leet))) + "]")


class _Folded(dict[str, str]):
    """``_fold_char`` with the shipped tables behind a plain dict: ``map`` stays in C for
    every character seen before. Cleared when full (hostile text of many characters)."""

    def __missing__(self, char: str) -> str:
        if len(self) >= _FOLDED_SIZE:
            self.clear()
        out = self[char] = _fold_char(char, default_table())
        return out


_FOLDED_SIZE = 65536
_FOLDED = _Folded()


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


def phrase_keys(phrase: str) -> list[str]:
    """Token keys of a phrase from the data files, normalised exactly like user text."""
    return [t.key for t in tokenize(normalize(phrase))]
