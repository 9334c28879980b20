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
message.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from safeguard._levels import RiskLevel

SHIPPED = "lexical.json"
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


def known_features(keys: Sequence[str], known: frozenset[Feature]) -> frozenset[Feature]:
    """``features(keys) & known``, without building the features no head weighs (the word
    model's cost on a message the rules found nothing in is mostly this set)."""
    said = words(keys) if any(map(str.isdigit, keys)) else keys
    return known.intersection(_all(said))


def name(feature: Feature) -> str:
    """A feature as written in the model file (a pair as "word word")."""
    return feature if isinstance(feature, str) else " ".join(feature)


def _feature(written: str, canon: dict[str, str]) -> Feature:
    """The feature ``written`` names, its words the objects ``canon`` already holds (one
    string object per word across the whole model: less memory, and see ``_canon``)."""
    first, _, second = written.partition(" ")
    first = canon.setdefault(first, first)
    return (first, canon.setdefault(second, second)) if second else first


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


@dataclass(frozen=True, slots=True)
class LexicalModel:
    """The heads of one model file from ``passive`` up, lowest level first, the optional
    ``distress`` head, and what they were trained on.

    Besides the heads' weights by feature, the model numbers every feature it weighs
    (from 1) and holds each head's weights as a list by that number: a message's features
    are looked up once (``encode``), and each head then sums list items (``level_at``,
    ``distressed_at``) instead of hashing and comparing every word pair again.
    """

    heads: tuple[Head, ...]
    trained_on: Mapping[str, str]
    distress: Head | None = None
    vocabulary: frozenset[Feature] = field(init=False, repr=False, compare=False)
    _numbers: Mapping[Feature, int] = field(init=False, repr=False, compare=False)
    _skip_numbers: Mapping[tuple[str, str], int] = field(init=False, repr=False, compare=False)
    _rows: tuple[list[float], ...] = field(init=False, repr=False, compare=False)
    _canon: dict[str, str] = field(init=False, repr=False, compare=False)
    _stems: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # every feature any head weighs: a message's other features change nothing
        every = (*self.heads, self.distress) if self.distress else self.heads
        vocabulary: frozenset[Feature] = frozenset().union(*(h.weights.keys() for h in every))
        numbers = {feature: number for number, feature in enumerate(vocabulary, start=1)}
        object.__setattr__(self, "vocabulary", vocabulary)
        object.__setattr__(self, "_numbers", numbers)
        # pairs one word apart keyed without their mark: a message's are then looked up
        # straight from zip(said, said[2:]), built in C like the adjacent ones
        canon = _canon(vocabulary)
        skipped = {(f[0], canon[f[1][1:]]): n for f, n in numbers.items() if _is_skip(f)}
        object.__setattr__(self, "_skip_numbers", skipped)
        object.__setattr__(self, "_rows", tuple(_row(h.weights, numbers) for h in every))
        object.__setattr__(self, "_canon", canon)
        object.__setattr__(self, "_stems", {word: canon.get(stem(word), stem(word)) for word in canon})

    def encode(self, keys: Sequence[str]) -> Codes:
        """The numbers of ``known_features(keys, self.vocabulary)`` (0 is no feature's)."""
        said = words(keys) if any(map(str.isdigit, keys)) else keys
        # Each word as the model's own string object (see _canon), and its stem likewise:
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

    def row(self, head: Head) -> list[float]:
        """``head``'s weights by feature number (0.0 where it weighs none)."""
        return self._rows[self.heads.index(head) if head is not self.distress else -1]

    def level(
        self, found: frozenset[Feature], margin: float = 0.0, above: RiskLevel = RiskLevel.NONE
    ) -> RiskLevel:
        """The highest head level whose probability reaches its threshold plus
        ``margin`` (the heads are monotone by construction: a higher head only counts
        when every lower one fires), else ``NONE``. Heads at or below ``above`` are
        taken as fired (the rules already found that level)."""
        return self._climb(lambda i: self.heads[i].logit(found), margin, above)

    def level_at(
        self, codes: Codes, margin: float = 0.0, above: RiskLevel = RiskLevel.NONE, sure: float = 0.0
    ) -> RiskLevel:
        """``level`` of the features numbered ``codes``; with ``sure``, the lowest head
        must also reach that probability (plus ``margin``)."""
        heads, rows = self.heads, self._rows

        def logit(i: int) -> float:
            return heads[i].bias + sum(map(rows[i].__getitem__, codes))

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
            needed = max(head.threshold, sure) if i == 0 else head.threshold
            if _probability(logit(i)) < min(0.999, needed + margin):
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
        logit = head.bias + sum(map(self._rows[-1].__getitem__, codes))
        return _probability(logit) >= min(0.999, head.threshold + margin)

    def strongest(self, found: Iterable[Feature], head: Head | None = None) -> Feature | None:
        """The feature that weighs most for ``head`` (default: the lowest of the chain):
        the finding's evidence."""
        weights = (head or self.heads[0]).weights
        # ties broken by the feature's name: a set's order follows the hash seed, and the
        # evidence span must not change from one process to the next
        best = max(found, key=lambda f: (weights.get(f, 0.0), name(f)), default=None)
        return best if best is not None and weights.get(best, 0.0) > 0.0 else None


def _canon(vocabulary: Iterable[Feature]) -> dict[str, str]:
    """Every word or stem in a feature (a skip pair's second word also without its mark),
    mapped to one string object for it.

    ``encode`` puts a message's words through this map: the features it then builds hold
    the model's own string objects, so a dictionary look-up that finds a feature compares
    pointers instead of characters (a dictionary tries identity first; a pair compares
    its items the same way), and fewer cache lines of a large table are read per word.
    """
    canon: dict[str, str] = {}
    for feature in vocabulary:
        for word in (feature,) if isinstance(feature, str) else feature:
            canon.setdefault(word, word)
            if word[:1] == SKIP:
                canon.setdefault(word[1:], word[1:])
    return canon


def _row(weights: Mapping[Feature, float], numbers: Mapping[Feature, int]) -> list[float]:
    row = [0.0] * (len(numbers) + 1)
    for feature, weight in weights.items():
        row[numbers[feature]] = weight
    return row


def load(path: Path | None = None) -> LexicalModel:
    """The model in ``path``, or the shipped one.

    Raises ``ValueError`` naming the file when it cannot be read or is not a model file.
    """
    if path is None:
        return _shipped()
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the top level must be an object")
        return parse(data)
    except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ValueError(f"{path}: not a usable lexical model file: {exc}") from exc


@functools.cache
def _shipped() -> LexicalModel:
    # parsed once per process (~0.2 s, ~16 MiB) and shared: the model is immutable, and
    # every SelfHarmCheck (the safe_messaging check holds one too) would load it again
    text = resources.files("safeguard").joinpath("data", "self_harm", SHIPPED).read_text("utf-8")
    return parse(json.loads(text))


def parse(data: Mapping[str, object]) -> LexicalModel:
    """A model from its JSON form: ``{"features": [...], "heads": [...], "trained_on": {...}}``
    where each head's ``weights`` line up with ``features`` (0 where a head has none).

    One feature list for all heads: each feature is built once and shared, which keeps
    the loaded model (and the parse) small.
    """
    names = data.get("features")
    heads = data.get("heads")
    if not isinstance(names, list) or not isinstance(heads, list) or not heads:
        raise ValueError("lexical model: 'features' must be a list and 'heads' a non-empty list")
    trained = data.get("trained_on", {})
    if not isinstance(trained, dict):
        raise ValueError("lexical model: 'trained_on' must be a mapping")
    canon: dict[str, str] = {}
    shared = [_feature(str(n), canon) for n in names]
    parsed = [_head(h, shared) for h in heads]
    chain = tuple(h for h in parsed if h.level >= RiskLevel.PASSIVE)
    apart = [h for h in parsed if h.level == RiskLevel.DISTRESS]
    if not chain or len(apart) + len(chain) != len(parsed) or len(apart) > 1:
        raise ValueError("lexical model: heads are one or more from 'passive' up and at most one 'distress'")
    if any(h.overrule is not None for h in parsed if h is not chain[0]):
        raise ValueError("lexical model: only the lowest head from 'passive' up may have 'overrule'")
    return LexicalModel(chain, {str(k): str(v) for k, v in trained.items()}, apart[0] if apart else None)


def _head(raw: object, shared: Sequence[Feature]) -> Head:
    if not isinstance(raw, dict):
        raise ValueError("lexical model: each head must be a mapping")
    try:
        level = RiskLevel.parse(str(raw["level"]))
        values = list(raw["weights"])
        if len(values) != len(shared):
            raise ValueError(f"{len(values)} weights for {len(shared)} features")
        weights = {f: float(w) for f, w in zip(shared, values, strict=True) if w}
        overrule = raw.get("overrule")
        sure = None if overrule is None else float(overrule)
        if sure is not None and not 0.0 < sure < 1.0:
            raise ValueError(f"overrule {sure} is not a probability between 0 and 1")
        return Head(level, float(raw["bias"]), float(raw["threshold"]), weights, sure)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"lexical model: bad head ({exc})") from exc
