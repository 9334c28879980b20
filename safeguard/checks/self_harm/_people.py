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

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence

from safeguard._normalize import Token, squeeze
from safeguard.checks.self_harm._aged import named_by_age
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


# The person-word classes context rules ask about, as bits of a token's tag: bit ``2c`` is
# "a word of class c", bit ``2c + 1`` "a word of class c or its possessive".
CLASSES = ("self_subj", "other_subj", "generic_subj")
_WORD = {name: 1 << (2 * c) for c, name in enumerate(CLASSES)}
_POSSESSIVE = {name: 1 << (2 * c + 1) for c, name in enumerate(CLASSES)}
_AGED = _WORD["other_subj"] | _POSSESSIVE["other_subj"]  # a child named by age (see _aged)
# Squeezed key -> (class bit(s), letters trimmed, spellings): what a token with that key
# may be, decided by its spelling (see People.tag).
_Entry = tuple[int, int, frozenset[str]]
_CANDIDATES: dict[tuple[int, frozenset[str]], tuple[CueSet, Mapping[str, tuple[_Entry, ...]]]] = {}


def mask(name: str, possessive: bool = False) -> int:
    """The tag bit of class ``name`` (one of ``CLASSES``), or of it and its possessive."""
    return (_POSSESSIVE if possessive else _WORD)[name]


def _candidates(cues: CueSet, languages: frozenset[str]) -> Mapping[str, tuple[_Entry, ...]]:
    """Every key that may be a person word of ``CLASSES``, with what decides it."""
    cached = _CANDIDATES.get((id(cues), languages))
    if cached is not None and cached[0] is cues:
        return cached[1]
    out: dict[str, list[_Entry]] = {}
    for name in CLASSES:
        table = _table(cues, languages, name)
        word, possessive = _WORD[name] | _POSSESSIVE[name], _POSSESSIVE[name]
        for key, spellings in table.items():
            out.setdefault(key, []).append((word, 0, spellings))
            if key + "s" not in table:  # "friend's": only when "friends" is not a word itself
                out.setdefault(key + "s", []).append((possessive, 1, spellings))
    candidates = {key: tuple(entries) for key, entries in out.items()}
    if len(_CANDIDATES) >= _CACHE_SIZE:
        _CANDIDATES.clear()
    _CANDIDATES[(id(cues), languages)] = (cues, candidates)
    return candidates


@functools.lru_cache(maxsize=4096)
def _letters(written: str) -> str:
    """The letters of a token as written, lower-cased (cached: person words repeat)."""
    return "".join(ch for ch in written.lower() if ch.isalpha())


@functools.lru_cache(maxsize=4096)
def _written_as(spelled: str, spellings: frozenset[str]) -> bool:
    return any(_same_doubling(spelled, written) for written in spellings)


class People:
    """Which tokens of one message are person words of a class (``self_subj`` ...).

    Each token's tag (its classes as bits, see ``mask``) is worked out once, when first
    asked: context rules ask about the same few tokens many times.
    """

    def __init__(
        self, cues: CueSet, languages: Iterable[str], keys: Sequence[str], tokens: Sequence[Token], text: str
    ) -> None:
        self._cues = cues
        self._languages = frozenset(languages) - {"und"}
        self._keys = keys
        self._tokens = tokens
        self._text = text
        self._tables: dict[str, Mapping[str, frozenset[str]]] = {}
        self._candidates = _candidates(cues, self._languages)
        self._tags: dict[int, int] = {}
        # "old" / "yo": a person word only in "my 14 year old" (see _aged); English only.
        self._aged = cues.words("age_noun") if not self._languages or "en" in self._languages else frozenset()
        self._present: set[str] | None = None
        self._any: dict[int, bool] = {}

    def reads(self, languages: Iterable[str]) -> bool:
        """These person words are the ones of ``languages`` (so one message's passes can
        share them, and the tags already worked out)."""
        return self._languages == frozenset(languages) - {"und"}

    def tag(self, i: int) -> int:
        """Token ``i``'s classes as bits (see ``mask``)."""
        tag = self._tags.get(i)
        if tag is None:
            tag = self._tags[i] = self._tag(i)
        return tag

    def _tag(self, i: int) -> int:
        if self._keys[i] in self._aged and named_by_age(self._keys, i, self._cues.words):
            return _AGED
        tag = 0
        for bits, trim, spellings in self._candidates.get(self._keys[i], ()):
            if self._spelled(i, spellings, trim):
                tag |= bits
        return tag

    def is_(self, i: int, name: str, possessive: bool = False) -> bool:
        """Token ``i`` is a word of class ``name`` (or its possessive: "friend's")."""
        if name in _WORD:
            return bool(self.tag(i) & mask(name, possessive))
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
        if name not in _WORD:
            return any(self.is_(i, name, possessive) for i in range(len(self._keys)))
        bit = mask(name, possessive)
        found = self._any.get(bit)
        if found is None:  # asked per hit: answered once per message
            found = self._any[bit] = self._any_tagged(bit)
        return found

    def _any_tagged(self, bit: int) -> bool:
        keys = self._keys
        if self._present is None:  # the keys present that may be person words, found once
            self._present = (self._candidates.keys() & keys) | self._aged.intersection(keys)
        for key in self._present:
            maybe = bool(bit & _AGED and key in self._aged)
            maybe = maybe or any(bits & bit for bits, _, _ in self._candidates.get(key, ()))
            if maybe and any(self.tag(i) & bit for i in _occurrences(keys, key)):
                return True
        return False

    def _spelled(self, i: int, spellings: frozenset[str], trim: int) -> bool:
        if not spellings:
            return True
        token = self._tokens[i]
        spelled = _letters(self._text[token.start : token.end])
        spelled = spelled[: len(spelled) - trim]
        if squeeze(spelled) != self._keys[i][: len(self._keys[i]) - trim]:
            return True  # leet, look-alikes, accents: the written form is not recoverable
        return _written_as(spelled, spellings)


def _occurrences(keys: Sequence[str], key: str) -> Iterator[int]:
    """Indexes of ``key`` in ``keys``, found by ``index`` (a C scan)."""
    i = keys.index(key)
    while True:
        yield i
        try:
            i = keys.index(key, i + 1)
        except ValueError:
            return
