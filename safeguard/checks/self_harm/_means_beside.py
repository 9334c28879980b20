"""Means at hand told in the same message as the writer's own distress (rec17).

Alone, means are a tool or a place ("the pills are on the table", "i'm on the roof"), and
distress in an earlier turn only makes them ``passive`` (``_escalate._alone``): "stressed
about work" ... "got my knife sharpened" is no plan. But in one message, or told flatly in
the turn right after the distress (sev21: "i hate my life" ... "the rope's in my car"), the two are one
scene: "failed my resits again. i'm on the science block roof, nobody comes up here",
"my life is over since the accident. holding the knife", "pills lined up on the bedside
table. can't sleep, can't do this" — the means are there because of the distress.

So, within one message, means outside an everyday use beside distress that is more than
everyday stress (a life blow, grief, hopelessness; the same ``ordinary`` test a method
question after distress uses) read as the scale's rungs for means:

- means owned or at hand (a cue without a level: "i've got the pills here") -> ``intent``
  (a method), as beside a wish to be dead;
- means readied for use or a place at the edge (a cue with level ``imminent``: "holding
  the knife", "on the roof of the car park", "the belt's round the door handle") ->
  ``imminent``: the act is at hand.

Everyday stress beside them ("long day, so tired. knife in my hand, chopping onions")
and a tool's ordinary use (``Reading.everyday``) lift nothing. Nor do: distress that only
names a topic or a medicine ("worried about my flatmate mixing xanax"), or lies inside
the means' own words ("i keep forgetting my other meds"); a place gone to before ("went to
the bridge yesterday and stood there", ``en.means.went_to``: ideation, see docs); means as
the object of a thought ("the rope in the garage keeps coming into my head ... i think
about it", a ``how`` cue in the turn); and means told as made safe ("unloaded", "gave the
ammo to my brother", "haven't touched it"): those turns are the thought, not the scene.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._turns import Ordinary, Turn, firm

# Distress cues that name a subject (a drug, a topic) rather than a feeling.
_NAMING = (".topic", ".medication")
# A place gone to, told in the past: its own rules read it (ideation, intent when checked).
_GONE_TO = "en.means.went_to"


def means_beside_distress(turn: Turn, ordinary: Ordinary, before: Turn | None = None) -> bool:
    """The turn names the writer's own means (not in an everyday use) beside their own
    distress that is more than everyday stress, in it or in the writer's turn just ``before``
    (sev21: "i hate my life" ... "got 60 of them in front of me" is told flatly after the
    distress, the same scene). Cheap first: most turns have no means."""
    means = [s for s in turn.signals if s.kind == "means" and firm(s) and s.cue.id != _GONE_TO]
    if not means:
        return False  # most turns: no means named
    if turn.reading.everyday or any(s.kind == "how" for s in turn.signals):
        return False  # "knife in hand, dicing onions"; "the rope keeps coming into my head"
    if turn.reading.means_unset:
        return False  # "held it, unloaded. gave the ammo away"; "the rope keeps coming into my head"
    if _distressed(turn, ordinary, means):
        return True
    return before is not None and not before.reading.everyday and _distressed(before, ordinary, [])


def _distressed(turn: Turn, ordinary: Ordinary, means: list[Signal]) -> bool:
    """The writer's own distress in ``turn``, more than everyday stress, outside ``means``."""
    return any(
        firm(s)
        and s.kind == "risk"
        and s.level == RiskLevel.DISTRESS  # a wish or more is read by _escalate's peak rules
        and not s.cue.id.endswith(_NAMING)
        and not any(m.start <= s.start and s.end <= m.end for m in means)
        and not ordinary(turn.text[s.start : s.end])
        for s in turn.signals
    )


def beside_distress_level(sig: Signal) -> RiskLevel:
    """Readied means (cue level imminent) are the act at hand; owned means a method."""
    return RiskLevel.IMMINENT if sig.cue.level == RiskLevel.IMMINENT else RiskLevel.INTENT
