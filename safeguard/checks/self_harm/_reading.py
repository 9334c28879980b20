"""What reading one message yields: ``Signal`` (a cue in context) and ``Reading``."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import Cue

# A frame value: distress said with a generic "you", read as the writer's own (see _message).
GENERIC = "generic"
# A frame value: an act asked about with a generic "you" ("can u overdose on ..."), read as
# someone else's unless the writer's own distress makes the question theirs (see _state).
YOU = "you"
# A frame value: a past act or state the history rules capped (see _message, _discourse);
# the conversation rules cap it further when the writer says elsewhere they are well now.
PAST = "past"


class Signal(NamedTuple):
    """A cue in context: what it says about the writer, located in the original text.

    A named tuple rather than a frozen dataclass: several are built per message read and
    per conversation judged, and a frozen dataclass costs about 2 us to build.
    """

    cue: Cue
    start: int
    end: int
    level: RiskLevel
    subject: str
    method_seeking: bool = False
    negated: bool = False
    frame: str = ""

    @property
    def kind(self) -> str:
        """The cue's kind (``risk``, ``method``, ``means`` ...)."""
        return self.cue.kind

    def lifted(
        self, level: RiskLevel, subject: str | None = None, method_seeking: bool | None = None
    ) -> Signal:
        """This signal at ``level`` (and ``subject`` / ``method_seeking`` when given),
        built directly (``_replace`` goes through a generic field walk)."""
        return make_signal(
            (
                self.cue,
                self.start,
                self.end,
                level,
                self.subject if subject is None else subject,
                self.method_seeking if method_seeking is None else method_seeking,
                self.negated,
                self.frame,
            )
        )


# Builds a Signal from all its fields in C (a NamedTuple's own constructor is a Python function).
make_signal = functools.partial(tuple.__new__, Signal)


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything one message contributes to the conversation state.

    ``keys`` are the message's token keys, for the lexical model (empty when it is off);
    ``ruled`` says the phrases in it mean the rules judged it (a risk phrase, an idiom,
    recovery or clarification, or a story, past or informational frame beside a risk
    phrase, method or place: ``_lift.ruling``), a judgement the model must not overrule.
    ``recovered``: the message says the writer is well now (a recovery phrase or a word
    such as "grateful", "married"). ``dated``: the message puts something in the past (a
    history phrase: "it was 8 years ago") and says nothing recent and no risk of the
    writer's own; an answer dating what the turn before told. ``present``: the message
    speaks of now (a present word such as "now" or "still", a wish such as "want", a word
    of a decision or the future such as "i'll", or a recent marker), so a past frame in it
    does not settle its risk alone.
    """

    signals: tuple[Signal, ...] = ()
    clarify: bool = False
    fiction: bool = False
    asks: RiskLevel = RiskLevel.NONE
    # The question also names suicide or self-harm itself (see _plan_ask.names_the_act).
    asks_named: bool = False
    affirm: tuple[int, int] | None = None
    keys: Sequence[str] = ()
    ruled: bool = False
    # When ruled: ``keys`` with the phrases that judged it blanked, what the model reads
    # to overrule the ruling (``_lift.Lifter.overrule``): the words around "not suicidal",
    # never the negated phrase's own words.
    unruled: Sequence[str] | None = None
    recovered: bool = False
    dated: bool = False
    present: bool = False
    # The writer's repeat phrases ("did it again", "try again"), raised only against a past
    # act elsewhere in the conversation (see _again).
    repeats: tuple[Signal, ...] = ()
    # The writer's streak, relapse, urge and hiding phrases, and whether the message names
    # self-harm: the phrases count only where some turn does (see _streak).
    streaks: tuple[Signal, ...] = ()
    names_sh: bool = False
    # What an answer says beyond a "yes": a time ("yes. tonight.") is a plan (intent).
    affirm_level: RiskLevel = RiskLevel.NONE
    # Plan words anywhere in a yes answer (see _answer_plan), read after a suicide question.
    answer_plan: RiskLevel = RiskLevel.NONE
    # Preparation and time phrases, raised only after the writer's wish (see _prepared).
    prepares: tuple[Signal, ...] = ()
    # The message opens with a "no" that neither insists nor turns (see _checkin).
    denies: bool = False
    # ... and names the thing the alarming words were about ("no! the relationship").
    denies_naming: bool = False
    # Names unwanted thoughts, disowns the wish, speaks of acting, denies a wish to be dead
    # itself (see _unwanted_turns).
    thought: tuple[bool, bool, bool, bool] = (False, False, False, False)
    # Names an everyday reason for a goodbye; its farewell phrases (see _everyday_farewell).
    reason: bool = False
    farewells: frozenset[tuple[int, int]] = frozenset()
    # Asks what words referred to ("End what?"); opens vaguely ("it. all of it"): _referent.
    asks_referent: bool = False
    # Asks whether the writer is safe; the whole message answers "not safe": _unsafe_answer.
    asks_safe: bool = False
    asks_owner: bool = False  # (assistant text) asks whether framed words were the writer's
    unsafe: bool = False
    vague: bool = False
    # Opens with a short fragment naming an everyday thing ("the IKEA wardrobe."): _fragment.
    names_thing: bool = False
    # Names an everyday use of a rope ("lead climbing"); its rope phrases: see _rope_use.
    rope_use: bool = False
    ropes: frozenset[tuple[int, int]] = frozenset()
    # Names a practical reason for planning one's funeral (an older age, prepaid, the
    # hymns); its funeral phrases: see _funeral_plan.
    funeral_reason: bool = False
    funerals: frozenset[tuple[int, int]] = frozenset()
    # Names an everyday occasion for a set time ("proposing tonight"): see _occasion.
    occasion: bool = False
    # Names an everyday sense of an edge ("the grand canyon", "a meltdown"); its edge
    # phrases ("i'm at the edge"): see _edge_use.
    edge_use: bool = False
    edges: frozenset[tuple[int, int]] = frozenset()
    # Says an earlier story, friend or question was about the writer (see _unmasked).
    unmasks: bool = False
    # Undoes a clarification ("jk. half jk", "i lied a bit just then"): see _retracted.
    retracts: bool = False
    # Names an ordinary use of a means ("stuck in traffic", "chopping onions"): see _across.
    everyday: bool = False
    # Denies the act now beside readied means ("i'm not doing it right now"): _deferred.
    defers: bool = False
    # Names means put out of reach or as a thought's object ("unloaded", "keeps coming into
    # my head"): no scene set beside distress (see _means_beside).
    means_unset: bool = False
    # Tells a death ("my mum died in march"); the writer's joining wishes and the dead one's
    # means kept, said with no death told beside them: they count after a turn that tells
    # one (see _rejoined).
    death: bool = False
    bereft: tuple[Signal, ...] = ()


NOTHING = Reading()


class ReadTurn(Protocol):
    """A user turn as the passes over the conversation see it: what its message says on its
    own (``reading``) and its signals, which those passes may replace (see ``_turns.Turn``)."""

    reading: Reading
    signals: list[Signal]
    text: str
