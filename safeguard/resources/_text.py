"""The text the guard adds or substitutes when a person may be at risk.

Which sentences make up each text is data (``messages.yaml`` recipes); every number comes
from the directory. With an unknown country the text never names a crisis line: it gives
emergency guidance, the international directory and asks which country the person is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeguard._levels import RiskLevel
from safeguard.resources._digits import contains_number, digits_only
from safeguard.resources._directory import Directory, load_directory
from safeguard.resources._locale import parse_locale
from safeguard.resources._messages import language_for, messages
from safeguard.resources._model import CountryResources, Service
from safeguard.resources._render import render_emergency, render_services
from safeguard.resources._schema import LanguageSpec, RecipeSet

_SUBJECTS = ("self", "other")


@dataclass(frozen=True, slots=True)
class _Context:
    lang: LanguageSpec
    recipes: RecipeSet
    country: CountryResources | None
    directory: Directory


def crisis_preamble(
    level: RiskLevel,
    locale: str | None,
    subject: str | None = None,
    directory: Directory | None = None,
) -> str | None:
    """Text to put before the model's reply, or ``None`` when the level adds nothing first.

    Defaults: ``ideation`` a brief warm note with local lines; ``intent`` lines and the
    emergency number; ``imminent`` the emergency number first, distance from means, the
    lines, and an invitation to stay in touch. ``subject="other"`` gives helper guidance.
    """
    context = _context(locale, subject, directory)
    return _compose(context, context.recipes.preamble.get(RiskLevel(level).label))


def crisis_appendix(
    level: RiskLevel,
    locale: str | None,
    subject: str | None = None,
    directory: Directory | None = None,
) -> str | None:
    """Text to put after the model's reply, or ``None`` (``none`` and ``distress``).

    ``passive``: a direct, gentle question, local lines and an invitation to keep talking.
    Higher levels: the invitation only (their resources are in the preamble).
    """
    context = _context(locale, subject, directory)
    return _compose(context, context.recipes.appendix.get(RiskLevel(level).label))


def crisis_reminder(
    level: RiskLevel,
    locale: str | None,
    subject: str | None = None,
    directory: Directory | None = None,
) -> str | None:
    """A short appendix for a conversation that was already shown the lines at this level.

    ``passive`` only: the lines again and the invitation, without repeating the direct
    question every turn. ``None`` where no reminder recipe exists (use the appendix).
    """
    context = _context(locale, subject, directory)
    return _compose(context, context.recipes.reminder.get(RiskLevel(level).label))


def safe_reply(
    level: RiskLevel,
    locale: str | None,
    subject: str | None = None,
    directory: Directory | None = None,
) -> str:
    """The supportive reply used when the model's reply must be replaced entirely.

    Never a bare refusal: it says it cannot help with that specific part, stays engaged,
    gives the resources for the level (emergency number first when imminent) and invites
    the person to keep talking. Levels below the lowest recipe use that recipe.
    """
    context = _context(locale, subject, directory)
    table = context.recipes.safe_reply
    tokens = table.get(RiskLevel(level).label) or _nearest_recipe(table, RiskLevel(level))
    return _compose(context, tokens) or ""


def augment_reply(
    reply: str,
    level: RiskLevel,
    locale: str | None,
    subject: str | None = None,
    directory: Directory | None = None,
) -> str:
    """``preamble + reply + appendix`` for the level, separated by blank lines."""
    parts = [
        crisis_preamble(level, locale, subject, directory),
        reply.strip(),
        crisis_appendix(level, locale, subject, directory),
    ]
    return "\n\n".join(part for part in parts if part)


def mentions_resource(reply: str, locale: str | None, directory: Directory | None = None) -> bool:
    """True when ``reply`` already gives a crisis line of the locale's country.

    Numbers are compared digit group by digit group (``"116 123"`` matches ``"116123"``;
    ``"988"`` does not match inside ``"1988"``). With an unknown country, only a mention of
    the international directory counts, since no local number can be checked.
    """
    directory = directory or load_directory()
    country = directory.for_locale(locale)
    if country is None:
        return directory.fallback.directory.lower() in reply.lower()
    return any(
        contains_number(reply, digits_only(channel.value))
        for service in country.services
        for channel in service.channels
        if digits_only(channel.value)
    )


def _context(locale: str | None, subject: str | None, directory: Directory | None) -> _Context:
    directory = directory or load_directory()
    file = messages()
    recipes = file.recipes[subject if subject in _SUBJECTS else "self"]
    parsed = parse_locale(locale)
    country = directory.country(parsed.country) if parsed.country else None
    return _Context(language_for(parsed.language), recipes, country, directory)


def _nearest_recipe(table: dict[str, list[str]], level: RiskLevel) -> list[str]:
    """The recipe of the highest listed level not above ``level`` (else the lowest listed)."""
    listed = sorted(RiskLevel.parse(name) for name in table)
    below = [candidate for candidate in listed if candidate <= level]
    return table[(below[-1] if below else listed[0]).label]


def _compose(context: _Context, tokens: list[str] | None) -> str | None:
    if not tokens:
        return None
    has_emergency = any(token.startswith("!") for token in tokens)
    sentences: list[str] = []
    for token in tokens:
        if token.startswith("@"):
            sentences += _resource_sentences(context, token[1:], has_emergency)
        elif token.startswith("!"):
            sentences.append(_emergency_sentence(context, token[1:]))
        else:
            sentences.append(context.lang.sentences[token])
    return " ".join(sentences)


def _resource_sentences(context: _Context, key: str, has_emergency: bool) -> list[str]:
    services = _shown_services(context.country)
    text = context.lang.sentences
    if services:
        return [text[key].format(lines=render_services(services, context.lang))]
    # Never a guessed number: emergency guidance (unless the recipe already has it), the
    # international directory, and a question about the country.
    guidance = [] if has_emergency else [text[context.recipes.unknown_emergency]]
    ask = text["unknown_directory"].format(directory=context.directory.fallback.directory)
    return [*guidance, ask]


def _emergency_sentence(context: _Context, key: str) -> str:
    numbers = context.country.emergency if context.country else ()
    if not numbers:
        return context.lang.sentences[f"{key}_generic"]
    return context.lang.sentences[key].format(emergency=render_emergency(numbers, context.lang))


def _shown_services(country: CountryResources | None) -> list[Service]:
    if country is None:
        return []
    limit = messages().settings.max_services
    return [service for service in country.general_services() if service.shown_channels()][:limit]
