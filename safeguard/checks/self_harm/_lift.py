"""Where the lexical model may raise the rules' judgement, and the finding it leaves.

The model speaks only when the rules found no risk (level below ``passive``) and ruled
on nothing: no user turn holds a risk phrase (whatever level the rules then gave it), an
idiom, recovery or clarified false alarm, or a story, past or informational frame beside
a risk phrase, method or place (see :func:`ruling`), and every live signal is plain distress
(the writer's or someone else's: another's stress says nothing of the writer), or the
writer's own ingredient that is no risk alone (means at hand, a time, a place, a method question,
a finality phrase such as "i won't be needing it"). A
risk cue the rules lowered (negated, someone else's, a story, a headache's pills) is a
judgement the model overrules only when a model file sets an ``overrule`` probability and the
words *outside* the ruled phrases reach it (:meth:`Lifter.overrule`); the model is for
wordings the phrase lists do not know ("the pills are in my drawer" beside "nobody would
notice").

Where the model's heads from ``passive`` up stay silent and the rules found nothing at
all (level ``none``), the model's ``distress`` head, if it has one, may still name the
conversation ``distress``: struggling, no risk. That level raises no response; it keeps
the risk state (and what telemetry and a second opinion see) honest about a person
who is not fine.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import operator
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize
from safeguard._tokens import tokenize
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._lexical import (
    SKIP,
    STEM,
    Codes,
    Feature,
    Head,
    LexicalModel,
    known_features,
    picker,
    stem,
    words,
)
from safeguard.checks.self_harm._reading import Reading, Signal, make_signal
from safeguard.checks.self_harm._state import Assessment, Turn
from safeguard.checks.self_harm._trie import Hit

Reader = Callable[[str], Reading]
WINDOW = 3
# How a phrase bears on whether the rules judged a message (see ruling / judged):
# nothing; a judgement alone; a frame that judges only beside a risk phrase, method or
# place (OBJECT); an informational phrase, a frame when it opens a question ("what's
# ...") and a judgement alone otherwise (a topic word: "statistics", "research").
NOTHING, ALONE, BESIDE, OBJECT, INFO = range(5)
# Contexts that judge on their own: they cancel words the model would read, or say
# something of their own about the writer ("i'm doing well now").
_JUDGING = frozenset({"idiom", "recovery", "clarify"})
# Contexts that only change a risk phrase beside them ("what's the point", "long story
# short", "when i was 12" judge nothing alone).
_FRAMES = frozenset({"fiction", "history"})
_OBJECTS = frozenset({"risk", "method", "location", "means", "timing", "plan_ref"})
# Signal kinds that are no risk on their own ("i have the pills", "tonight", "how high is
# it", "i won't be needing it", "i've set a date"): the rules raise them only beside a risk
# cue, so without one the words around them decide. Finality phrases (plan_ref) were once
# kept out, for fear a bag of words reads everyday goodbyes as the suicidal ones it was
# trained on; out of fold over 36 written sets (folds by set) letting the model speak
# beside them recovers 254 of 507 such at-risk conversations for 1 of 201 must-not-flag.
_INGREDIENTS = frozenset({"means", "timing", "location", "method", "plan_ref"})
LEXICAL = "lexical"
_CUES = {
    level: Cue(f"lexical.{level.label}", LEXICAL, level, "self", False, "und")
    for level in RiskLevel
    if level > RiskLevel.NONE
}
# A raise over the rules' ruling says so: an auditor reading "lexical.passive.overruled"
# beside a negation knows the model, not a phrase, disagreed with it.
_OVERRULING = {
    level: Cue(f"lexical.{level.label}.overruled", LEXICAL, level, "self", False, "und")
    for level in RiskLevel
    if level >= RiskLevel.PASSIVE
}


class Lifter:
    """Raises a judged conversation to the model's level where the rules left it open.

    The model reads every run of up to ``window`` consecutive user turns: risk split
    across a few turns adds up, while a long chat's words do not pile up into one bag.
    Each message's features and each run's level are cached by text, so re-checking a
    growing conversation reads only its new turn.
    """

    def __init__(
        self,
        model: LexicalModel,
        reader: Reader,
        margin: float = 0.0,
        window: int = WINDOW,
        cache_size: int = 4096,
    ) -> None:
        self.model = model
        self.margin = margin
        self.window = window
        self._reader = reader
        self._turn = functools.lru_cache(maxsize=cache_size)(self._turn_uncached)
        self._codes = functools.lru_cache(maxsize=cache_size)(self._codes_uncached)
        self._found = functools.lru_cache(maxsize=cache_size)(self._found_uncached)
        self._level = functools.lru_cache(maxsize=cache_size)(self._level_uncached)
        self._graded = functools.lru_cache(maxsize=cache_size)(self._graded_uncached)
        self._sure_level = functools.lru_cache(maxsize=cache_size)(self._sure_level_uncached)
        # a turn is read by up to `window` runs: its outside-the-ruling features once
        self._unruled_codes = functools.lru_cache(maxsize=cache_size)(self._unruled_codes_uncached)
        self._known = model.vocabulary
        # Per head the positive weights and the logit at the threshold, less the bias: a
        # run whose turns' positive weights cannot reach it is below that head without
        # building the run's union (the lowest head of the chain, then distress).
        self._gates = tuple(_Gate(model, head, margin) for head in (model.heads[0], model.distress) if head)

    def found(self, text: str) -> frozenset[Feature]:
        """The message's features that the model weighs, from the token keys of its
        (cached) reading; worked out only where the model raised a level (its evidence)."""
        return self._found(text)

    def _found_uncached(self, text: str) -> frozenset[Feature]:
        return known_features(self._reader(text).keys, self._known)

    def _codes_uncached(self, text: str) -> Codes:
        """The numbers of the message's weighed features (what the heads read)."""
        return self.model.encode(self._reader(text).keys)

    def _turn_uncached(self, text: str) -> tuple[Codes, tuple[float, ...]]:
        """The message's weighed features and their positive weight for each gated head."""
        codes = self._codes(text)
        pick = picker(codes)
        return codes, tuple(gate.mass(pick) for gate in self._gates)

    def clear_cache(self) -> None:
        """Forget every message's features and every run's level (the readings are the
        reader's to cache)."""
        self._turn.cache_clear()
        self._codes.cache_clear()
        self._found.cache_clear()
        self._level.cache_clear()
        self._graded.cache_clear()
        self._sure_level.cache_clear()
        self._unruled_codes.cache_clear()

    def _level_uncached(self, texts: tuple[str, ...]) -> RiskLevel:
        if len(texts) == 1:
            # one message: its features are at hand, so the gates would only add work
            codes, reach = self._codes(texts[0]), [True] * len(self._gates)
        else:
            turns = [self._turn(text) for text in texts]
            reach = [gate.floor <= sum(m[i] for _, m in turns) for i, gate in enumerate(self._gates)]
            if not any(reach):
                return RiskLevel.NONE
            codes = frozenset().union(*(c for c, _ in turns))
        level = self.model.level_at(codes, self.margin) if reach[0] else RiskLevel.NONE
        if level == RiskLevel.NONE and reach[-1] and self.model.distressed_at(codes, self.margin):
            return RiskLevel.DISTRESS
        return level

    def _graded_uncached(self, texts: tuple[str, ...], above: RiskLevel) -> RiskLevel:
        codes: Codes = frozenset().union(*map(self._codes, texts))
        return self.model.level_at(codes, self.margin, above)

    def _unruled_found(self, text: str) -> frozenset[Feature]:
        unruled = self._reader(text).unruled
        return self.found(text) if unruled is None else known_features(unruled, self._known)

    def _unruled_codes_uncached(self, text: str) -> Codes:
        """The weighed features of the message's words outside the phrases that judged it."""
        unruled = self._reader(text).unruled
        return self._codes(text) if unruled is None else self.model.encode(unruled)

    def _sure_level_uncached(self, texts: tuple[str, ...]) -> RiskLevel:
        codes: Codes = frozenset().union(*map(self._unruled_codes, texts))
        return self.model.level_at(codes, self.margin, sure=self.model.overrule or 1.0)

    def lift(self, judged: Assessment) -> Assessment:
        """``judged`` raised to the model's level when the rules left it open; raised when
        they ruled on it but the model is sure (see :meth:`overrule`); or graded up when
        the rules found the writer's plain risk (see :meth:`grade`); else itself."""
        if self.opens(judged):
            return self._lifted(judged, self._level, _CUES)
        raised = self.overrule(judged)
        return raised if raised is not judged else self.grade(judged)

    def overrule(self, judged: Assessment) -> Assessment:
        """A conversation the rules left below ``passive`` after ruling on it (a negated,
        someone else's, a story's or a past risk phrase; an idiom; a clarification) raised
        when the model's lowest head reaches the model file's ``overrule`` probability.

        Rulings are right far more often than not, which is why the model is otherwise
        silent beside them; but people say "i'm not suicidal i swear" before describing
        cuts, and a story can be the writer's own. The model reads only the words outside
        the ruled phrases (``Reading.unruled``). Leaving each written set out of training,
        it raised 395 of the 820 at-risk conversations the rules had ruled on and 15 of
        the 2,391 look-alikes (docs/checks.md); the finding says it overruled.
        """
        if self.model.overrule is None or judged.level >= RiskLevel.PASSIVE or not judged.turns:
            return judged
        return self._lifted(judged, self._sure_level, _OVERRULING)

    def _lifted(
        self,
        judged: Assessment,
        level_of: Callable[[tuple[str, ...]], RiskLevel],
        cues: Mapping[RiskLevel, Cue],
    ) -> Assessment:
        """``judged`` at the highest level ``level_of`` gives any run of ``window`` turns."""
        texts = tuple(turn.text for turn in judged.turns)
        level, last = RiskLevel.NONE, 0
        for end in range(1, len(texts) + 1):
            reached = level_of(texts[max(0, end - self.window) : end])
            if reached > level:
                level, last = reached, end
        if level < RiskLevel.PASSIVE and not (level == RiskLevel.DISTRESS and judged.level == RiskLevel.NONE):
            return judged
        return self._raised(judged, level, max(0, last - self.window), last, cues=cues)

    def grade(self, judged: Assessment) -> Assessment:
        """A conversation the rules found at ``passive`` or ``ideation`` raised to the
        level of the model's heads above it, when every signal is the writer's own plain
        risk: no negation, frame, other subject, story, recovery, dating or clarification
        (a context judgement of the rules stands). The rules grade by the phrases they
        know; a plan or an act in other words ("sorted out who gets the dog") leaves them
        a rung or two low."""
        if not RiskLevel.PASSIVE <= judged.level < RiskLevel.INTENT or judged.subject != "self":
            return judged
        if not all(map(self._plain, judged.turns)):
            return judged
        texts = tuple(turn.text for turn in judged.turns)
        level, last = judged.level, 0
        for end in range(1, len(texts) + 1):
            reached = self._graded(texts[max(0, end - self.window) : end], judged.level)
            if reached > level:
                level, last = reached, end
        if last == 0:
            return judged
        # a head above the rules' level fired: its words are the evidence
        head = next(h for h in self.model.heads if h.level > judged.level)
        return self._raised(judged, level, max(0, last - self.window), last, head)

    def _plain(self, turn: Turn) -> bool:
        """Every signal of the turn is the writer's own, unframed and not negated, and
        the message is no story, recovery, dated past or clarification."""
        reading = self._reader(turn.text)
        if turn.reading.clarify or reading.fiction or reading.recovered or reading.dated:
            return False
        return all(s.subject == "self" and not s.negated and not s.frame for s in turn.signals)

    def _raised(
        self,
        judged: Assessment,
        level: RiskLevel,
        first: int,
        last: int,
        head: Head | None = None,
        cues: Mapping[RiskLevel, Cue] | None = None,
    ) -> Assessment:
        """``judged`` at ``level``, with a finding on the run's strongest turn (by the
        words of ``head``: the distress head for ``distress``, else the lowest head)."""
        turns = list(judged.turns)
        if level == RiskLevel.DISTRESS:
            head = self.model.distress
        # an overruling finding's evidence is among the words it read, never the ruled phrase
        found = self._unruled_found if cues is _OVERRULING else self.found
        index = first + _strongest_turn(turns[first:last], head or self.model.heads[0], found)
        turn = turns[index]
        start, end = _evidence(turn.text, self.model.strongest(found(turn.text), head))
        sig = make_signal(((cues or _CUES)[level], start, end, level, "self", False, False, LEXICAL))
        turns[index] = dataclasses.replace(turn, signals=[*turn.signals, sig])
        return Assessment(level, "self", judged.method_seeking, turns)

    def opens(self, judged: Assessment) -> bool:
        """Whether the model may speak: the rules found no risk and ruled on nothing."""
        return judged.level < RiskLevel.PASSIVE and bool(judged.turns) and all(map(self._open, judged.turns))

    def _open(self, turn: Turn) -> bool:
        """The rules ruled on nothing in this turn and saw only the writer's own plain
        distress or ingredients."""
        return not self._reader(turn.text).ruled and all(map(_own_open, turn.signals))


class _Gate:
    """One head's cheap lower bound: the positive weights a run's turns must reach."""

    __slots__ = ("floor", "positive")

    def __init__(self, model: LexicalModel, head: Head, margin: float) -> None:
        self.positive = [max(0.0, w) for w in model.row(head)]  # by feature number
        self.floor = _logit(max(0.001, min(0.999, head.threshold + margin))) - head.bias

    def mass(self, pick: Callable[[Sequence[float]], Iterable[float]]) -> float:
        """The positive weight for this head of the features ``pick`` (``picker(codes)``) picks."""
        return sum(pick(self.positive))


_PAYLOAD = operator.itemgetter(0)  # Hit: (payload, first, last)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def model_keys(keys: list[str], hits: Sequence[Hit], finality: Sequence[bool]) -> list[str]:
    """The token keys the word model reads: those of a finality phrase (``finality``:
    per cue, whether it is a plan_ref) blanked.

    Such a phrase ("sorry for everything", "i won't be needing it") is the rules' to
    weigh; the model judges the words around it, so an apology for last night is not read
    as the suicidal farewells it was trained on (see ``_INGREDIENTS``).
    """
    # runs on every message read: one C walk over the hits' cues when none is a finality phrase
    if not any(map(finality.__getitem__, map(_PAYLOAD, hits))):
        return keys
    blanked = list(keys)
    for payload, first, last in hits:
        if finality[payload]:
            blanked[first : last + 1] = [""] * (last + 1 - first)
    return blanked


def unruled_keys(keys: Sequence[str], hits: Sequence[Hit], judging: Sequence[bool]) -> list[str]:
    """``keys`` with the phrases that judged the message blanked (``judging``: per hit,
    whether its ruling is ALONE or BESIDE): what the model reads to overrule a ruling.

    "I'm not planning to kill myself tonight" leaves "i'm not planning to ... tonight": a
    bag of words cannot tell a negated phrase from the phrase, so it must not weigh it;
    "i'm not suicidal i swear, i just carved his name into my arm" keeps its act.
    """
    blanked = list(keys)
    for (_, first, last), blank in zip(hits, judging, strict=True):
        if blank:
            blanked[first : last + 1] = [""] * (last + 1 - first)
    return blanked


def ruling(cue: Cue) -> int:
    """How a phrase of ``cue`` bears on whether the rules judged a message's meaning.

    A risk phrase at ``passive`` or above (whatever level the rules then gave it), an
    idiom, recovery or clarification judges alone; a story or past frame only beside a
    risk phrase, method or place (OBJECT); means, methods, times and plans alone are
    ingredients, not judgements.
    """
    if cue.kind in _JUDGING:
        return ALONE
    if cue.kind == "info":
        return INFO
    if cue.kind in _FRAMES:
        return BESIDE
    if cue.kind in ("risk", "ask") and cue.level >= RiskLevel.PASSIVE:
        return ALONE
    objects = cue.kind in ("method", "location") or (cue.kind in _OBJECTS and cue.level >= RiskLevel.PASSIVE)
    return OBJECT if objects else NOTHING


def judged(rulings: Collection[int]) -> bool:
    """Whether a message's phrases (their rulings, an informational one already read as
    ALONE or BESIDE) mean the rules judged it."""
    return ALONE in rulings or (BESIDE in rulings and OBJECT in rulings)


def _own_open(sig: Signal) -> bool:
    """Plain distress (anyone's), or the writer's own ingredient the rules left at no risk."""
    if sig.kind == "risk" and sig.cue.level <= RiskLevel.DISTRESS:
        # Someone else's distress ("my stepdad started drinking again") judges nothing
        # about the writer: it must not keep the model from the writer's own words.
        return True
    if sig.subject != "self":
        return False
    return sig.kind in _INGREDIENTS and sig.level < RiskLevel.PASSIVE


def _strongest_turn(turns: Sequence[Turn], head: Head, found_of: Callable[[str], frozenset[Feature]]) -> int:
    """The turn whose own words weigh most for ``head`` (latest on a tie)."""
    scores = [head.logit(found_of(turn.text)) for turn in turns]
    return max(range(len(turns)), key=lambda i: (scores[i], i))


def _evidence(text: str, feature: Feature | None) -> tuple[int, int]:
    """The clause holding ``feature`` (the whole message when it is not found)."""
    tokens = tokenize(normalize(text))
    if not tokens.keys:
        return 0, len(text)
    at = _position(tokens.keys, feature)
    if at is None:
        return tokens.starts[0], tokens.ends[-1]
    clause = tokens.clauses[at]
    inside = [i for i, c in enumerate(tokens.clauses) if c == clause]
    return tokens.starts[inside[0]], tokens.ends[inside[-1]]


def _position(keys: Sequence[str], feature: Feature | None) -> int | None:
    """Index of the first token of ``feature`` (a word, a word pair or their stems) in ``keys``."""
    if feature is None:
        return None
    said = words(keys)
    if (feature if isinstance(feature, str) else feature[0]).startswith(STEM):
        said = [stem(word) for word in said]
    for i, word in enumerate(said):
        if word == feature or (i + 1 < len(said) and (word, said[i + 1]) == feature):
            return i
        if i + 2 < len(said) and (word, SKIP + said[i + 2]) == feature:
            return i
    return None
