"""An edge or a ledge with its everyday sense told in the conversation: "i'm on the ledge
outside my window, my cat got out onto the roof bit", "im at the edge" ... "of the grand
canyon lol the view", "I'm on the edge" ... "of a meltdown, the fire alarm won't stop",
"i'm on the ledge right now" ... "lol climbing gym, the ledge on the bouldering wall".

"i'm at the edge" and "i'm on the ledge" name no height: alone they read as the writer at
a drop (``en.means.readied``, ``en.means.place_now``, ``en.imminent.in_progress``), and a
means phrase of a dangerous place now is lifted in its own message whatever else it says
(``_discourse._at_the_edge``), so the everyday words that lower "i'm at the cliff, great
view" (class ``means_everyday``) did not lower them, nor did the answer a turn later.

Per message (:func:`edge_facts`) two facts are kept: whether it names an everyday sense of
an edge (class ``edge_use``: a canyon, a meltdown, a pet, a bouldering wall, or a word of
``means_everyday``: a view, climbing, photos; not a lookout, where people go for the act),
and the spans of its edge phrases (the writer's own phrases naming an edge or a ledge,
class ``edge_word``, and no height that is one, class ``edge_height``: not "on the edge of
the roof", "the ledge of the bridge"), in a message naming nothing that makes an edge a
drop (class ``edge_over``: "past the barrier ... legs over", "the water's edge ... the
tide's coming in"). Per conversation (:func:`everyday_edges`), when every risk the writer
states at passive or above, and every means, time, method, place or readiness phrase of
theirs, is an edge phrase, each edge phrase in a turn that names such a sense, or whose
next turn does, is read as nothing. A wish, a goodbye, a time or a named height anywhere
keeps them all ("i'm on the ledge. goodbye everyone" ... "nice view").
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._explained import Span, explain_away
from safeguard.checks.self_harm._reading import ReadTurn, Signal

_EDGES = operator.attrgetter("edges")
_USE = operator.attrgetter("edge_use")
# Kinds of the writer's own phrases that say more than a place word: any of them, not an
# edge phrase, keeps the edge read as a drop.
_KEEP = frozenset({"timing", "means", "method", "location", "plan_ref"})


def edge_facts(
    text: str, present: AbstractSet[str], cues: CueSet, signals: Sequence[Signal]
) -> tuple[bool, frozenset[Span]]:
    """Whether the message names an everyday sense of an edge, and its edge phrases' spans
    (``present``: the message's distinct keys)."""
    words = cues.words
    use = not words("edge_use").isdisjoint(present) or not words("means_everyday").isdisjoint(present)
    if not signals or words("edge_word").isdisjoint(present):
        return use, frozenset()  # nearly every message: no edge named
    if not words("edge_over").isdisjoint(present):
        return use, frozenset()  # "... with my legs over", "the water's edge": a drop
    return use, frozenset((s.start, s.end) for s in signals if _edge_phrase(s, text, cues))


def _edge_phrase(sig: Signal, text: str, cues: CueSet) -> bool:
    """A phrase of the writer's own naming an edge or a ledge and no height."""
    if sig.subject != "self" or sig.negated or sig.kind not in ("means", "risk"):
        return False
    own = tokenize(normalize(text[sig.start : sig.end])).keys
    return not cues.words("edge_word").isdisjoint(own) and cues.words("edge_height").isdisjoint(own)


def everyday_edges(turns: Sequence[ReadTurn]) -> None:
    """Read as nothing the writer's edge phrases of turns that name an everyday sense of an
    edge (or whose next turn does), when the writer states no other risk."""
    explain_away(turns, _EDGES, _USE, RiskLevel.PASSIVE, _KEEP)
