"""The sentence templates of ``messages.yaml``: loading, consistency checks, language choice."""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable

from safeguard._errors import PolicyError
from safeguard.resources._files import load_model, read_packaged
from safeguard.resources._schema import LanguageSpec, MessagesFile

_FILE = "messages.yaml"
_CHANNEL_KEYS = ("phone", "text", "phone_text", "chat", "web", "email", "whatsapp")
# The only placeholders each kind of template may use; every number reaches text through them.
_SENTENCE_FIELDS = frozenset({"lines", "emergency", "directory"})
_TEMPLATE_FIELDS = {"service": {"name", "details"}, "emergency_label": {"number", "label"}}
_REQUIRED_SENTENCES = ("unknown_directory",)


def messages() -> MessagesFile:
    """The packaged templates, validated once."""
    return _load()


def language_for(language: str | None) -> LanguageSpec:
    """The templates for a language code, or the fallback language's."""
    file = messages()
    if language and language in file.languages:
        return file.languages[language]
    return file.languages[file.settings.fallback_language]


@functools.lru_cache(maxsize=1)
def _load() -> MessagesFile:
    file = load_model(MessagesFile, read_packaged(_FILE), _FILE)
    errors = list(_problems(file))
    if errors:
        raise PolicyError([f"{_FILE}: {error}" for error in errors])
    return file


def _problems(file: MessagesFile) -> Iterable[str]:
    if file.settings.fallback_language not in file.languages:
        yield f"settings.fallback_language: no language {file.settings.fallback_language!r}"
    needed = set(_REQUIRED_SENTENCES) | _recipe_sentences(file)
    for code, spec in file.languages.items():
        yield from _language_problems(code, spec, needed)


def _recipe_sentences(file: MessagesFile) -> set[str]:
    """Sentence keys the recipes use ("!key" also needs "key_generic")."""
    keys: set[str] = set()
    for recipe in file.recipes.values():
        keys.add(recipe.unknown_emergency)
        for table in (recipe.preamble, recipe.appendix, recipe.safe_reply):
            for tokens in table.values():
                keys.update(_token_keys(tokens))
    return keys


def _token_keys(tokens: list[str]) -> Iterable[str]:
    for token in tokens:
        key = token.lstrip("@!")
        yield key
        if token.startswith("!"):
            yield f"{key}_generic"


def _language_problems(code: str, spec: LanguageSpec, needed: set[str]) -> Iterable[str]:
    where = f"languages.{code}"
    yield from (f"{where}.sentences.{key}: missing" for key in sorted(needed - set(spec.sentences)))
    missing_channels = [key for key in _CHANNEL_KEYS if key not in spec.channels]
    yield from (f"{where}.channels.{key}: missing" for key in missing_channels)
    for key, text in spec.sentences.items():
        yield from _template_problems(f"{where}.sentences.{key}", text, _SENTENCE_FIELDS)
    for key, text in spec.channels.items():
        yield from _template_problems(f"{where}.channels.{key}", text, {"value"})
    for key, fields in _TEMPLATE_FIELDS.items():
        yield from _template_problems(f"{where}.{key}", getattr(spec, key), fields)


def _template_problems(where: str, text: str, allowed: set[str] | frozenset[str]) -> Iterable[str]:
    if any("0" <= ch <= "9" for ch in text):
        yield f"{where}: templates must not contain digits; numbers come from crisis_lines.yaml"
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        yield f"{where}: bad template ({exc})"
        return
    yield from (f"{where}: unknown placeholder {{{name}}}" for name in sorted(fields - allowed))
