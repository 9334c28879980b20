"""The conversation-level risk state: what the user turns add up to.

- Risk only accumulates: a later harmless question does not lower it.
- Signals split across turns combine: means in one turn and a time in another
  are imminent; a method or place question after any distress is intent.
- A story / friend / school frame does not lower a method question once the
  writer has shown distress: the question counts as their own.
- A clarified false alarm ("lol i meant my phone battery") withdraws the turn
  before it, unless that turn already showed intent (a "jk" never cancels intent).
- A "yes" answering the assistant's question about suicide counts as saying it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from safeguard._conversation import Conversation
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._again import relapse
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._discourse import RESOLVE
from safeguard.checks.self_harm._means_question import CUE_ID as MEANS_QUESTION
from safeguard.checks.self_harm._reading import GENERIC, PAST, YOU, Reading, Signal
from safeguard.checks.self_harm._resolve import decide_with_means

Reader = Callable[[str], Reading]
# Whether a distress span's words are only everyday stress (see _shows_distress).
Ordinary = Callable[[str], bool]
RESOLVE_WORDS = 40  # a "do it" in a longer turn usually has its object in that turn
# Frames that put a method question away from the writer; after their distress it is theirs.
_AWAY = ("fiction", "info", YOU)
_ANSWER = Cue("context.answer", "risk", RiskLevel.NONE, "self", False, "und")


@dataclass(slots=True)
class Turn:
    """One user message's signals, with the message index they belong to."""

    message: int
    signals: list[Signal]
    clarify: bool = False
    text: str = ""
    withdrawn: bool = False
    recovered: bool = False
    dated: bool = False
    present: bool = False
    repeats: tuple[Signal, ...] = ()

    def own_level(self) -> RiskLevel:
        """Highest level the writer shows about themselves in this turn."""
        return max((s.level for s in self.signals if s.subject == "self"), default=RiskLevel.NONE)


@dataclass(slots=True)
class Assessment:
    """The judged state plus the signals behind it (for findings)."""

    level: RiskLevel = RiskLevel.NONE
    subject: str | None = None
    method_seeking: bool = False
    turns: list[Turn] = field(default_factory=list)


def _turns(conversation: Conversation, reader: Reader) -> list[Turn]:
    """Read every user turn; a "yes" after an assistant question becomes a signal."""
    turns: list[Turn] = []
    asked = RiskLevel.NONE
    for index, message in enumerate(conversation.messages):
        if message.role == "assistant":
            asked = reader(message.text).asks
            continue
        if message.role != "user":
            continue
        reading = reader(message.text)
        signals = list(reading.signals)
        if asked > RiskLevel.NONE and reading.affirm is not None:
            answered = _answered(asked, turns)
            if answered > RiskLevel.NONE:
                # "yes. tonight." to a question about killing oneself: a time is a plan.
                answered = max(answered, reading.affirm_level)
                start, end = reading.affirm
                signals.append(Signal(_ANSWER, start, end, answered, "self"))
        turns.append(
            Turn(
                index,
                signals,
                reading.clarify,
                message.text,
                recovered=reading.recovered,
                dated=reading.dated,
                present=reading.present,
                repeats=reading.repeats,
            )
        )
        asked = RiskLevel.NONE
    return turns


def _answered(asked: RiskLevel, before: Sequence[Turn]) -> RiskLevel:
    """The level a "yes" to the assistant's question says. A question about thoughts of
    suicide or about an act already done answered yes is a disclosure on its own; a
    question about a plan or the means ("do you have the pills with you?") presumes the
    risk, so a yes reaches its level only after the writer has shown some distress ("i
    have a headache" ... "do you have the pills with you?" ... "yeah" is not a plan)."""
    if asked != RiskLevel.INTENT:
        return asked
    seen = max(map(_firm_level, before), default=RiskLevel.NONE)
    return asked if seen >= RiskLevel.DISTRESS else RiskLevel.NONE


def _withdraw_false_alarms(turns: Sequence[Turn]) -> None:
    for before, turn in itertools.pairwise(turns):
        corrected = turn.clarify and turn.own_level() <= RiskLevel.DISTRESS
        if corrected and before.own_level() <= RiskLevel.IDEATION:
            before.withdrawn = True


def _escalate(turns: Sequence[Turn], ordinary: Ordinary) -> None:
    """Cross-turn rules: method after distress, means plus time, framing after distress."""
    distress = False
    live = [t for t in turns if not t.withdrawn and t.signals]  # no signals: nothing to lift
    kinds = {s.cue.kind for t in live for s in t.signals if s.subject == "self" and not s.negated}  # _own
    means, timing = "means" in kinds, "timing" in kinds
    peak = max((_firm_level(t) for t in live), default=RiskLevel.NONE)
    seeks = any(s.method_seeking for t in live for s in t.signals)
    sought = False
    for turn in live:
        # Only asked when some turn asks for a method: the ordinary-stress test reads text.
        distress = distress or (seeks and _shows_distress(turn, ordinary))
        sought = sought or (seeks and any(s.method_seeking and _own(s) for s in turn.signals))
        signals = _without_resolve(turn)
        turn.signals = [_lift(s, distress, means, timing, peak, sought) for s in signals]
    _ask_means(live)


def _without_resolve(turn: Turn) -> list[Signal]:
    """A "do it" is read as a decision about the writer's life only in a short turn or one
    that denies nothing: in a long message ("... I'm going to do it. I'm safe right now,
    could you stay while I wake him?") or beside a denial it has an object of its own."""
    signals = turn.signals
    if RESOLVE not in [s.frame for s in signals]:
        return signals
    denies = any(s.negated and s.subject == "self" for s in signals)
    if not denies and turn.text.count(" ") < RESOLVE_WORDS:
        return signals
    return [s._replace(frame="") if s.frame == RESOLVE else s for s in signals]


def _own(sig: Signal) -> bool:
    return sig.subject == "self" and not sig.negated


def _firm(sig: Signal) -> bool:
    """The writer's own, said of themselves (not only through a generic "you")."""
    return _own(sig) and sig.frame != GENERIC


def _firm_level(turn: Turn) -> RiskLevel:
    """Highest level the writer states of themselves in ``turn`` (generic "you" left out)."""
    # _firm written out: asked for every turn of every conversation judged
    firm = [s.level for s in turn.signals if s.subject == "self" and not s.negated and s.frame != GENERIC]
    return max(firm, default=RiskLevel.NONE)


def _shows_distress(turn: Turn, ordinary: Ordinary) -> bool:
    """Distress that makes a later method question the writer's own: stated in the first
    person, and more than everyday stress ("I'm stressed about exams" then "can you die
    from too much caffeine?" is a student's question; a job loss, grief, hopelessness or
    feeling worthless before it is not)."""
    return any(
        _firm(s)
        and s.kind == "risk"
        and s.level >= RiskLevel.DISTRESS
        and (s.level > RiskLevel.DISTRESS or not ordinary(turn.text[s.start : s.end]))
        for s in turn.signals
    )


def _lift(
    sig: Signal, distress: bool, means: bool, timing: bool, peak: RiskLevel, sought: bool = False
) -> Signal:
    if sig.negated:
        return sig
    if sig.method_seeking and distress and (sig.subject in ("self", "topic") or sig.frame in _AWAY):
        return sig.lifted(max(sig.level, RiskLevel.INTENT), subject="self")
    if sig.subject != "self" or sig.kind not in ("means", "timing", "plan_ref"):
        return sig
    if sig.kind == "plan_ref":
        # A readiness phrase after the writer asked for a method or a place ("how high is
        # the bridge" ... "i'm going there tonight") is a decision about that method.
        return _lift_plan_ref(sig, RiskLevel.IDEATION if sought else peak)
    if means and timing:
        return sig.lifted(RiskLevel.IMMINENT)
    if _readied_beside_wish(sig, peak):
        return sig.lifted(RiskLevel.IMMINENT)
    return sig.lifted(max(sig.level, _alone(sig.kind, peak)))


def _readied_beside_wish(sig: Signal, peak: RiskLevel) -> bool:
    """Means readied for use or a place at the edge (a means cue with level imminent: "im on
    the bridge", "holding the knife") where the writer's own firm level is ``passive`` or above
    (a wish to be dead, or the place read as a risk in its own message): the act is at hand
    ("i cant do it anymore. im on the bridge"). Owned means stay intent (``_alone``)."""
    return sig.kind == "means" and sig.cue.level == RiskLevel.IMMINENT and peak >= RiskLevel.PASSIVE


def _ask_means(turns: Sequence[Turn]) -> None:
    """A question naming a lethal means, in a conversation where the writer states a wish
    to be dead (a risk phrase at ``passive`` or above, not a method question itself: "the
    lethal dose of chocolate for dogs?" is no wish), is method-seeking: at least ideation."""
    wish = max((s.level for t in turns for s in t.signals if _firm(s) and s.kind == "risk"), default=0)
    if wish < RiskLevel.PASSIVE:
        return
    for turn in turns:
        turn.signals = [_asked_means(s) for s in turn.signals]


def _asked_means(sig: Signal) -> Signal:
    if sig.cue.id != MEANS_QUESTION:
        return sig
    return sig.lifted(max(sig.level, RiskLevel.IDEATION), method_seeking=True)


def _lift_plan_ref(sig: Signal, peak: RiskLevel) -> Signal:
    """A decision or readiness phrase read against the rest of the conversation.

    Any readiness phrase after ideation is intent. Specific finality wording (a cue with
    a level: "I've made my decision") after a wish to be dead anywhere in the conversation
    reaches its level: Lifeline's desire plus intent, split across turns. Everyday distress
    in another turn is not enough ("stressed about work ... I've made my decision, I'll
    take the job"), and vague readiness ("this is it") still needs ideation.
    """
    if peak >= RiskLevel.IDEATION or (peak >= RiskLevel.PASSIVE and sig.frame == RESOLVE):
        # "i'm going to do it" after a wish to be dead: the decision the wish was about; an
        # act-done phrase ("already took them") keeps its own level, as beside a mere wish.
        return sig.lifted(max(sig.level, RiskLevel.INTENT, sig.cue.level))
    if peak >= RiskLevel.PASSIVE and sig.cue.level > RiskLevel.NONE:
        return sig.lifted(max(sig.level, sig.cue.level))
    return sig


def _alone(kind: str, peak: RiskLevel) -> RiskLevel:
    """Means or a set time without the other, judged against the rest of the conversation."""
    if kind == "timing":
        if peak >= RiskLevel.IDEATION:
            return RiskLevel.IMMINENT
        return RiskLevel.INTENT if peak >= RiskLevel.DISTRESS else RiskLevel.NONE
    # Means at hand beside a wish to be dead is a method, which the scale calls intent.
    if peak >= RiskLevel.PASSIVE:
        return RiskLevel.INTENT
    return RiskLevel.PASSIVE if peak >= RiskLevel.DISTRESS else RiskLevel.NONE


def _never(text: str) -> bool:
    return False


def assess(conversation: Conversation, reader: Reader, ordinary: Ordinary = _never) -> Assessment:
    """Judge the conversation's risk state from its user turns (``ordinary``: whether a
    distress span is only everyday stress, which does not lift a later method question)."""
    turns = _turns(conversation, reader)
    _withdraw_false_alarms(turns)
    _escalate(turns, ordinary)
    live = [t for t in turns if not t.withdrawn]
    decide_with_means(live)
    _dated_by_answer(live)
    relapse(live)
    _settle_past(live)
    level, other_level, method = _levels([s for t in live for s in t.signals])
    subject: str | None = None
    if level >= RiskLevel.PASSIVE:
        subject = "self"
    elif other_level >= RiskLevel.PASSIVE:
        subject, level = "other", max(level, RiskLevel.DISTRESS)
    elif level >= RiskLevel.DISTRESS:
        subject = "self"
    return Assessment(level, subject, method, live)


def _settle_past(turns: Sequence[Turn]) -> None:
    """Past risk is distress when everything the writer said at ``passive`` or above is
    past and either some turn says they are well now ("it's been 7 years since my attempt"
    ... "honestly good, i'm doing the hike tomorrow with my partner") or no turn speaks of
    now at all ("I overdosed in 2009. I'm applying for nursing school ..."; not "a few
    years ago i was suicidal" ... "i'll be honest, i wake up disappointed every day")."""
    grave = [s for t in turns for s in t.signals if _own(s) and s.level >= RiskLevel.PASSIVE]
    if not grave or any(s.frame != PAST for s in grave):
        return
    if not any(t.recovered for t in turns) and any(t.present for t in turns):
        return  # without a word of being well, only a past that says nothing of now
    for turn in turns:
        turn.signals = [_settled(s) for s in turn.signals]


def _dated_by_answer(turns: Sequence[Turn]) -> None:
    """A turn that only dates something in the past ("I found my old suicide note" ...
    "it's from 2012", "I want to write about my attempt" ... "it was 8 years ago") makes
    the writer's unframed risk in the turn before it past. The level is kept: only
    ``_settle_past`` lowers it."""
    for before, turn in itertools.pairwise(turns):
        if turn.dated:
            before.signals = [_past(s) for s in before.signals]


def _past(sig: Signal) -> Signal:
    own = _own(sig) and not sig.frame and sig.level >= RiskLevel.PASSIVE
    return sig._replace(frame=PAST) if own else sig


def _settled(sig: Signal) -> Signal:
    return sig.lifted(min(sig.level, RiskLevel.DISTRESS)) if sig.frame == PAST else sig


def _levels(signals: Sequence[Signal]) -> tuple[RiskLevel, RiskLevel, bool]:
    """The writer's own peak level, a real other person's, and whether the writer seeks a
    method (at ``passive`` or above, not negated): one pass over the signals."""
    own = other = RiskLevel.NONE
    method = False
    for sig in signals:
        if sig.subject == "self":
            own = max(own, sig.level)
            method = method or (sig.method_seeking and sig.level >= RiskLevel.PASSIVE and not sig.negated)
        elif _third_person(sig):
            other = max(other, sig.level)
    return own, other, method


def _third_person(sig: Signal) -> bool:
    """A real other person's risk (not a character in a story, not negated)."""
    return sig.subject == "other" and not sig.negated and sig.frame not in ("fiction", "info")
