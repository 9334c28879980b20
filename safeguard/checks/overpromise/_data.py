"""Loading pattern files: YAML -> validated models -> one compiled ``PatternSet``.

Several files merge in order: word lists and phrase lists extend the earlier ones, a
pattern with an existing ``id`` replaces it, and ``disabled`` ids (or ``prefix.*``) are
dropped. Errors are ``PolicyError`` lines that name the file and the pattern.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safeguard._errors import PolicyError
from safeguard.checks.overpromise._patterns import (
    Context,
    Gates,
    Kind,
    Pattern,
    compile_slots,
    required_words,
)
from safeguard.checks.overpromise._prefilter import (
    Costs,
    Prefilter,
    build_prefilter,
    keys_of,
    rarest,
    word_costs,
)
from safeguard.checks.overpromise._tokens import phrase

DEFAULT_PATTERNS = "patterns.yaml"
GATE_LISTS = (
    "gap_stop", "negation", "conditional", "contrast", "speech_verbs", "noun_markers",
    "self_speech",
)
GATE_PHRASES = ("hedge",)
CONTEXT_PHRASES = ("goodbye", "asked_human", "asked_bot")


class _GateFields(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    negatable: bool | None = None
    hedgeable: bool | None = None
    skip_question: bool | None = None
    skip_conditional: bool | None = None
    skip_reported: bool | None = None
    skip_quoted: bool | None = None
    unless: str | None = None


class PatternSpec(_GateFields):
    """One pattern entry as written in YAML."""

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_.]+$")
    kind: Kind
    match: str
    group: str | None = None
    score: float = Field(default=0.9, gt=0, le=1)
    requires: str | None = None
    context: Context | None = None
    gap_stop: list[str] = Field(default_factory=list)


class PatternFile(BaseModel):
    """A whole patterns file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    lists: dict[str, list[str]] = Field(default_factory=dict)
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    defaults: dict[Kind, _GateFields] = Field(default_factory=dict)
    patterns: list[PatternSpec] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Compiled patterns indexed by anchor word, plus the lists the gates need."""

    index: Mapping[str, tuple[Pattern, ...]]
    lists: Mapping[str, frozenset[str]]
    phrases: Mapping[str, Mapping[str, tuple[tuple[str, ...], ...]]]
    ids: frozenset[str]
    prefilters: Mapping[tuple[bool, bool], Prefilter]
    context_filter: Prefilter
    keyed: Mapping[str, tuple[tuple[int, Pattern], ...]]
    key_words: frozenset[str]

    def prefilter(self, goodbye: bool, asked: bool) -> Prefilter:
        """The prefilter for the patterns a conversation context enables."""
        return self.prefilters[(goodbye, asked)]


def read_yaml(path: str | None, name: str) -> tuple[str, Any]:
    """``(label, parsed YAML)`` of a user file, or of a packaged data file when ``path`` is None."""
    if path is None:
        ref = resources.files("safeguard") / "data" / "overpromise" / name
        return f"safeguard/data/overpromise/{name}", yaml.safe_load(ref.read_text("utf-8"))
    try:
        return path, yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError([f"{path}: cannot read overpromise data: {exc}"]) from exc


def _parse(label: str, raw: Any) -> PatternFile:
    try:
        return PatternFile.model_validate(raw or {})
    except ValidationError as exc:
        lines = [f"{label}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise PolicyError(lines) from exc


def _phrase_index(texts: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, for cheap lookup while scanning tokens."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for text in texts:
        words = phrase(text)
        if words:
            index.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in index.items()}


def _gates(spec: PatternSpec, defaults: Mapping[Kind, _GateFields]) -> Gates:
    base = defaults.get(spec.kind, _GateFields())
    values: dict[str, Any] = {}
    for name in _GateFields.model_fields:
        value = getattr(spec, name)
        value = getattr(base, name) if value is None else value
        if value is not None:
            values[name] = value
    return Gates(**values, requires=spec.requires, context=spec.context)


def _disabled(pattern_id: str, disabled: Sequence[str]) -> bool:
    return any(
        pattern_id == d or (d.endswith(".*") and pattern_id.startswith(d[:-1])) for d in disabled
    )


def _merge(files: Sequence[tuple[str, PatternFile]]) -> tuple[
    dict[str, set[str]], dict[str, list[str]], dict[Kind, _GateFields],
    dict[str, tuple[str, PatternSpec]],
]:
    lists: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    defaults: dict[Kind, _GateFields] = {}
    specs: dict[str, tuple[str, PatternSpec]] = {}
    for label, data in files:
        for name, words in data.lists.items():
            lists.setdefault(name, set()).update(w.lower() for w in words)
        for name, texts in data.phrases.items():
            phrases.setdefault(name, []).extend(texts)
        defaults.update(data.defaults)
        for spec in data.patterns:
            specs[spec.id] = (label, spec)
    return lists, phrases, defaults, specs


def _compile_all(
    specs: Mapping[str, tuple[str, PatternSpec]], lists: Mapping[str, frozenset[str]],
    defaults: Mapping[Kind, _GateFields], phrase_names: Collection[str],
    disabled: Sequence[str],
) -> tuple[list[Pattern], list[str]]:
    """Compiled patterns in file order, and the errors found on the way."""
    patterns: list[Pattern] = []
    errors: list[str] = []
    for pattern_id, (label, spec) in specs.items():
        if _disabled(pattern_id, disabled):
            continue
        try:
            pattern = _compile(spec, lists, defaults, label, lists.get("gap_stop", frozenset()))
        except ValueError as exc:
            errors.append(str(exc))
            continue
        for ref in (spec.requires, pattern.gates.unless):
            if ref is not None and ref not in phrase_names:
                errors.append(f"{label}: {pattern_id}: unknown phrase list {ref!r}")
        patterns.append(pattern)
    return patterns, errors


def build(files: Sequence[tuple[str, Any]], disabled: Sequence[str] = ()) -> PatternSet:
    """Validate, merge and compile pattern files (``(label, parsed YAML)`` pairs)."""
    lists, phrases, defaults, specs = _merge([(lb, _parse(lb, raw)) for lb, raw in files])
    frozen = {name: frozenset(words) for name, words in lists.items()}
    errors = [f"word list {n!r} is missing" for n in GATE_LISTS if n not in frozen]
    errors += [f"phrase list {n!r} is missing" for n in GATE_PHRASES if n not in phrases]
    patterns, problems = _compile_all(specs, frozen, defaults, phrases, disabled)
    if errors or problems:
        raise PolicyError(errors + problems)
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for anchor in pattern.anchors:
            index.setdefault(anchor, []).append(pattern)
    normalised = {name: [phrase(t) for t in texts] for name, texts in phrases.items()}
    costs = word_costs(frozen.get("frequent", ()), frozen.get("common", ()))
    keyed = _keyed(patterns, normalised, costs)
    return PatternSet(
        index={a: tuple(p) for a, p in index.items()},
        lists=frozen,
        phrases={name: _phrase_index(texts) for name, texts in phrases.items()},
        ids=frozenset(specs),
        prefilters=_prefilters(patterns, normalised, costs),
        context_filter=_context_filter(normalised, costs),
        keyed=keyed,
        key_words=frozenset(keyed),
    )


def _keyed(
    patterns: Sequence[Pattern], phrases: Mapping[str, list[tuple[str, ...]]],
    costs: Costs,
) -> dict[str, tuple[tuple[int, Pattern], ...]]:
    """Patterns (with their rank in file order) by each word of their rarest key, so a
    sentence looks up only the patterns its rare words can start."""
    keyed: dict[str, list[tuple[int, Pattern]]] = {}
    for rank, pattern in enumerate(patterns):
        for word in keys_of(pattern, phrases, costs)[0]:
            keyed.setdefault(word, []).append((rank, pattern))
    return {word: tuple(entries) for word, entries in keyed.items()}


def _prefilters(
    patterns: Iterable[Pattern], phrases: Mapping[str, list[tuple[str, ...]]],
    costs: Costs,
) -> dict[tuple[bool, bool], Prefilter]:
    """One prefilter per conversation context: goodbye-only and "are you human?"-only
    patterns add their keys only where that context can enable them."""
    keyed = [(p.gates.context, keys_of(p, phrases, costs)) for p in patterns]
    return {
        (goodbye, asked): build_prefilter(
            key for context, key in keyed
            if context is None or (context == "goodbye" and goodbye)
            or (context == "asked_human" and asked)
        )
        for goodbye in (False, True) for asked in (False, True)
    }


def _context_filter(
    phrases: Mapping[str, list[tuple[str, ...]]], costs: Costs
) -> Prefilter:
    """A prefilter for the user-message phrase lists that set the conversation flags."""
    texts = [p for name in CONTEXT_PHRASES for p in phrases.get(name, ()) if p]
    return build_prefilter((frozenset({rarest(p, costs)}), None) for p in texts)


def _compile(
    spec: PatternSpec, lists: Mapping[str, frozenset[str]],
    defaults: Mapping[Kind, _GateFields], label: str, stop: frozenset[str],
) -> Pattern:
    slots = compile_slots(spec.match, lists, f"{label}: {spec.id}")
    return Pattern(
        id=spec.id,
        kind=spec.kind,
        group=spec.group or spec.kind,
        slots=slots,
        score=spec.score,
        gates=_gates(spec, defaults),
        gap_stop=stop | {w.lower() for w in spec.gap_stop},
        required=required_words(slots),
    )
