"""Person words ("i", "my brother", "il", "Mann") read in the message's own language.

Subjects decide whose risk a cue describes, so a person word must mean a person in
the language the message is written in. Two collisions made words of one language
change the subject in another when every language's words were merged and matched
by squeezed key (repeated letters collapsed): English "I'll" squeezes to French
"il" (he), "soon" to "son", "man" matches German "Mann". So:

- a message's person words are those of the languages whose cues matched in it
  (all languages when none did);
- a word is a person word only when its doubled letters are those of the word as
  written in the data ("ill" is not "il", "soon" is not "son"); three or more of a
  letter are a stretch ("sooon") and match either way. Words whose written form
  cannot be recovered (leetspeak, look-alike letters, accents) match by key alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence

from safeguard._normalize import Token, squeeze
from safeguard.checks.self_harm._data import CueSet

_STRETCH = 3
_CACHE_SIZE = 256
# (cue set id, languages, class name) -> (the cue set, kept alive for its id; the table)
_TABLES: dict[tuple[int, frozenset[str], str], tuple[CueSet, Mapping[str, frozenset[str]]]] = {}


def _table(cues: CueSet, languages: frozenset[str], name: str) -> Mapping[str, frozenset[str]]:
    """Squeezed key -> spellings of class ``name`` in ``languages`` (empty spellings: any)."""
    cache_key = (id(cues), languages, name)
    cached = _TABLES.get(cache_key)
    if cached is not None and cached[0] is cues:
        return cached[1]
    table = _build(cues, languages, name)
    if len(_TABLES) >= _CACHE_SIZE:
        _TABLES.clear()
    _TABLES[cache_key] = (cues, table)
    return table


def _build(cues: CueSet, languages: frozenset[str], name: str) -> Mapping[str, frozenset[str]]:
    if not cues.people:  # a cue set built without per-language data: merged classes
        return dict.fromkeys(cues.words(name), frozenset())
    chosen = (languages & cues.people.keys()) or cues.people.keys()
    table: dict[str, set[str]] = {}
    for language in [*chosen, "und"]:
        for spelling in cues.people.get(language, {}).get(name, ()):
            table.setdefault(squeeze(spelling), set()).add(spelling)
    return {key: frozenset(spellings) for key, spellings in table.items()}


def _runs(word: str) -> list[int]:
    return [len(list(run)) for _, run in itertools.groupby(word)]


def _same_doubling(spelled: str, written: str) -> bool:
    """Each letter run of ``spelled`` is as long as ``written``'s, or stretched (3+)."""
    pairs = zip(_runs(spelled), _runs(written), strict=False)
    return all(have == want or have >= _STRETCH for have, want in pairs)


class People:
    """Which tokens of one message are person words of a class (``self_subj`` ...)."""

    def __init__(
        self, cues: CueSet, languages: Iterable[str], keys: Sequence[str], tokens: Sequence[Token], text: str
    ) -> None:
        self._cues = cues
        self._languages = frozenset(languages) - {"und"}
        self._keys = keys
        self._tokens = tokens
        self._text = text
        self._tables: dict[str, Mapping[str, frozenset[str]]] = {}

    def is_(self, i: int, name: str, possessive: bool = False) -> bool:
        """Token ``i`` is a word of class ``name`` (or its possessive: "friend's")."""
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = _table(self._cues, self._languages, name)
        key = self._keys[i]
        spellings = table.get(key)
        if spellings is not None:
            return self._spelled(i, spellings, 0)
        if possessive and key.endswith("s"):
            spellings = table.get(key[:-1])
            return spellings is not None and self._spelled(i, spellings, 1)
        return False

    def any_(self, name: str, possessive: bool = False) -> bool:
        """Some token of the message is a word of class ``name``."""
        return any(self.is_(i, name, possessive) for i in range(len(self._keys)))

    def _spelled(self, i: int, spellings: frozenset[str], trim: int) -> bool:
        if not spellings:
            return True
        token = self._tokens[i]
        spelled = "".join(ch for ch in self._text[token.start : token.end].lower() if ch.isalpha())
        spelled = spelled[: len(spelled) - trim]
        if squeeze(spelled) != self._keys[i][: len(self._keys[i]) - trim]:
            return True  # leet, look-alikes, accents: the written form is not recoverable
        return any(_same_doubling(spelled, written) for written in spellings)
