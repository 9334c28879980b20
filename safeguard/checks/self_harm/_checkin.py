"""A check-in answered with a denial: "i want to end it tonight" ... "are you thinking
about ending your life?" ... "omg no sorry!! my relationship".

When the assistant asks whether the writer's words meant suicide or a wish to die (an
``ask`` phrase at ``passive`` or ``ideation``: "are you thinking of ending your life?",
"do you mean hurting yourself?") and the writer's next message opens with a "no"
(class ``denial_word``, after at most a few exclamations of class ``denial_lead``: "OH
GOD no", "no no, brakes", "lol no"), the writer has said what their words meant. The
turn before is withdrawn, as a clarified false alarm is (see ``_state``), up to
``intent``: the writer was asked about the act and denied it. Never when the denial:

- says any risk itself, anyone's, however framed ("no. i just want to sleep forever",
  "no, for a school project: what does an overdose do", "no... yes"),
- is bare ("no", "nope lol"), insists or turns ("no, i'm serious", "no i mean it",
  "no but i think about it"), or
- answers a question about a plan, the means or an act ("do you have a plan?" ... "no"
  leaves the wish standing), or
- repeats a wish at ``passive``, unless the turn before was itself only a ``passive``
  wish, the denial names what was meant and says the same phrase again of it
  (:func:`_told_again`): "my kids would be better off without me" ... "are you having
  thoughts of not being alive?" ... "no, sorry, wrong wording. i mean on the trip. better
  off without me" withdraws both, the repeat read as distress; "no, the job. i wish i was
  dead" after "i can't do this anymore" is a new, plainer wish and stays,
- follows an imminent turn, unless that turn was a bare claim (see ``_taken_back``: short,
  no means, method or preparation) and the denial names the thing the words were about
  (:func:`names_denied`: "i'm going to end it tonight" ... "WHAT no. sorry!! the
  relationship"; "No! God, sorry. With my personal trainer"). A bare "no, sorry, forget
  i said anything" after "i'm doing it tonight" names nothing and keeps the alarm.

Per message only the first few tokens are read (:func:`denies`); per conversation each
pair of neighbouring turns once (:func:`withdraw_denied`): linear work.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._reading import Reading, Signal
from safeguard.checks.self_harm._taken_back import taken_back

_LEADS = 3  # exclamations that may come before the "no" ("oh my god no")
_SAYS = 2  # words after the "no" that say what was meant ("no, the series")
_TURN_WINDOW = 8  # tokens after the "no" where a turn ("no but ...") keeps the risk
_NAMING = 8  # tokens after the "no" where the thing meant is named ("no! god, sorry. with my trainer")


def denies(keys: Sequence[str], cues: CueSet) -> bool:
    """The message opens with a "no" (after at most ``_LEADS`` exclamations) and neither
    insists nor turns ("no, i'm serious", "no i mean it", "no but ...")."""
    words = cues.words
    leads, nos = words("denial_lead"), words("denial_word")
    at = next((i for i, key in enumerate(keys[: _LEADS + 1]) if key not in leads), None)
    if at is None or keys[at] not in nos:
        return False
    while at + 1 < len(keys) and keys[at + 1] in nos:
        at += 1  # "no no no"
    if len(keys) - at - 1 < _SAYS:
        return False  # a bare "no" answers the question; it does not say what was meant
    if not words("insist").isdisjoint(keys):
        return False
    if any(key == "mean" and nxt == "it" for key, nxt in itertools.pairwise(keys)):
        return False  # "no i mean it"
    return words("denial_keeps").isdisjoint(keys[at + 1 : at + 1 + _TURN_WINDOW])


def names_denied(keys: Sequence[str], cues: CueSet) -> bool:
    """Within :data:`_NAMING` tokens after the opening "no" of a denial (:func:`denies`),
    a word of an everyday thing or tie ended (classes ``everyday_thing``, ``denied_thing``:
    "the relationship", "my boyfriend", "my personal trainer", "the series")."""
    nos = cues.words("denial_word")
    at = next((i for i, key in enumerate(keys[: _LEADS + 1]) if key in nos), None)
    if at is None:
        return False
    window = keys[at + 1 : at + 1 + _NAMING]
    things, ties = cues.words("everyday_thing"), cues.words("denied_thing")
    return not (things.isdisjoint(window) and ties.isdisjoint(window))


class _Turn(Protocol):
    reading: Reading
    text: str
    signals: list[Signal]
    checked: RiskLevel
    withdrawn: bool

    def own_level(self) -> RiskLevel: ...


def withdraw_denied(turns: Sequence[_Turn]) -> None:
    """Withdraw each turn (up to ``intent``; an imminent bare claim when the denial names
    what was meant) the next turn denies after the assistant asked about suicide or a wish
    to die."""
    for before, turn in itertools.pairwise(turns):
        if _told_again(before, turn):
            before.withdrawn = True
            turn.signals = [_eased(s) for s in turn.signals]
            continue
        if not _denial(turn):
            continue
        level = before.own_level()
        if RiskLevel.PASSIVE <= level <= RiskLevel.INTENT:
            before.withdrawn = not any(s.method_seeking for s in before.signals)
        elif level == RiskLevel.IMMINENT and turn.reading.denies_naming and taken_back(before, turn):
            before.withdrawn = True  # "i'm going to end it tonight" ... "no! the relationship"


def _denial(turn: _Turn) -> bool:
    asked = RiskLevel.PASSIVE <= turn.checked <= RiskLevel.IDEATION
    # Nothing of risk in the answer, whoever's or however framed: "no. for a school
    # project, what does an overdose do" is a question reframed, not a false alarm.
    return asked and turn.reading.denies and all(s.cue.level < RiskLevel.PASSIVE for s in turn.signals)


def _told_again(before: _Turn, turn: _Turn) -> bool:
    """A denial that names what was meant and says the vague wish of the turn before
    again, of that thing ("no, wrong wording. i mean on the trip. better off without me
    for the weekend"): the turn before says only a wish (``passive``, no method), the
    answer nothing above ``passive`` and nothing of anyone else's risk. The opening words
    are already clean (:func:`denies` refuses "no, i just wish ..."), so the repeat is
    the thing named told again, not the wish kept."""
    if not (RiskLevel.PASSIVE <= turn.checked <= RiskLevel.IDEATION and turn.reading.denies):
        return False  # cheap gate: only an answer opening with a "no" to a check-in
    if not (turn.reading.denies_naming or turn.reading.clarify):
        return False  # a "no" that names nothing keeps what it answers
    if before.own_level() != RiskLevel.PASSIVE or any(s.method_seeking for s in before.signals):
        return False
    said = [s for s in turn.signals if s.cue.level >= RiskLevel.PASSIVE]
    # The same phrase said again (the same cue): "no, the job. i wish i was dead" after
    # "i can't do this anymore" says a new, plainer wish and stays.
    before_cues = {s.cue.id for s in before.signals}
    return bool(said) and all(
        s.subject == "self" and s.level <= RiskLevel.PASSIVE and s.cue.id in before_cues for s in said
    )


def _eased(sig: Signal) -> Signal:
    """A wish told again of the thing named: distress about it, not a wish to die."""
    return sig.lifted(RiskLevel.DISTRESS) if sig.level >= RiskLevel.PASSIVE else sig
