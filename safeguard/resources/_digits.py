"""Find phone-number-like tokens in text without regular expressions (linear time).

A token is a run of digit groups joined by at most two separator characters
(``"116 123"``, ``"1-800-273-8255"``, ``"(55) 5259-8121"``). Comparing digit groups, not the
digits of the whole text, keeps "988" from matching inside "1988" or across two numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

_SEPARATORS = frozenset(" -.()/\u00a0\u2010\u2011\u2012\u2013\u202f")
_MAX_SEPARATOR_RUN = 2
# No crisis or emergency number spans more than 5 groups ("0800 111 0 111" has 4); the bound
# keeps matching linear on hostile input such as "1 1 1 1 ..." of any length.
_MAX_GROUPS = 6


def digits_only(value: str) -> str:
    """The ASCII digits of ``value`` in order (``"9-8-8"`` -> ``"988"``)."""
    return "".join(ch for ch in value if "0" <= ch <= "9")


def number_tokens(text: str) -> list[tuple[str, ...]]:
    """The digit groups of each number-like token in ``text``."""
    tokens: list[tuple[str, ...]] = []
    groups: list[str] = []
    current: list[str] = []
    separators = 0
    for ch in text:
        if "0" <= ch <= "9":
            current.append(ch)
            separators = 0
            continue
        if current:
            groups.append("".join(current))
            current = []
        if ch in _SEPARATORS and groups and separators < _MAX_SEPARATOR_RUN:
            separators += 1
            continue
        if groups:
            tokens.append(tuple(groups))
            groups = []
        separators = 0
    if current:
        groups.append("".join(current))
    if groups:
        tokens.append(tuple(groups))
    return tokens


def _joined_slices(groups: tuple[str, ...]) -> Iterator[str]:
    """Every run of up to ``_MAX_GROUPS`` consecutive groups, joined."""
    for start in range(len(groups)):
        for end in range(start + 1, min(start + _MAX_GROUPS, len(groups)) + 1):
            yield "".join(groups[start:end])


def contains_number(text: str, digits: str) -> bool:
    """True when some token of ``text`` has consecutive groups whose digits equal ``digits``."""
    return any(candidate == digits for groups in number_tokens(text) for candidate in _joined_slices(groups))
