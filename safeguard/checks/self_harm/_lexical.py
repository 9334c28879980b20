"""A small learned second reader: logistic models over the words of the user turns.

The phrase rules know the wordings they list; people find a hundred others ("took the
whole strip an hour ago", "the rope is in the garage"). A bag of word and word-pair
features, trained on the labelled conversations under ``tests/data/self_harm`` (see
``tools/train_lexical.py``), catches many of those. It is used only where the rules
found no risk at all (see :mod:`._lift`); the rules' context judgements — negation,
someone else, fiction, history — stand unless the model file sets an ``overrule``
probability and the words outside the ruled phrases reach it.

Each head is one binary model "the writer is at or above LEVEL"; its weights are a
plain JSON data file shipped with the package. A ``distress`` head, when the file has
one, stands apart from the chain from ``passive`` up: it only names a conversation the
rules left at ``none`` as ``distress`` (the writer is struggling), which raises no
response but keeps the risk state honest. Scoring is a dictionary look-up per
feature: no numpy at run time, no model download, some 50 µs for a new 100-word
message. A loaded model holds each feature once (``_Table``; ~42 MiB for the shipped
one, docs/performance.md).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from safeguard._levels import RiskLevel

SHIPPED = "lexical.json"
_LINE = re.compile(r"[^\n]+")  # feature names read back from one string, a line each
_NUMBER = "<n>"


Feature = str | tuple[str, str]
"""A word, a pair of adjacent words, or a pair one word apart whose second word is marked
``*`` ("took the pills" gives ``("took", "*pills")``); a word's stem marked ``~``, or a pair
of adjacent stems ("kept cutting" gives ``("~kept", "~cut")``); pairs are tuples, built in C."""

SKIP = "*"
STEM = "~"
# Suffixes a stem drops, longest first, leaving at least three letters. Crude on purpose:
# the stem is a second feature beside the word, not a replacement, so "cutting", "cuts"
# and "cut" share what was learnt of any of them, and a wrong stem costs one weak feature.
# Out of fold by written set it raised recall at the same false alarms (docs/checks.md).
_SUFFIXES = ("ingly", "edly", "ness", "ing", "ies", "ied", "ed", "ly", "es", "s")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """``word``'s stem feature: marked ``~``, common English suffixes dropped (a blank
    word and the number token stay as they are)."""
    if not word or word == _NUMBER:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return STEM + word[: -len(suffix)]
    return STEM + word


def features(keys: Sequence[str]) -> frozenset[Feature]:
    """The features of one message's token keys: words, adjacent word pairs, pairs one
    word apart (they carry "took * pills" across the many words between), and the words'
    stems and adjacent stem pairs (see :func:`stem`).

    Numbers are one feature (``<n>``): "40 pills" and "60 pills" say the same. A blank
    key (a word the model must not read: ``_lift.model_keys``) is in no feature.
    """
    said = words(keys)
    found: frozenset[Feature] = frozenset(_all(said))
    if "" not in said:
        return found
    return frozenset(f for f in found if f != "" and not (isinstance(f, tuple) and "" in f))


def skips(said: Sequence[str]) -> Iterator[tuple[str, str]]:
    """The pairs one word apart, second word marked (none with a blank word)."""
    return ((a, SKIP + b) for a, b in zip(said, said[2:], strict=False) if a and b)


def _is_skip(feature: Feature) -> bool:
    return isinstance(feature, tuple) and feature[1][:1] == SKIP


def _near(said: Sequence[str], stems: Sequence[str] | None = None) -> Iterator[Feature]:
    """The features of adjacent words: words, pairs, stems and stem pairs (the one
    definition ``features``, ``known_features`` and ``LexicalModel.encode`` share;
    ``stems``: the words' stems when the caller has them)."""
    stems = list(map(stem, said)) if stems is None else stems
    return itertools.chain(said, itertools.pairwise(said), stems, itertools.pairwise(stems))


def _all(said: Sequence[str]) -> Iterator[Feature]:
    return itertools.chain(_near(said), skips(said))


def known_features(keys: Sequence[str], known: AbstractSet[Feature]) -> frozenset[Feature]:
    """``features(keys) & known``, without building the features no head weighs (``known``:
    a set of features or a model's ``vocabulary``)."""
    said = words(keys) if any(map(str.isdigit, keys)) else keys
    if isinstance(known, frozenset | set):
        return frozenset(known.intersection(_all(said)))
    return frozenset(filter(known.__contains__, _all(said)))


def name(feature: Feature) -> str:
    """A feature as written in the model file (a pair as "word word")."""
    return feature if isinstance(feature, str) else " ".join(feature)


def words(keys: Sequence[str]) -> list[str]:
    """The token keys as the model sees them (every number is ``<n>``)."""
    return [_NUMBER if key.isdigit() else key for key in keys]


@dataclass(frozen=True, slots=True)
class Head:
    """One binary model: the writer is at or above ``level``."""

    level: RiskLevel
    bias: float
    threshold: float
    weights: Mapping[Feature, float]
    overrule: float | None = None
    """For the lowest head of the chain: the probability at which the model is sure enough
    to raise a conversation the rules ruled on (a negated, someone else's or a story's risk
    phrase; see ``_lift``); ``None``: it never does."""

    def logit(self, found: frozenset[Feature]) -> float:
        """Bias plus the weights of the features present."""
        weights = self.weights
        return self.bias + sum(map(weights.__getitem__, found & weights.keys()))

    def probability(self, found: frozenset[Feature]) -> float:
        """The model's probability that the writer is at or above ``level``."""
        return _probability(self.logit(found))


def _probability(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))


Codes = frozenset[int]
"""A message's weighed features as the model's feature numbers (see ``LexicalModel.encode``)."""


def picker(codes: Codes) -> Callable[[Sequence[float]], Iterable[float]]:
    """A row's items numbered ``codes``, in the set's order (the order ``map`` would read
    them in, so their sum is the same float): one ``itemgetter`` over a row costs about
    a third of mapping ``__getitem__`` over it, and is built once for every head."""
    if len(codes) > 1:
        return operator.itemgetter(*codes)  # a tuple of the items
    return lambda row: [row[code] for code in codes]  # itemgetter(one) gives the bare item


# The stem of a word the model holds when no feature holds that stem: a string in no
# feature (neither a word nor blank), so the stem's features are looked up and missed as
# the stem's own would be, without keeping a string per such word.
_NO_STEM = "\x00"


class _Table:
    """Every feature a model weighs, held once and numbered from 1.

    ``near``: words, stems and adjacent pairs (as ``_near`` builds them from a message);
    ``apart``: pairs one word apart keyed without their mark, so a message's are looked up
    straight from ``zip(said, said[2:])``, built in C like the adjacent ones; ``canon``:
    one string object per word (see ``LexicalModel.encode``); ``stems``: each word's stem
    as the canon's object (``_NO_STEM`` where no feature holds it); ``size``: the highest
    number. One table serves every head: the heads' weights are rows by number.
    """

    __slots__ = ("apart", "canon", "near", "size", "stems")

    def __init__(self, written: Iterable[tuple[str, str, str]]) -> None:
        """Number the features in order, each given as ``name.partition(" ")`` of its name
        ("word", "word word" or "word *word")."""
        near: dict[Feature, int] = {}
        apart: dict[tuple[str, str], int] = {}
        canon: dict[str, str] = {}
        number = 0
        # One pass, one feature at a time: nothing but the model's own objects outlives
        # its step, so they lie together in memory (a working list of all the names would
        # leave them among freed blocks, whose pages then stay resident). Measured against
        # a pipeline of C loops over whole lists (map, zip, compress), this is faster too.
        for number, (first, _, second) in enumerate(written, start=1):
            first = canon.setdefault(first, first)
            if not second:
                near[first] = number
            elif second[:1] == SKIP:
                second = second[1:]
                apart[first, canon.setdefault(second, second)] = number
            else:
                near[first, canon.setdefault(second, second)] = number
        # stems worked out uncached: filling stem()'s cache with every word would keep a
        # second copy of the vocabulary alive
        work = stem.__wrapped__
        self.stems = {w: canon.get(work(w), _NO_STEM) for w in canon if w[:1] != STEM}
        self.near, self.apart, self.canon, self.size = near, apart, canon, number

    @classmethod
    def of(cls, features: Iterable[Feature]) -> _Table:
        """A table numbering ``features`` (skip pairs marked, as ``features`` gives them)."""
        return cls((f, "", "") if isinstance(f, str) else (f[0], " ", f[1]) for f in features)

    def code(self, feature: object) -> int | None:
        """``feature``'s number, ``None`` when the model weighs no such feature."""
        if isinstance(feature, str):
            return self.near.get(feature)
        if not (isinstance(feature, tuple) and len(feature) == 2):
            return None
        first, second = feature
        if isinstance(second, str) and second[:1] == SKIP:
            return self.apart.get((first, second[1:]))
        return self.near.get(feature)

    def items(self) -> Iterator[tuple[Feature, int]]:
        """Every feature (skip pairs marked) with its number."""
        yield from self.near.items()
        for (first, second), number in self.apart.items():
            yield (first, SKIP + second), number

    def row(self, weights: Mapping[Feature, float]) -> tuple[float, ...]:
        """``weights`` by feature number (0.0 where there is none)."""
        row = [0.0] * (self.size + 1)
        for feature, weight in weights.items():
            number = self.code(feature)
            if number is not None:
                row[number] = weight
        return tuple(row)


class _Vocabulary(AbstractSet[Feature]):
    """The features a model weighs, as a read-only set over its table (no copy of them)."""

    __slots__ = ("_table",)

    def __init__(self, table: _Table) -> None:
        self._table = table

    def __contains__(self, feature: object) -> bool:
        return self._table.code(feature) is not None

    def __iter__(self) -> Iterator[Feature]:
        return (feature for feature, _ in self._table.items())

    def __len__(self) -> int:
        return len(self._table.near) + len(self._table.apart)


class _Weights(Mapping[Feature, float]):
    """One head's non-zero weights by feature, read through the model's table and the
    head's row: a parsed model keeps no dictionary per head. Scoring reads the rows by
    number; this view serves ``Head.logit`` and ``LexicalModel.strongest`` (a finding's
    evidence) and anyone reading ``Head.weights``."""

    __slots__ = ("row", "table")

    def __init__(self, table: _Table, row: tuple[float, ...]) -> None:
        self.table, self.row = table, row

    def __getitem__(self, feature: Feature) -> float:
        number = self.table.code(feature)
        weight = self.row[number] if number else 0.0
        if not weight:
            raise KeyError(feature)
        return weight

    def __iter__(self) -> Iterator[Feature]:
        row = self.row
        return (feature for feature, number in self.table.items() if row[number])

    def __len__(self) -> int:
        return len(self.row) - self.row.count(0.0)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Weights) and other.table is self.table and other.row is self.row:
            return True
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # a mapping, like dict


@dataclass(frozen=True, slots=True)
class LexicalModel:
    """The heads of one model file from ``passive`` up, lowest level first, the optional
    ``distress`` head, and what they were trained on.

    Besides the heads' weights by feature, the model numbers every feature it weighs
    (from 1) and holds each head's weights as a tuple by that number: a message's features
    are looked up once (``encode``), and each head then sums tuple items (``level_at``,
    ``distressed_at``) instead of hashing and comparing every word pair again.

    A parsed model holds each feature once (``_Table``): its heads' ``weights`` are views
    on the table and their rows, the rows share one float object per distinct weight (the
    shipped file has ~11,000 distinct values over ~800,000 weights), and ``vocabulary`` is
    a view too. Heads built with their own dictionaries (tests, tools) are numbered anew.
    """

    heads: tuple[Head, ...]
    trained_on: Mapping[str, str]
    distress: Head | None = None
    vocabulary: AbstractSet[Feature] = field(init=False, repr=False, compare=False)
    _numbers: Mapping[Feature, int] = field(init=False, repr=False, compare=False)
    _skip_numbers: Mapping[tuple[str, str], int] = field(init=False, repr=False, compare=False)
    _rows: tuple[tuple[float, ...], ...] = field(init=False, repr=False, compare=False)
    _canon: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _stems: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        every = (*self.heads, self.distress) if self.distress else self.heads
        views = [h.weights for h in every if isinstance(h.weights, _Weights)]
        if len(views) == len(every) and all(v.table is views[0].table for v in views):
            table, rows = views[0].table, tuple(v.row for v in views)
        else:
            # every feature any head weighs: a message's other features change nothing
            union: dict[Feature, None] = {}
            for head in every:
                union.update(dict.fromkeys(head.weights))
            table = _Table.of(union)
            rows = tuple(table.row(h.weights) for h in every)
        object.__setattr__(self, "vocabulary", _Vocabulary(table))
        object.__setattr__(self, "_numbers", table.near)
        object.__setattr__(self, "_skip_numbers", table.apart)
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_canon", table.canon)
        object.__setattr__(self, "_stems", table.stems)

    def encode(self, keys: Sequence[str]) -> Codes:
        """The numbers of ``known_features(keys, self.vocabulary)`` (0 is no feature's)."""
        said = words(keys) if any(map(str.isdigit, keys)) else keys
        # Each word as the model's own string object (see _Table), and its stem likewise:
        # a feature found is then matched by identity, never by comparing characters.
        said = list(map(self._canon.get, said, said))
        near: Iterable[Feature] = _near(said, self._stems_of(said))
        apart: Iterable[tuple[str, str]] = zip(said, said[2:], strict=False)
        numbers = itertools.chain(map(self._numbers.get, near), map(self._skip_numbers.get, apart))
        return frozenset(filter(None, numbers))  # None: a feature no head weighs

    def _stems_of(self, said: list[str]) -> list[str]:
        """The words' stems as the model's own string objects (looked up, not worked out,
        for a word the model knows)."""
        known = self._stems
        found = list(map(known.get, said, itertools.repeat("")))
        if "" not in found:  # every word known (the common case)
            return found
        canon = self._canon
        return [s or canon.get(t := stem(w), t) for w, s in zip(said, found, strict=True)]

    def row(self, head: Head) -> Sequence[float]:
        """``head``'s weights by feature number (0.0 where it weighs none)."""
        if head is self.distress:
            return self._rows[-1]
        return self._rows[next(i for i, h in enumerate(self.heads) if h is head or h == head)]

    def level(
        self, found: frozenset[Feature], margin: float = 0.0, above: RiskLevel = RiskLevel.NONE
    ) -> RiskLevel:
        """The highest head level whose probability reaches its threshold (the lowest
        head's plus ``margin``: the heads are monotone by construction, a higher head only
        counts when every lower one fires), else ``NONE``. Heads at or below ``above`` are
        taken as fired (the rules already found that level)."""
        return self._climb(lambda i: self.heads[i].logit(found), margin, above)

    def level_at(
        self, codes: Codes, margin: float = 0.0, above: RiskLevel = RiskLevel.NONE, sure: float = 0.0
    ) -> RiskLevel:
        """``level`` of the features numbered ``codes``; with ``sure``, the lowest head
        must also reach that probability (plus ``margin``)."""
        heads, rows, pick = self.heads, self._rows, picker(codes)

        def logit(i: int) -> float:
            return heads[i].bias + sum(pick(rows[i]))

        return self._climb(logit, margin, above, sure)

    @property
    def overrule(self) -> float | None:
        """The lowest head's ``overrule`` probability (``None``: the model never overrules)."""
        return self.heads[0].overrule

    def _climb(
        self, logit: Callable[[int], float], margin: float, above: RiskLevel, sure: float = 0.0
    ) -> RiskLevel:
        reached = RiskLevel.NONE
        for i, head in enumerate(self.heads):
            if head.level <= above:
                continue
            # the margin keeps look-alikes below the lowest head; the heads above keep the
            # thresholds the trainer chose out of fold for their own level
            needed = max(head.threshold, sure) + margin if i == 0 else head.threshold
            if _probability(logit(i)) < min(0.999, needed):
                break
            reached = head.level
        return reached

    def distressed(self, found: frozenset[Feature], margin: float = 0.0) -> bool:
        """Whether the ``distress`` head (if any) reaches its threshold plus ``margin``."""
        head = self.distress
        return head is not None and head.probability(found) >= min(0.999, head.threshold + margin)

    def distressed_at(self, codes: Codes, margin: float = 0.0) -> bool:
        """``distressed`` for the features numbered ``codes``."""
        head = self.distress
        if head is None:
            return False
        logit = head.bias + sum(picker(codes)(self._rows[-1]))
        return _probability(logit) >= min(0.999, head.threshold + margin)

    def strongest(self, found: Iterable[Feature], head: Head | None = None) -> Feature | None:
        """The feature that weighs most for ``head`` (default: the lowest of the chain):
        the finding's evidence."""
        weights = (head or self.heads[0]).weights
        # ties broken by the feature's name: a set's order follows the hash seed, and the
        # evidence span must not change from one process to the next
        best = max(found, key=lambda f: (weights.get(f, 0.0), name(f)), default=None)
        return best if best is not None and weights.get(best, 0.0) > 0.0 else None


def load(path: Path | None = None) -> LexicalModel:
    """The model in ``path``, or the shipped one.

    Raises ``ValueError`` naming the file when it cannot be read or is not a model file.
    """
    if path is None:
        return _shipped()
    try:
        return _parse_apart(path.read_text)
    except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ValueError(f"{path}: not a usable lexical model file: {exc}") from exc


@functools.cache
def _shipped() -> LexicalModel:
    # parsed once per process and shared: the model is immutable, and every
    # SelfHarmCheck (the safe_messaging check holds one too) would load it again
    shipped = resources.files("safeguard").joinpath("data", "self_harm", SHIPPED)
    return _parse_apart(shipped.read_text)


def _parse_apart(read: Callable[[str], str]) -> LexicalModel:
    """``parse(json.loads(read("utf-8")))``, with the model built only after the parsed
    JSON is gone.

    The parsed file is ~1,000,000 small objects (feature names, one float per weight).
    Were the model's own objects made while they live, the allocator would place them
    among those, and every page holding one survivor would stay resident after the rest
    is freed: the loaded model would cost three times its size. So what the model needs
    is first copied into a few large buffers (the names as one string, each head's
    weights as an array of doubles, the rest as a short JSON text), the parsed JSON is
    dropped, and the model is built from the buffers.
    """
    data = json.loads(read("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("the top level must be an object")
    names, heads, trained = _checked(data)
    joined = "\n".join(map(str, names))
    if joined.count("\n") != len(names) - 1 or not all(names):  # a line break, an empty name
        return parse(data)
    try:
        weights = [array("d", h["weights"]) if isinstance(h, dict) else None for h in heads]
    except (KeyError, TypeError):  # a bad head: parse() names it
        return parse(data)
    scalars = [{k: v for k, v in h.items() if k != "weights"} if isinstance(h, dict) else h for h in heads]
    rest = json.dumps({"heads": scalars, "trained_on": trained})
    del data, names, heads, trained, scalars
    # the names one at a time (see _Table): a split would hold them all at once
    table = _Table(map(str.partition, map(re.Match.group, _LINE.finditer(joined)), itertools.repeat(" ")))
    del joined
    small = json.loads(rest)
    del rest
    floats: dict[float, float] = {0.0: 0.0}
    for head, row in zip(small["heads"], weights, strict=True):
        if row is not None:
            head["weights"] = row
    model = _assemble([_head(h, table, floats) for h in small["heads"]], small["trained_on"])
    del weights, small, table, floats
    _give_back()
    return model


def _give_back() -> None:
    """Hand the parse's freed memory back to the system where the C library can (glibc's
    ``malloc_trim``): the text and the parsed lists were large blocks whose freed space
    lies between the model's, which the heap otherwise keeps resident (~14 MiB here)."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError, TypeError):  # not glibc: nothing to do
        return
    trim(0)


def parse(data: Mapping[str, object]) -> LexicalModel:
    """A model from its JSON form: ``{"features": [...], "heads": [...], "trained_on": {...}}``
    where each head's ``weights`` line up with ``features`` (0 where a head has none).

    One feature list for all heads: each feature is numbered once (``_Table``) and each
    head keeps a row of weights by number, which keeps the loaded model (and the parse)
    small.
    """
    names, heads, trained = _checked(data)
    table = _Table(str(n).partition(" ") for n in names)
    floats: dict[float, float] = {0.0: 0.0}  # one object per distinct weight, for all heads
    return _assemble([_head(h, table, floats) for h in heads], trained)


def _checked(data: Mapping[str, object]) -> tuple[list[object], list[object], dict[object, object]]:
    names = data.get("features")
    heads = data.get("heads")
    if not isinstance(names, list) or not isinstance(heads, list) or not heads:
        raise ValueError("lexical model: 'features' must be a list and 'heads' a non-empty list")
    trained = data.get("trained_on", {})
    if not isinstance(trained, dict):
        raise ValueError("lexical model: 'trained_on' must be a mapping")
    return names, heads, trained


def _assemble(parsed: list[Head], trained: dict[object, object]) -> LexicalModel:
    chain = tuple(h for h in parsed if h.level >= RiskLevel.PASSIVE)
    apart = [h for h in parsed if h.level == RiskLevel.DISTRESS]
    if not chain or len(apart) + len(chain) != len(parsed) or len(apart) > 1:
        raise ValueError("lexical model: heads are one or more from 'passive' up and at most one 'distress'")
    if any(h.overrule is not None for h in parsed if h is not chain[0]):
        raise ValueError("lexical model: only the lowest head from 'passive' up may have 'overrule'")
    return LexicalModel(chain, {str(k): str(v) for k, v in trained.items()}, apart[0] if apart else None)


def _head(raw: object, table: _Table, floats: dict[float, float]) -> Head:
    if not isinstance(raw, dict):
        raise ValueError("lexical model: each head must be a mapping")
    try:
        level = RiskLevel.parse(str(raw["level"]))
        values = list(map(float, raw["weights"]))
        if len(values) != table.size:
            raise ValueError(f"{len(values)} weights for {table.size} features")
        # number 0 is no feature's; each weight as the one shared object of its value
        row = (0.0, *map(floats.setdefault, values, values))
        overrule = raw.get("overrule")
        sure = None if overrule is None else float(overrule)
        if sure is not None and not 0.0 < sure < 1.0:
            raise ValueError(f"overrule {sure} is not a probability between 0 and 1")
        return Head(level, float(raw["bias"]), float(raw["threshold"]), _Weights(table, row), sure)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"lexical model: bad head ({exc})") from exc
