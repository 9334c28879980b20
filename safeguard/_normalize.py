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

# Fixed-length probes (no nested quantifiers) that tell the fast path it must do more work.
_LEET_PROBE = re.compile(r"[a-z][0-9$@!|]|[0-9$@!|][a-z]")
_SPACED_PROBE = re.compile(r"(?<![a-z])[a-z][ ._*-][a-z][ ._*-][a-z][ ._*-][a-z](?![a-z])")
# Cheap tests run first: most text has no leet character next to a letter and no "x.y.z"
# run, and these rule the slower probes out. The ASCII text's characters are translated to
# their classes in one C pass (``d``: a leet character [0-9$@!|], ``s``: a separator
# [ ._*-], ``l``: a letter [a-z], ``o``: anything else); a byte search in the classes then
# answers both tests: a leet character anywhere (``d``), a separator-letter-separator-
# letter-separator run (``slsls``, the spaced probe's necessary part).
_LEET = "0123456789$@!|"
_SEPARATORS = " ._*-"
_CLASS_BYTES = bytes(
    ord("d" if chr(i) in _LEET else "s" if chr(i) in _SEPARATORS else "l" if "a" <= chr(i) <= "z" else "o")
    for i in range(256)
)
_APOSTROPHE_PROBE = re.compile(r"(?<=[a-z])['`]+")
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
    classes = lowered.encode("ascii").translate(_CLASS_BYTES)
    if b"d" in classes and _LEET_PROBE.search(lowered):
        return None
    if b"slsls" in classes and _SPACED_PROBE.search(lowered):
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


def phrase_keys(phrase: str) -> list[str]:
    """Token keys of a phrase from the data files, normalised exactly like user text."""
    return [t.key for t in tokenize(normalize(phrase))]
