"""Scanning a reply: sentences -> prefilter -> tokens -> anchored matches -> gates -> findings.

The reply is lower-cased once; a literal prefilter (``_prefilter``) drops every sentence
that holds no key word of any pattern, so a clean reply costs a few C-level passes and
no Python work per word. Sentences that pass are tokenised (words only; offsets are
computed only for a match that needs its position, for the quote gate).

One finding per (sentence, kind): the span is the whole sentence in the original reply,
because the rewrite replaces whole sentences (which keeps it grammatical).
"""

from __future__ import annotations

from collections.abc import Collection

from safeguard._findings import REPLY, Finding
from safeguard._sentences import sentence_bounds
from safeguard.checks.overpromise._context import affirms_human
from safeguard.checks.overpromise._data import PatternSet
from safeguard.checks.overpromise._gates import (
    Flags,
    Hit,
    not_own_voice,
    passes,
    quote_regions,
)
from safeguard.checks.overpromise._patterns import Pattern, match_at
from safeguard.checks.overpromise._scripts import script_regions
from safeguard.checks.overpromise._tokens import lowered, tokenize, words_in

CHECK = "overpromise"
_HUMAN_PATTERN = "capability.affirms_human"


Viable = dict[str, list[Pattern]]
Bounds = tuple[int, int]


def _viable(words: list[str], data: PatternSet) -> Viable:
    """Patterns that can match in the sentence, by anchor, in file order: looked up by
    their rarest key word, kept when the anchor and every required slot are present."""
    present = set(words)
    candidates: dict[int, Pattern] = {}
    for word in data.key_words.intersection(present):
        candidates.update(data.keyed[word])
    viable: Viable = {}
    for rank in sorted(candidates):
        pattern = candidates[rank]
        for required in pattern.required:
            if required.isdisjoint(present):
                break
        else:
            for anchor in pattern.anchors.intersection(present):
                viable.setdefault(anchor, []).append(pattern)
    return viable


def _finding(span: Bounds, kind: str, pattern_id: str, group: str, score: float) -> Finding:
    return Finding(
        check=CHECK, category=kind, where="output", message=REPLY,
        start=span[0], end=span[1], score=score,
        detail={"pattern": pattern_id, "group": group},
    )


class _Reply:
    """The reply with what every sentence shares: its lower-cased form and, computed only
    when a match needs them, its quotation ranges and the scripts it writes for the person."""

    def __init__(self, text: str, data: PatternSet) -> None:
        self.text = text
        self.low = lowered(text)
        self._data = data
        self._regions: list[tuple[int, int]] | None = None
        self._scripts: list[tuple[int, int]] | None = None

    def regions(self) -> list[tuple[int, int]]:
        if self._regions is None:
            self._regions = quote_regions(self.text, 0, len(self.text))
        return self._regions

    def scripts(self) -> list[tuple[int, int]]:
        if self._scripts is None:
            self._scripts = script_regions(self.text, self._data.lists)
        return self._scripts

    def quoted(self, span: Bounds, hit: Hit, data: PatternSet) -> bool:
        """True when the match sits in quotes that are not the reply's own voice, or in a
        script or draft written for the person to say or send."""
        regions, scripts = self.regions(), self.scripts()
        if not regions and not scripts:
            return False
        starts = tokenize(self.text, *span).starts
        at = starts[hit.i] if hit.i < len(starts) else span[0]
        if any(start <= at < end for start, end in scripts):
            return True
        return not_own_voice(self.text, regions, at, hit, data)


def _sentence_findings(
    reply: _Reply, span: Bounds, data: PatternSet, flags: Flags, kinds: Collection[str]
) -> list[Finding]:
    """The first match of each kind that survives its gates, trying anchors left to right
    and patterns in file order; a kind already found is not tried again."""
    words = words_in(reply.low, *span)
    viable = _viable(words, data)
    if not viable:
        return []
    stop = data.lists["gap_stop"]
    found: dict[str, Finding] = {}
    tries = [(i, p) for i, word in enumerate(words) if word in viable for p in viable[word]]
    for i, pattern in tries:
        kind = pattern.kind
        if kind in found or kind not in kinds:
            continue
        end = match_at(pattern, words, i, stop)
        if end is None:
            continue
        hit = Hit(pattern, i, end)
        if passes(words, hit, data, flags) and not reply.quoted(span, hit, data):
            found[kind] = _finding(span, kind, pattern.id, pattern.group, pattern.score)
    return list(found.values())


def scan(text: str, data: PatternSet, flags: Flags, kinds: Collection[str]) -> list[Finding]:
    """Every overpromise finding in ``text`` (the reply), in order of position."""
    sentences = sentence_bounds(text)
    if not sentences:
        return []
    reply = _Reply(text, data)
    prefilter = data.prefilter(flags.goodbye, flags.asked is not None)
    letters = prefilter.words(reply.low)
    may_match = prefilter.may_match
    findings: list[Finding] = []
    for span in sentences:
        if may_match(letters, *span):
            findings.extend(_sentence_findings(reply, span, data, flags, kinds))
    if flags.asked is not None and "capability" in kinds:
        _affirmed_human(text, sentences[0], data, flags, findings)
    return findings


def _affirmed_human(
    text: str, first: Bounds, data: PatternSet, flags: Flags, findings: list[Finding]
) -> None:
    """A "yes" to "are you human?" (with no AI disclosure) flags the first sentence."""
    if any(f.start == first[0] and f.category == "capability" for f in findings):
        return
    if affirms_human(tokenize(text, *first), text, data, flags):
        findings.insert(0, _finding(first, "capability", _HUMAN_PATTERN, "human", 0.95))
