"""Cross-turn rules: what one turn's signals become in the light of the others.

- a method or place question after the writer's own distress (more than everyday stress),
  or before distress told in a later turn (``_distress_after``), is theirs and at least
  intent, whatever frame it was put in;
- means in one turn and a set time in another are imminent; either alone is graded
  against the rest of the conversation (see ``_alone``);
- a decision or readiness phrase after a wish to be dead is a decision about that wish,
  and "it" done with its day ("i'm doing it tonight") one after the writer's distress;
- a question naming a lethal means, beside a wish to be dead, is method-seeking.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._combine import DATED, STORED
from safeguard.checks.self_harm._discourse import RESOLVE
from safeguard.checks.self_harm._distress_after import distress_after, tells_blow
from safeguard.checks.self_harm._means_beside import beside_distress_level, means_beside_distress
from safeguard.checks.self_harm._means_question import ASKED_ID as ASKED_QUESTION
from safeguard.checks.self_harm._means_question import CUE_ID as MEANS_QUESTION
from safeguard.checks.self_harm._means_question import HARM_ID as HARM_QUESTION
from safeguard.checks.self_harm._reading import YOU, Signal
from safeguard.checks.self_harm._turns import Ordinary, Turn, firm, firm_level, own

RESOLVE_WORDS = 40  # a "do it" in a longer turn usually has its object in that turn
# Frames that put a method question away from the writer; after their distress it is theirs.
_AWAY = ("fiction", "info", YOU)
_MEANS_QUESTIONS = frozenset((MEANS_QUESTION, HARM_QUESTION, ASKED_QUESTION))
_HARM_QUESTIONS = frozenset((HARM_QUESTION, ASKED_QUESTION))  # both ask about harm
# Distress cues that name a subject (a drug, a topic) rather than a feeling.
_NAMING = (".topic", ".medication")
# "It" done now ("i'm doing it now"): imminent after the writer's distress, unless some turn
# names self-harm, whose act "it" then is ("gonna cut ... im doing it now": intent; sev22).
_DONE_NOW = "en.intent.do_it_now"
_HARM_NAMES = ("self_harm", "cut", "burn")  # cue names of self-harm told ("burn myself again")


def escalate(turns: Sequence[Turn], ordinary: Ordinary, stressor: Ordinary | None = None) -> None:
    """Cross-turn rules: method after distress, means plus time, framing after distress."""
    distress = False
    live = [t for t in turns if not t.withdrawn and t.signals]  # no signals: nothing to lift
    kinds = {s.cue.kind for t in live for s in t.signals if s.subject == "self" and not s.negated}  # own
    means, timing = "means" in kinds and _means_for_harm(live), "timing" in kinds
    peak = max((firm_level(t) for t in live), default=RiskLevel.NONE)
    seeks = any(s.method_seeking for t in live for s in t.signals)
    sought = False
    # A stressor told after the question ("how high is the bridge" ... "lost my job today")
    # makes it the writer's as one told before it does (only read when a turn seeks a method).
    after = distress_after(live, stressor) if seeks and stressor is not None else [False] * len(live)
    dated = any(s.cue.id in DATED for t in live for s in t.signals)
    now = dated and not any(map(_names_harm, live))  # "now" the act, not a cut
    before: Turn | None = None
    for turn, told_after in zip(live, after, strict=True):
        # Only asked when some turn asks for a method or dates "it": the ordinary-stress
        # test reads text.
        distress = distress or ((seeks or dated) and _shows_distress(turn, ordinary))
        sought = sought or (seeks and any(s.method_seeking and own(s) for s in turn.signals))
        signals = _without_resolve(turn)
        beside = means and means_beside_distress(turn, ordinary, before)
        before = turn
        put_off = means and turn.reading.defers
        # (no turn seeks a method where only a dated "it" made ``distress`` read: the
        # method rule below lifts nothing then)
        lift = (distress, means, timing, peak, sought, told_after, beside, put_off, now)
        turn.signals = [_lift(s, *lift) for s in signals]
    _ask_means(live, ordinary, stressor)


def _names_harm(turn: Turn) -> bool:
    """The turn names self-harm, its tools or marks, or tells it as the writer's own act
    (a cue named for cutting, burning or self-harm: "i'm going to burn myself again")."""
    if turn.reading.names_sh:
        return True
    names = (s.cue.id.rsplit(".", 1)[-1] for s in turn.signals if own(s))
    return any(part in name for name in names for part in _HARM_NAMES)


def _means_for_harm(turns: Sequence[Turn]) -> bool:
    """Some turn names the writer's means outside an ordinary use of the tool, or beside
    their distress: "rope's up, harness checked" is a climb, so its "tonight's the night"
    makes no means-plus-time (only asked when a means cue matched)."""
    return any(
        any(s.cue.kind == "means" and s.subject == "self" and not s.negated for s in t.signals)
        and (not t.reading.everyday or firm_level(t) >= RiskLevel.DISTRESS)
        for t in turns
    )


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


def _shows_distress(turn: Turn, ordinary: Ordinary) -> bool:
    """Distress that makes a later method question the writer's own: stated in the first
    person, and more than everyday stress ("I'm stressed about exams" then "can you die
    from too much caffeine?" is a student's question; a job loss, grief, hopelessness or
    feeling worthless before it is not)."""
    return any(
        firm(s)
        and s.kind == "risk"
        and s.level >= RiskLevel.DISTRESS
        and (s.level > RiskLevel.DISTRESS or not ordinary(turn.text[s.start : s.end]))
        for s in turn.signals
    )


def _lift(
    sig: Signal,
    distress: bool,
    means: bool,
    timing: bool,
    peak: RiskLevel,
    sought: bool = False,
    told_after: bool = False,
    beside: bool = False,
    put_off: bool = False,
    now: bool = False,
) -> Signal:
    if sig.negated:
        return sig
    if sig.method_seeking and distress and (sig.subject in ("self", "topic") or sig.frame in _AWAY):
        return sig.lifted(max(sig.level, RiskLevel.INTENT), subject="self")
    # A life blow told later lifts a method question as distress told before it does ("how
    # high is the bridge" ... "lost my job today", "can you overdose on paracetamol" ... "got
    # sacked today"): the same pair reads the same in either order (turns22).
    if told_after and sig.method_seeking and (sig.subject in ("self", "topic") or sig.frame in _AWAY):
        return sig.lifted(max(sig.level, RiskLevel.INTENT), subject="self")
    if sig.subject != "self" or sig.kind not in ("means", "timing", "plan_ref"):
        return sig
    if sig.kind == "plan_ref" and distress and sig.cue.id in DATED:
        # "i hate my life" ... "i'm doing it tonight": the day set for what the distress is
        # about, at the phrase's level (everyday stress before it is not enough: "so
        # stressed about the move" ... "doing it tomorrow"); said for now, the act at hand.
        at_hand = now and sig.cue.id == _DONE_NOW
        return sig.lifted(max(sig.level, RiskLevel.IMMINENT if at_hand else sig.cue.level))
    if sig.kind == "plan_ref" and sig.cue.id.endswith(STORED):
        # Something put away ("they're in the cupboard") after a wish says where, not
        # that the writer decided: only paired in its own message (see _combine).
        return sig
    if sig.kind == "plan_ref":
        # A readiness phrase after the writer asked for a method or a place ("how high is
        # the bridge" ... "i'm going there tonight") is a decision about that method.
        return _lift_plan_ref(sig, RiskLevel.IDEATION if sought else peak)
    if means and timing:
        return sig.lifted(RiskLevel.IMMINENT)
    if sig.kind == "timing" and sig.cue.level > RiskLevel.NONE:
        # The writer's dying told with its time ("i'll be dead by sunday"): its own level
        # alone (its own level is the peak _alone would read as a set time after ideation);
        # with means in any turn, imminent above.
        return sig
    if put_off and sig.kind == "means":
        # Readied means with the act denied now ("the gun's loaded. i'm not doing it right
        # now"): a plan put off, intent, whatever wish or distress stands beside it.
        return sig.lifted(max(sig.level, RiskLevel.INTENT))
    if _readied_beside_wish(sig, peak):
        return sig.lifted(RiskLevel.IMMINENT)
    if beside and sig.kind == "means":
        return sig.lifted(max(sig.level, beside_distress_level(sig)))
    return sig.lifted(max(sig.level, _alone(sig.kind, peak)))


def _readied_beside_wish(sig: Signal, peak: RiskLevel) -> bool:
    """Means readied for use or a place at the edge (a means cue with level imminent: "im on
    the bridge", "holding the knife") where the writer's own firm level is ``passive`` or above
    (a wish to be dead, or the place read as a risk in its own message): the act is at hand
    ("i cant do it anymore. im on the bridge"). Owned means stay intent (``_alone``)."""
    return sig.kind == "means" and sig.cue.level == RiskLevel.IMMINENT and peak >= RiskLevel.PASSIVE


def _ask_means(turns: Sequence[Turn], ordinary: Ordinary, stressor: Ordinary | None = None) -> None:
    """A question naming a lethal means, in a conversation where the writer states a wish
    to be dead (a risk phrase at ``passive`` or above, not a method question itself: "the
    lethal dose of chocolate for dogs?" is no wish) or tells their own life blow (a job
    lost, an eviction, a break-up: ``tells_blow``, before or after the question: "lost my
    job today. how much fentanyl is too much") when it asks about harm (an amount, a danger,
    dying: ``HARM_ID``), is method-seeking: at least ideation. Everyday stress beside it
    ("exams are killing me. can you overdose on caffeine pills") owns nothing, nor does a blow
    beside a question about something else ("dad died. how do i dispose of his fentanyl").

    The question about harm asked in or after a turn of the writer's own distress that is
    more than everyday stress ("sick of everything. what happens at 20 of my sleeping
    pills", "been a hell of a month. what's the max paracetamol before it's too much") is
    method-seeking after distress, ``intent`` as a method phrase there is (distress that
    only names a medicine or a topic, "my sleeping pills", owns nothing)."""
    asked = {s.cue.id for t in turns for s in t.signals} & _MEANS_QUESTIONS
    if not asked:
        return  # most conversations: no question naming a means
    wish = max((s.level for t in turns for s in t.signals if firm(s) and s.kind == "risk"), default=0)
    if ASKED_QUESTION in asked and wish < RiskLevel.PASSIVE:
        _harm_after_distress(turns, ordinary)
    if wish >= RiskLevel.PASSIVE:
        lifted = _MEANS_QUESTIONS
    elif (
        not asked.isdisjoint(_HARM_QUESTIONS)
        and stressor is not None
        and any(tells_blow(t, stressor) for t in turns)
    ):
        lifted = _HARM_QUESTIONS  # beside a blow only a question about harm
    else:
        return
    for turn in turns:
        turn.signals = [_asked_means(s, lifted) for s in turn.signals]


def _harm_after_distress(turns: Sequence[Turn], ordinary: Ordinary) -> None:
    """Questions about a lethal means' harm in or after the writer's own distress (more
    than everyday stress, not a medicine or topic named) lifted to ``intent``."""
    distressed = False
    for turn in turns:
        distressed = distressed or _owns_distress(turn, ordinary)
        if distressed:
            turn.signals = [
                s.lifted(max(s.level, RiskLevel.INTENT), method_seeking=True)
                if s.cue.id == ASKED_QUESTION and not s.negated
                else s
                for s in turn.signals
            ]


def _owns_distress(turn: Turn, ordinary: Ordinary) -> bool:
    """``_shows_distress`` without distress that only names a medicine or a topic."""
    return any(
        firm(s)
        and s.kind == "risk"
        and s.level == RiskLevel.DISTRESS  # a wish: the question is lifted by the wish rule
        and not s.cue.id.endswith(_NAMING)
        and not ordinary(turn.text[s.start : s.end])
        for s in turn.signals
    )


def _asked_means(sig: Signal, lifted: frozenset[str]) -> Signal:
    if sig.cue.id not in lifted:
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
