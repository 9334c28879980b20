"""Presidio's ``AnalyzerEngine``, built offline, once per process, on first use.

Never ``AnalyzerEngine()`` with defaults: that loads (and may download) a 400 MB spaCy model.
Here the ``no_op`` NLP engine is used and recognizers are called directly, so no model is
needed. tldextract (used by Presidio's e-mail validation) fetches the public suffix list over
the network unless told otherwise; the environment variable is set before it is imported and
its module-level extractor is replaced by one that reads only the bundled snapshot, so the
guarantee holds even when something imported tldextract earlier.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from safeguard.checks.pii._data import load_yaml

_TLD_ENV = "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"
_LOCK = threading.Lock()
_ENGINE: PresidioEngine | None = None


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """How one pattern entity is found: its recognizer and the context words that raise it."""

    entity: str
    recognizers: tuple[Any, ...]
    context: frozenset[str]
    anti_context: frozenset[str]


@dataclass(frozen=True, slots=True)
class PresidioEngine:
    """The analyzer engine plus a lookup of the recognizer for each pattern entity."""

    analyzer: Any
    specs: Mapping[str, EntitySpec]
    context_before: int
    context_after: int
    context_boost: float


def get_engine() -> PresidioEngine:
    """The process-wide engine, built on the first call (thread-safe)."""
    global _ENGINE
    if _ENGINE is None:
        with _LOCK:
            if _ENGINE is None:
                _ENGINE = _build()
    return _ENGINE


def make_offline_tldextract() -> None:
    """Point tldextract at its bundled suffix list only: no fetch, no disk cache."""
    os.environ.setdefault(_TLD_ENV, "")
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def _build() -> PresidioEngine:
    make_offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "none"}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    data = load_yaml("recognizers.yaml")
    specs = {name: _spec(name, entry) for name, entry in data["entities"].items()}
    for spec in specs.values():
        for recognizer in spec.recognizers:
            registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])
    window = data["context_window"]
    return PresidioEngine(
        analyzer=analyzer,
        specs=specs,
        context_before=int(window["before"]),
        context_after=int(window["after"]),
        context_boost=float(data["context_boost"]),
    )


def _spec(entity: str, entry: Mapping[str, Any]) -> EntitySpec:
    context = tuple(str(word).lower() for word in entry.get("context", ()))
    recognizers: list[Any] = []
    if entry["source"] == "presidio":
        recognizers.append(_predefined(entry["recognizer"], context))
    if entry.get("patterns"):
        from safeguard.checks.pii._patterns import build_pattern_recognizer

        recognizers.append(build_pattern_recognizer(entity, entry["patterns"], context))
    return EntitySpec(
        entity=entity,
        recognizers=tuple(recognizers),
        context=frozenset(context),
        anti_context=frozenset(str(w).lower() for w in entry.get("anti_context", ())),
    )


def _predefined(class_name: str, context: tuple[str, ...]) -> Any:
    from presidio_analyzer import predefined_recognizers

    cls = getattr(predefined_recognizers, class_name)
    return cls(context=list(context))
