"""BCP-47 language tags to (language, country), with no guessing.

``en-GB`` gives English and Great Britain; ``es-419`` and plain ``es`` give Spanish and no
country. A tag without a region never implies a country: guessing "en" means the US is the
mistake SAFETY_FACTS T21 warns about.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Locale:
    """The parts of a locale that choose crisis resources (country) and wording (language)."""

    language: str | None
    country: str | None


_UNKNOWN = Locale(language=None, country=None)
# POSIX-style suffixes ("en_US.UTF-8", "de_DE@euro") carry nothing we use.
_POSIX_SUFFIXES = (".", "@")


def parse_locale(tag: str | None) -> Locale:
    """Parse ``en-GB``, ``pt_BR``, ``zh-Hant-TW``, ``en_US.UTF-8``; anything else gives unknowns."""
    if not tag:
        return _UNKNOWN
    text = _strip_posix_suffix(tag.strip()).replace("_", "-")
    subtags = text.split("-")
    if not subtags[0]:
        return _UNKNOWN
    language = _language(subtags[0])
    country = _region(subtags[1:]) if language else None
    return Locale(language=language, country=country)


def _strip_posix_suffix(text: str) -> str:
    for mark in _POSIX_SUFFIXES:
        text = text.split(mark, 1)[0]
    return text


def _language(subtag: str) -> str | None:
    if 2 <= len(subtag) <= 3 and subtag.isascii() and subtag.isalpha():
        return subtag.lower()
    return None


def _region(rest: list[str]) -> str | None:
    """The region subtag: the first one after an optional 4-letter script subtag."""
    if rest and len(rest[0]) == 4 and rest[0].isascii() and rest[0].isalpha():
        rest = rest[1:]
    if rest and len(rest[0]) == 2 and rest[0].isascii() and rest[0].isalpha():
        return rest[0].upper()
    # A numeric UN M.49 region ("419" = Latin America) is not a country.
    return None
