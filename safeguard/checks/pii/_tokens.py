"""Letter-run tokens with offsets: the only view of the text the name matcher needs."""

from __future__ import annotations

import re
from typing import NamedTuple

# One letter run; apostrophes and hyphens split tokens ("I'm" -> "I", "m"), which keeps the
# pattern free of nested quantifiers. The matcher glues "O'Brien" / "Smith-Jones" back.
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # the same runs on ASCII text, found faster


class Token(NamedTuple):
    """A letter run, its lower-case form, its place in the text, and whether it is capitalised.

    A named tuple rather than a dataclass: tokens are made for every word of every message.
    """

    text: str
    lower: str
    start: int
    end: int
    cap: bool


_new = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Every letter run in ``text``."""
    tokens = []
    for m in (_ASCII_LETTERS if text.isascii() else _LETTERS).finditer(text):
        word = m.group()
        # tuple.__new__ directly: the named tuple's own __new__ is a Python-level call
        tokens.append(_new(Token, (word, word.lower(), m.start(), m.end(), word[0].isupper())))
    return tokens


def phrase(text: str) -> tuple[str, ...]:
    """The lower-case tokens of a gazetteer or trigger phrase."""
    return tuple(m.group().lower() for m in _LETTERS.finditer(text))


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens."""
    return text[left.end : right.start]


def joined(text: str, left: Token, right: Token) -> bool:
    """Two tokens belong to one name: separated by one space, or glued by ' or -."""
    between = gap(text, left, right)
    return between in (" ", "-", "'", "’", "  ") or (between == "" and right.cap)


def sentence_start(text: str, token: Token) -> bool:
    """Nothing but whitespace or quotes since the last sentence end (or the text start)."""
    before = text[max(0, token.start - 6) : token.start].rstrip(" \t\"'“‘(>")
    return not before or before[-1] in ".!?\n:;"
