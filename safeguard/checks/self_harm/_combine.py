"""Signals of one message read together: means with a time, a place question after
distress, finality words beside means or a set time (``combine``), and numbers counting
down as a readiness phrase (``countdown``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._reading import Signal

COUNTDOWN_RUN = 3
COUNTDOWN_TOP = 10
COUNTDOWN = "context.countdown"
_COUNTDOWN = Cue(COUNTDOWN, "plan_ref", RiskLevel.NONE, "self", False, "und")
# "It" done with its day or now ("i'm doing it tonight", "doing it after everyone's
# asleep", "i'm doing it now"; sev22): intent beside the writer's distress, not imminent by
# its own "tonight" (the conversation rules read "now" as imminent where no self-harm is
# named, see _escalate).
DATED = frozenset({"en.intent.do_it_dated", "en.intent.do_it_now"})
# Something told as put away ("it's in the shed", "they're under my bed"; fin24): means
# beside it are kept, not at hand, so the pair is a plan (intent), not the act.
STORED = ".intent.kept_away"


def converges(plan_refs: set[str], has_means: bool, when: bool) -> bool:
    """Two finality phrases, or one with means at hand or a set time, say more than one alone."""
    return len(plan_refs) >= 2 or ((has_means or when) and len(plan_refs) >= 1)


def combine(
    signals: list[Signal], now: bool, everyday: bool = False, readied: RiskLevel = RiskLevel.NONE
) -> list[Signal]:
    """Within one message: means with a time, distress with a place question, finality words.

    ``everyday``: the message names an ordinary use of a means (cooking, carving), so a
    knife "in my hand right now" is not readied for harm unless the writer is distressed.
    ``readied``: the level a preparation told beside a decision gives the decision ("wrote my
    note. i'm doing it tonight": intent; "wrote the note. doing it now": imminent; see
    ``_prepared.readied``), or none.
    """
    own = [s for s in signals if s.subject == "self" and not s.negated]
    if not own:
        return signals
    kinds = {s.cue.kind for s in own}
    plan_refs = {s.cue.id + str(s.start) for s in own if s.cue.kind == "plan_ref"}
    has_means, has_time = "means" in kinds, "timing" in kinds
    distress = any(s.cue.kind == "risk" and s.level >= RiskLevel.DISTRESS for s in own)
    converged = converges(plan_refs, has_means, has_time)
    at_hand = has_means and not any(s.cue.id.endswith(STORED) for s in own)
    out = []
    for s in signals:
        kind = s.cue.kind
        if s.subject != "self" or s.negated:
            out.append(s)
        elif kind in ("means", "timing") and has_means and has_time and not (everyday and not distress):
            # Not a tool's ordinary use told with its time ("rope's up, harness checked,
            # tonight's the night": a climb), unless the writer's distress is beside it.
            out.append(s.lifted(RiskLevel.IMMINENT))
        elif kind == "means" and now and s.cue.level > RiskLevel.NONE and not (everyday and not distress):
            # Means readied for use (a cue with a level: loaded, aimed, bleeding), not merely
            # owned, in a message that says "right now": the pair the scale calls imminent.
            out.append(s.lifted(RiskLevel.IMMINENT))
        elif kind == "location" and distress:
            out.append(s.lifted(RiskLevel.INTENT, method_seeking=True))
        elif kind in ("plan_ref", "means") and converged:
            # An act-done phrase ("already took them") keeps its own level beside a goodbye.
            least = max(RiskLevel.INTENT, s.cue.level)
            out.append(s.lifted(RiskLevel.IMMINENT if now or at_hand else least))
        elif kind == "plan_ref" and readied:
            # A preparation told beside the decision ("wrote my note. i'm doing it tonight"):
            # a second readiness phrase; imminent when the decision's clause says now.
            out.append(s.lifted(max(readied, s.cue.level)))
        elif kind == "plan_ref" and distress and s.cue.level > RiskLevel.NONE:
            # Specific finality wording (a cue with a level) beside the writer's own distress
            # reads as a decision about their life (Lifeline "intent": preparatory behaviour).
            # A decision with its own day ("i'm doing it tonight") is at its level: its
            # "tonight" is no second time of now.
            timed = now and s.cue.id not in DATED
            out.append(s.lifted(RiskLevel.IMMINENT if timed else s.cue.level))
        else:
            out.append(s)
    return out


def countdown(keys: list[str], tokens: Tokens, cues: CueSet) -> Signal | None:
    """Numbers counting down one by one ("five... four... three...") as a readiness phrase.

    Alone a countdown is a rocket launch or New Year; like any vague readiness phrase it
    only counts beside a second one, means or a set time (see combine).
    """
    values = cues.numbered("countdown_", COUNTDOWN_TOP)
    # Set tests against the message's distinct keys; a run of COUNTDOWN_RUN falling
    # numbers needs that many different number words.
    present = tokens.key_set
    if values.keys().isdisjoint(present) or len(values.keys() & present) < COUNTDOWN_RUN:
        return None  # no countdown possible
    if not cues.words("countdown_event").isdisjoint(present):
        return None  # a launch / new year / race counting down
    numbers = list(map(values.get, keys, itertools.repeat(0)))
    first, run, prev, last = 0, 0, 0, -1
    # Only the number words are visited (in C the others are skipped); a number right
    # after another continues a run when it is one lower.
    for i, value in zip(itertools.compress(itertools.count(), numbers), filter(None, numbers), strict=True):
        run, first = (run + 1, first) if i == last + 1 and value == prev - 1 else (1, i)
        prev, last = value, i
        if run >= COUNTDOWN_RUN:
            start, end = tokens.starts[first], tokens.ends[i]
            return Signal(_COUNTDOWN, start, end, RiskLevel.NONE, "self")
    return None


def everyday_means(ctx: _Context, signals: Sequence[Signal]) -> bool:
    """The message names an ordinary use of a tool (chopping, cooking, dinner); only asked
    when a means cue matched (the one rule that reads it)."""
    words = ctx.cues.words("means_everyday")
    return bool(words) and any(s.kind == "means" for s in signals) and ctx.mentions("means_everyday")
