"""Loading pattern files: YAML -> validated models -> one compiled ``PatternSet``.

Several files merge in order: word lists and phrase lists extend the earlier ones, a
pattern with an existing ``id`` replaces it, and ``disabled`` ids (or ``prefix.*``) are
dropped. Errors are ``PolicyError`` lines that name the file and the pattern.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
from safeguard.checks.overpromise._tokens import phrase

DEFAULT_PATTERNS = "patterns.yaml"
GATE_LISTS = (
    "gap_stop", "negation", "conditional", "contrast", "speech_verbs", "noun_markers",
    "self_speech",
)
GATE_PHRASES = ("hedge",)


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


def build(files: Sequence[tuple[str, Any]], disabled: Sequence[str] = ()) -> PatternSet:
    """Validate, merge and compile pattern files (``(label, parsed YAML)`` pairs)."""
    lists, phrases, defaults, specs = _merge([(lb, _parse(lb, raw)) for lb, raw in files])
    frozen = {name: frozenset(words) for name, words in lists.items()}
    errors = [f"word list {n!r} is missing" for n in GATE_LISTS if n not in frozen]
    errors += [f"phrase list {n!r} is missing" for n in GATE_PHRASES if n not in phrases]
    index: dict[str, list[Pattern]] = {}
    for pattern_id, (label, spec) in specs.items():
        if _disabled(pattern_id, disabled):
            continue
        try:
            pattern = _compile(spec, frozen, defaults, label, frozen.get("gap_stop", frozenset()))
        except ValueError as exc:
            errors.append(str(exc))
            continue
        for ref in (spec.requires, pattern.gates.unless):
            if ref is not None and ref not in phrases:
                errors.append(f"{label}: {pattern_id}: unknown phrase list {ref!r}")
        for anchor in pattern.anchors:
            index.setdefault(anchor, []).append(pattern)
    if errors:
        raise PolicyError(errors)
    return PatternSet(
        index={a: tuple(p) for a, p in index.items()},
        lists=frozen,
        phrases={name: _phrase_index(texts) for name, texts in phrases.items()},
        ids=frozenset(specs),
    )


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
