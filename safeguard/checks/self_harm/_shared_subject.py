"""A readiness phrase that shares its words or its subject with someone else's act is
theirs too.

Plan_ref cues with no person of their own ("already taken", "never came back") are read as
the writer's by their data (``subject: self``): alone they have no subject to read, and the
nearest person word is often not theirs ("i just wanted someone to know it's happening
now"). Two wordings tie them to another person's act instead:

- the words are part of a phrase whose subject was read as another person ("the caller
  has already taken an overdose": "already taken" inside "taken an overdose", the
  caller's): the same words cannot tell two people's acts;
- the phrase is the second of two clauses joined by "and" whose subject is left out, so
  it is the subject of the first ("he drove to the bridge and never came back"): the
  first clause is another person's act, so the second is too.

The writer's own act beside another's ("my sister overdosed last year. i've already taken
them") stays the writer's, and so does "what if i drove to the bridge and never came
back?" (the first clause is the writer's).
"""

from __future__ import annotations

import re

from safeguard.checks.self_harm._reading import Signal

_KINDS = frozenset({"risk", "means", "method", "location"})
# What may stand between the first clause and the second for its subject to be left out:
# "and", "and then", "then" with spaces and a comma, and nothing else.
_JOINED = re.compile(r"\s*,?\s*(?:and(?:\s+then)?|then)\s*\Z", re.IGNORECASE)
_JOIN_WIDTH = 12  # characters: the longest joint (" , and then ")


def shared_with_other(signals: tuple[Signal, ...], text: str) -> tuple[Signal, ...]:
    """``signals`` with each of the writer's plan_ref signals that overlaps another
    person's act, or follows it joined by "and", given that person's subject (run after
    the discourse pass has read whose each phrase is: see ``_discourse``)."""
    others = [s for s in signals if s.subject == "other" and s.cue.kind in _KINDS and not s.negated]
    if not others:
        return signals  # nearly every message: no one else's act
    out = []
    for sig in signals:
        own_plan = sig.cue.kind == "plan_ref" and sig.subject == "self" and not sig.negated
        if own_plan and _tied(sig, others, text):
            sig = sig.lifted(sig.level, subject="other")
        out.append(sig)
    return tuple(out)


def _tied(sig: Signal, others: list[Signal], text: str) -> bool:
    """``sig`` shares characters with one of ``others``, or follows one joined by "and"."""
    for o in others:
        if sig.start < o.end and o.start < sig.end:
            return True
        # The joint is a few characters (checked before the regex: a short slice, no scan).
        if o.end <= sig.start <= o.end + _JOIN_WIDTH and _JOINED.fullmatch(text[o.end : sig.start]):
            return True
    return False
