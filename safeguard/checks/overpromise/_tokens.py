"""Word tokens with offsets, normalised so that patterns see one spelling per word.

Lower case, curly apostrophes straightened, contractions expanded ("you'll" -> "you
will", "won't" -> "will not", "im" -> "i am"), and "going to" / "gonna" read as "will",
because for a promise they are the same modality. Each expanded token keeps the offsets
of the word it came from. Clause punctuation is kept as one-character tokens so that
gaps in patterns never jump across a comma or a sentence end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word, optionally with one apostrophe part; or one clause/sentence mark. No nesting.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?|[.!?\u2026,;:\u2014\u2013]")
PUNCT = frozenset(".!?\u2026,;:\u2014\u2013")

_SUFFIXES = {"ll": "will", "m": "am", "re": "are", "ve": "have", "d": "would", "s": "is"}
_WHOLE = {
    "won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not"),
    "ain't": ("is", "not"), "dont": ("do", "not"), "cant": ("can", "not"),
    "wont": ("will", "not"), "im": ("i", "am"), "ive": ("i", "have"),
    "youll": ("you", "will"), "itll": ("it", "will"), "theyll": ("they", "will"),
    "didnt": ("did", "not"), "doesnt": ("does", "not"), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "havent": ("have", "not"), "thats": ("that", "is"),
    "youre": ("you", "are"), "ll": ("will",), "gonna": ("will",), "shall": ("will",),
    "i'": ("i",),
}

_IS_BASES = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "everything",
     "everyone", "this", "let", "how", "life", "nothing", "something", "someone", "things"}
)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists: normalised word, start and end offset in the original text."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def _expand(word: str) -> tuple[str, ...]:
    """Normalised words for one surface word."""
    whole = _WHOLE.get(word)
    if whole is not None:
        return whole
    if "'" not in word:
        return (word,)
    base, _, suffix = word.partition("'")
    if suffix == "t" and base.endswith("n"):
        return (base[:-1], "not")
    if suffix == "s" and base not in _IS_BASES:
        return (base,)  # a possessive ("mother's"), not "is"
    if suffix == "s" and base == "let":
        return ("let", "us")
    expanded = _SUFFIXES.get(suffix)
    return (base, expanded) if expanded else (base,)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokenise ``text[start:end]``; offsets are into ``text``."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = match.span()
        for word in _expand(match.group().lower().replace("\u2019", "'")):
            if word == "to" and words and words[-1] == "going":
                words[-1] = "will"
                continue
            words.append(word)
            starts.append(s)
            ends.append(e)
    return Tokens(words, starts, ends)


def words_of(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """Normalised words of ``text[start:end]`` and, per word, the index of its surface token.

    The fast path of scanning: no match objects, no offsets (see ``offset_of``).
    """
    words: list[str] = []
    surface: list[int] = []
    for n, raw in enumerate(_TOKEN.findall(text, start, len(text) if end is None else end)):
        low = raw.lower().replace("\u2019", "'")
        expanded = _expand(low) if "'" in low or low in _WHOLE else (low,)
        for word in expanded:
            if word == "to" and words and words[-1] == "going":
                words[-1] = "will"
                continue
            words.append(word)
            surface.append(n)
    return words, surface


def offset_of(text: str, start: int, end: int, surface_index: int) -> int:
    """Start offset in ``text`` of the ``surface_index``-th surface token of ``text[start:end]``."""
    for n, match in enumerate(_TOKEN.finditer(text, start, end)):
        if n == surface_index:
            return match.start()
    return end


def phrase(text: str) -> tuple[str, ...]:
    """A phrase from a data file, normalised exactly like reply text."""
    return tuple(tokenize(text).words)
