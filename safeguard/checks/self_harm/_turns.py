"""A conversation's user turns as the conversation rules read them: ``Turn`` and ``Assessment``.

Each user message's reading becomes a turn; a "yes" answering the assistant's question
about suicide (or a plan) becomes a signal of its own. The predicates below say which
signals are the writer's own, as every conversation rule asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from safeguard._conversation import Conversation
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._plan_reply import plan_reply
from safeguard.checks.self_harm._question import Question, question_of
from safeguard.checks.self_harm._reading import GENERIC, Reading, Signal
from safeguard.checks.self_harm._unsafe_answer import unsafe_signal

Reader = Callable[[str], Reading]
# An assistant turn's question (see _question): the rules read nothing else of it.
Asker = Callable[[str], Question]
# Whether a distress span's words are only everyday stress (see _escalate.shows_distress).
Ordinary = Callable[[str], bool]
_ANSWER = Cue("context.answer", "risk", RiskLevel.NONE, "self", False, "und")


@dataclass(slots=True)
class Turn:
    """One user message's signals, with the message index they belong to.

    ``reading`` is what the message says on its own (its facts: recovered, dated,
    streaks, farewells ...); the turn adds what only the conversation knows: the
    signals as the conversation rules change them, what the assistant asked just before,
    and whether a later turn withdrew it.
    """

    message: int
    signals: list[Signal]
    reading: Reading
    text: str = ""
    withdrawn: bool = False
    checked: RiskLevel = RiskLevel.NONE  # what the assistant asked just before (see _checkin)
    referent: bool = False  # the assistant just asked what the words meant (see _referent)
    owned: bool = False  # a "yes" to "is this about you?": the frames before are the writer's (_unmasked)

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


def read_turns(conversation: Conversation, reader: Reader, asker: Asker | None = None) -> list[Turn]:
    """Read every user turn; a "yes" after an assistant question becomes a signal.
    ``asker`` reads an assistant turn's question (by default from ``reader``'s reading)."""
    turns: list[Turn] = []
    asked, named, referent, safe, owner = RiskLevel.NONE, False, False, False, False
    for index, message in enumerate(conversation.messages):
        if message.role == "assistant":
            question = asker(message.text) if asker else question_of(reader(message.text))
            asked, named, referent, safe, owner = question
            continue
        if message.role != "user":
            continue
        reading = reader(message.text)
        signals = list(reading.signals)
        if asked > RiskLevel.NONE and reading.affirm is not None:
            answered = asked if named else _answered(asked, turns)
            if answered > RiskLevel.NONE:
                # "yes. tonight." to a question about killing oneself: a time is a plan.
                answered = max(answered, reading.affirm_level)
                if answered >= RiskLevel.IDEATION:  # the question named suicide or self-harm
                    answered = max(answered, reading.answer_plan)
                start, end = reading.affirm
                signals.append(Signal(_ANSWER, start, end, answered, "self"))
        elif (told := plan_reply(asked, reading, turns, firm_level, len(message.text), named)) is not None:
            signals.append(told)
        if safe and reading.unsafe:
            signals.append(unsafe_signal(len(message.text)))  # "are you safe?" ... "no"
        owned = owner and reading.affirm is not None and not reading.denies
        turn = Turn(index, signals, reading, message.text, checked=asked, referent=referent, owned=owned)
        turns.append(turn)
        asked, referent, safe, owner = RiskLevel.NONE, False, False, False
    return turns


def _answered(asked: RiskLevel, before: Sequence[Turn]) -> RiskLevel:
    """The level a "yes" to the assistant's question says. A question about thoughts of
    suicide or about an act already done answered yes is a disclosure on its own; a
    question about a plan or the means ("do you have the pills with you?") presumes the
    risk, so a yes reaches its level only after the writer has shown some distress ("i
    have a headache" ... "do you have the pills with you?" ... "yeah" is not a plan)."""
    if asked == RiskLevel.IDEATION:
        # An ideation question that does not name the act points back ("thoughts like that
        # yourself?"): it asks what was told before, someone's wish (passive) or thoughts of
        # the act (ideation); after anything else it asks nothing of the kind.
        levels = (s.level for turn in before for s in turn.signals if not s.negated)
        told = max(levels, default=RiskLevel.NONE)
        return min(told, asked) if told >= RiskLevel.PASSIVE else RiskLevel.NONE
    if asked != RiskLevel.INTENT:
        return asked
    seen = max(map(firm_level, before), default=RiskLevel.NONE)
    return asked if seen >= RiskLevel.DISTRESS else RiskLevel.NONE


def own(sig: Signal) -> bool:
    """The writer's own signal, not negated."""
    return sig.subject == "self" and not sig.negated


def firm(sig: Signal) -> bool:
    """The writer's own, said of themselves (not only through a generic "you")."""
    return own(sig) and sig.frame != GENERIC


def firm_level(turn: Turn) -> RiskLevel:
    """Highest level the writer states of themselves in ``turn`` (generic "you" left out)."""
    # firm written out: asked for every turn of every conversation judged
    levels = [s.level for s in turn.signals if s.subject == "self" and not s.negated and s.frame != GENERIC]
    return max(levels, default=RiskLevel.NONE)
