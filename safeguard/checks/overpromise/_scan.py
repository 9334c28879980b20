"""Scanning a reply: sentences -> tokens -> anchored pattern matches -> gates -> findings.

One finding per (sentence, kind): the span is the whole sentence in the original reply,
because the rewrite replaces whole sentences (which keeps it grammatical).
"""

from __future__ import annotations

from collections.abc import Collection

from safeguard._findings import REPLY, Finding
from safeguard._sentences import Span, split_sentences
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
from safeguard.checks.overpromise._tokens import offset_of, tokenize, words_of

CHECK = "overpromise"
_HUMAN_PATTERN = "capability.affirms_human"


Viable = dict[str, list[Pattern]]


def _viable(reply: str, data: PatternSet) -> Viable:
    """Patterns that can match somewhere in the reply: anchor and every required slot present."""
    present = set(words_of(reply)[0])
    return {
        anchor: [p for p in data.index[anchor] if all(not r.isdisjoint(present) for r in p.required)]
        for anchor in present.intersection(data.index)
    }


def _hits(words: list[str], viable: Viable, data: PatternSet) -> list[Hit]:
    stop = data.lists["gap_stop"]
    hits: list[Hit] = []
    for i, word in enumerate(words):
        for pattern in viable.get(word, ()):
            end = match_at(pattern, words, i, stop)
            if end is not None:
                hits.append(Hit(pattern, i, end))
    return hits


def _finding(span: Span, kind: str, pattern_id: str, group: str, score: float) -> Finding:
    return Finding(
        check=CHECK, category=kind, where="output", message=REPLY,
        start=span.start, end=span.end, score=score,
        detail={"pattern": pattern_id, "group": group},
    )


class _Quotes:
    """Quotation ranges of the reply, computed once and only when a match needs them."""

    def __init__(self, reply: str) -> None:
        self._reply = reply
        self._regions: list[tuple[int, int]] | None = None

    def regions(self) -> list[tuple[int, int]]:
        if self._regions is None:
            self._regions = quote_regions(self._reply, 0, len(self._reply))
        return self._regions


def _sentence_findings(
    reply: str, span: Span, data: PatternSet, flags: Flags, kinds: Collection[str],
    quotes: _Quotes, viable: Viable,
) -> list[Finding]:
    words, surface = words_of(reply, span.start, span.end)
    found: dict[str, Finding] = {}
    for hit in _hits(words, viable, data):
        kind = hit.pattern.kind
        if kind in found or kind not in kinds or not passes(words, hit, data, flags):
            continue
        at = offset_of(reply, span.start, span.end, surface[hit.i])
        if not_own_voice(reply, quotes.regions(), at, hit, data):
            continue
        found[kind] = _finding(span, kind, hit.pattern.id, hit.pattern.group, hit.pattern.score)
    return list(found.values())


def scan(reply: str, data: PatternSet, flags: Flags, kinds: Collection[str]) -> list[Finding]:
    """Every overpromise finding in ``reply``, in order of position."""
    findings: list[Finding] = []
    sentences = split_sentences(reply)
    quotes = _Quotes(reply)
    viable = _viable(reply, data)
    for span in sentences:
        if viable:
            findings.extend(_sentence_findings(reply, span, data, flags, kinds, quotes, viable))
    if sentences and "capability" in kinds:
        first = sentences[0]
        if affirms_human(tokenize(reply, first.start, first.end), reply, data, flags) and not any(
            f.start == first.start and f.category == "capability" for f in findings
        ):
            findings.insert(0, _finding(first, "capability", _HUMAN_PATTERN, "human", 0.95))
    return findings
