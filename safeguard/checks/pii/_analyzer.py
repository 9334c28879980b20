"""Find PII spans in one text: gated Presidio recognizers, then names, then conflicts."""

from __future__ import annotations

from collections.abc import Iterable

from safeguard.checks.pii._context import boost
from safeguard.checks.pii._engine import get_engine
from safeguard.checks.pii._names import NameMatcher
from safeguard.checks.pii._ner import ner_spans
from safeguard.checks.pii._options import PiiOptions
from safeguard.checks.pii._prefilter import Prefilter
from safeguard.checks.pii._span import Span

_NAME_ENTITIES = frozenset({"PERSON", "LOCATION"})
_TRAILING = ".,;:!?)]}'\"»”’"


class PiiAnalyzer:
    """Every PII span above its threshold in a text, for one set of options."""

    def __init__(self, options: PiiOptions) -> None:
        self._options = options
        self._entities = tuple(options.entities)
        wants_names = not _NAME_ENTITIES.isdisjoint(self._entities)
        self._names = NameMatcher(options.gazetteer) if wants_names else None
        self._allow = frozenset(options.allow_list)
        self._prefilter = Prefilter(self._entities, options.threshold_for)

    def analyze(self, text: str) -> list[Span]:
        """Non-overlapping spans, sorted by start, each at or above its entity's threshold."""
        return self.analyze_with_candidates(text)[0]

    def analyze_with_candidates(self, text: str) -> tuple[list[Span], list[Span]]:
        """The kept spans, and every candidate considered (the stream scanner cuts around them)."""
        if not text:
            return [], []
        candidates = self._pattern_spans(text) + self._name_spans(text)
        kept = [s for s in _resolve(candidates) if self._keep(text, s)]
        return kept, candidates

    def _keep(self, text: str, span: Span) -> bool:
        if span.score < self._options.threshold_for(span.entity):
            return False
        return text[span.start : span.end] not in self._allow

    def _pattern_spans(self, text: str) -> list[Span]:
        entities = self._prefilter.admitted(text)
        if not entities:
            return []
        engine = get_engine()
        spans: list[Span] = []
        for entity in entities:
            spec = engine.specs[entity]
            for recognizer in spec.recognizers:
                for result in recognizer.analyze(text, [entity], None):
                    span = _trim(text, Span(entity, result.start, result.end, float(result.score)))
                    if span.end > span.start:
                        spans.append(boost(text, span, spec, engine))
        return spans

    def _name_spans(self, text: str) -> list[Span]:
        if self._names is None:
            return []
        found = self._names.find(text)
        if self._options.ner_model:
            found += ner_spans(self._options.ner_model, text)
        return [s for s in _merge_locations(text, found) if s.entity in self._entities]


def _trim(text: str, span: Span) -> Span:
    """Drop closing punctuation a greedy URL pattern swallowed ("see x.com/a.")."""
    if span.entity != "URL":
        return span
    end = span.end
    while end > span.start and text[end - 1] in _TRAILING:
        end -= 1
    return span if end == span.end else Span(span.entity, span.start, end, span.score, span.rule)


def _merge_locations(text: str, spans: list[Span]) -> list[Span]:
    """Join address pieces split only by commas, spaces, newlines or a postcode."""
    places = sorted((s for s in spans if s.entity == "LOCATION"), key=lambda s: s.start)
    merged: list[Span] = []
    for span in places:
        if merged and _glue(text[merged[-1].end : span.start]):
            last = merged.pop()
            end, score = max(last.end, span.end), max(last.score, span.score)
            span = Span("LOCATION", last.start, end, score, "address")
        merged.append(span)
    return [s for s in spans if s.entity != "LOCATION"] + merged


def _glue(between: str) -> bool:
    return len(between) <= 12 and all(ch.isspace() or ch.isdigit() or ch in ",-" for ch in between)


def _resolve(spans: Iterable[Span]) -> list[Span]:
    """Keep the best of overlapping spans: higher score, then longer, then earlier."""
    ranked = sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start))
    kept: list[Span] = []
    for span in ranked:
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
