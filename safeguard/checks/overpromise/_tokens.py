"""Word tokens with offsets, normalised so that patterns see one spelling per word.

Lower case, curly apostrophes straightened, contractions expanded ("you'll" -> "you
will", "won't" -> "will not", "im" -> "i am"), and "going to" / "gonna" read as "will",
because for a promise they are the same modality. Each expanded token keeps the offsets
of the word it came from. Clause punctuation is kept as one-character tokens so that
gaps in patterns never jump across a comma or a sentence end.

Two entry points share one normalisation: ``words_in`` (the scanning fast path: words
only, from text that is already lower-cased) and ``tokenize`` (words with offsets, used
when a finding needs a position). ``surface_pieces`` is the inverse mapping the literal
prefilter needs: which raw word pieces can produce a normalised word.
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
# Raw tokens that do not normalise to themselves without an apostrophe in them.
_SPECIAL = frozenset(_WHOLE)

_IS_BASES = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "everything",
     "everyone", "this", "let", "how", "life", "nothing", "something", "someone", "things"}
)
_CACHE_LIMIT = 4096
_expanded_cache: dict[str, tuple[str, ...]] = {}


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


def _expanded(word: str) -> tuple[str, ...]:
    """``_expand`` with a bounded memo: the same few contractions recur in every reply."""
    found = _expanded_cache.get(word)
    if found is None:
        found = _expand(word)
        if len(_expanded_cache) < _CACHE_LIMIT:
            _expanded_cache[word] = found
    return found


def _going_to(words: list[str]) -> list[str]:
    """"going to" -> "will" (a promise either way)."""
    out: list[str] = []
    for word in words:
        if word == "to" and out and out[-1] == "going":
            out[-1] = "will"
        else:
            out.append(word)
    return out


def words_in(low: str, start: int = 0, end: int | None = None) -> list[str]:
    """Normalised words of ``low[start:end]``; ``low`` is already lower-cased with straight
    apostrophes. Most words need no expansion, so they are taken as the regex found them."""
    stop = len(low) if end is None else end
    raw: list[str] = _TOKEN.findall(low, start, stop)
    if low.find("'", start, stop) < 0 and _SPECIAL.isdisjoint(raw):
        words = raw
    else:
        words = []
        for token in raw:
            if token in _SPECIAL or "'" in token:
                words.extend(_expanded(token))
            else:
                words.append(token)
    return _going_to(words) if "going" in words else words


def lowered(text: str) -> str:
    """``text`` lower-cased with straight apostrophes (same length, or per-token fallback)."""
    low = text.lower().replace("\u2019", "'")
    return low if len(low) == len(text) else "".join(_lower_char(c) for c in text)


def _lower_char(c: str) -> str:
    # Rare: lower() changes the length of a few characters ("İ"); keep offsets aligned.
    low = c.lower()
    return "'" if c == "\u2019" else (low if len(low) == 1 else c)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokenise ``text[start:end]``; offsets are into ``text``."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = match.span()
        for word in _expanded(match.group().lower().replace("\u2019", "'")):
            if word == "to" and words and words[-1] == "going":
                words[-1] = "will"
                continue
            words.append(word)
            starts.append(s)
            ends.append(e)
    return Tokens(words, starts, ends)


def phrase(text: str) -> tuple[str, ...]:
    """A phrase from a data file, normalised exactly like reply text."""
    return tuple(tokenize(text).words)


# "don't" -> "do  t" (same length): the prefilter then sees the word "do" the tokenizer
# makes of it, as it does for every other "n't" contraction.
_NOT_SUFFIX = re.compile(r"n't(?![^\W_])")
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def letter_view(low: str) -> str:
    """``low`` (see ``lowered``) with each "n't" suffix written as "  t"."""
    return _NOT_SUFFIX.sub("  t", low) if "n't" in low else low


def surface_pieces(word: str) -> frozenset[str]:
    """Raw word pieces of ``letter_view`` text (split at every character that is not an
    ASCII letter or digit) at least one of which is present wherever ``word`` appears
    among the normalised words."""
    pieces = {word}
    for raw, words in _WHOLE.items():
        if word in words:
            pieces.update(p for p in _NOT_LETTERS.split(letter_view(raw)) if p)
    pieces.update(suffix for suffix, full in _SUFFIXES.items() if full == word)
    if word == "not":
        pieces.add("t")
    if word == "us":
        pieces.add("s")  # "let's"
    if word == "will":
        pieces.add("going")  # "going to"
    return frozenset(pieces)
