"""A lethal dose of an everyday drink asked beside a count of it: a pass over one message's
signals.

"What's the lethal dose of caffeine? I drink 5 energy drinks a day", "i've had 4 monsters
lmao", "I'm on my 5th coffee with a newborn", "my mate had 3 monsters and a red bull":
the writer asks how much of a drink is too much because someone (often the writer) has
had a counted amount of it. The question is about that intake, not a method: nothing.

All of these must hold:

- the signal is the writer's own lethality question naming a dose (``en.method.lethality``
  with a word of class ``dose_word`` in it: "lethal dose", "fatal amount"), with a drink
  of class ``daily_drink`` (caffeine, coffee, energy drinks ...) a few words after it: the
  dose asked is the drink's, not "the lethal dose of amitriptyline? i drink 5 coffees";
- a number stands just before a drink word somewhere in the message ("5 monsters", "my
  5th coffee", "6 energy drinks"): the count that explains the question;
- the message names no tablets or pills ("caffeine pills" are a method) and holds no other
  risk or distress of the writer's own beyond everyday worry ("i'm worried about them"):
  "i've had 10 coffees and i want it to be over" keeps its question.

Gate: a lethality signal and a drink word in the message; nearly every message stops at
the first test.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

_LETHALITY = family("x.method.lethality")
_EVERYDAY = family("x.distress.everyday")  # "i'm worried", "i'm paranoid": not the writer's risk
_AFTER = 3  # tokens from the dose phrase to the drink ("lethal dose | of | caffeine")
_COUNT = 2  # tokens from the number to the drink ("5 | th | coffee", "6 | energy")


def daily_doses(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's lethal-dose question about a counted everyday drink
    set to nothing (see the module)."""
    asked = [s for s in signals if _dose_question(s)]
    if not asked or not msg.mentions("daily_drink"):
        return signals  # nearly every message
    if msg.mentions("pills") or not _counted(msg):
        return signals
    if any(_own_risk(s) for s in signals if s not in asked):
        return signals  # "i've had 10 coffees and i want it to be over"
    plain = {id(s) for s in asked if _of_a_drink(msg, msg.place(s))}
    if not plain:
        return signals
    return tuple(_none(s) if id(s) in plain else s for s in signals)


def _dose_question(sig: Signal) -> bool:
    return (
        sig.subject == "self"
        and not sig.negated
        and sig.cue.kind == "method"
        and family(sig.cue.id) == _LETHALITY
        and sig.level <= RiskLevel.INTENT
    )


def _own_risk(sig: Signal) -> bool:
    """Another risk or distress phrase of the writer's own (everyday worry aside)."""
    if sig.subject != "self" or sig.negated or sig.level < RiskLevel.DISTRESS:
        return False
    return family(sig.cue.id) != _EVERYDAY


def _of_a_drink(msg: Sentences, at: Place) -> bool:
    """The dose phrase names a dose and a drink follows it closely."""
    if not msg.any_word("dose_word", at.first, at.last + 1):
        return False  # "most painless way", "how long does it take to ..."
    return msg.any_word("daily_drink", at.last + 1, min(at.high, at.last + 1 + _AFTER))


def _counted(msg: Sentences) -> bool:
    """A number just before some drink word: "5 monsters", "my 5th coffee"."""
    keys, numbers = msg.keys, msg.cues.words("age_number")
    for i in msg.positions("daily_drink"):
        for j in range(max(0, i - _COUNT), i):
            if keys[j].isdigit() or keys[j] in numbers:
                return True
    return False


def _none(sig: Signal) -> Signal:
    return make_signal((sig.cue, sig.start, sig.end, RiskLevel.NONE, "self", False, True, sig.frame))
