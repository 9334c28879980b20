"""mkdocs hook: the crisis-line directory page, generated at build time from the shipped data.

The numbers on the page are exactly what the guard shows people (the verified tier of
``safeguard/data/resources/crisis_lines.yaml``, loaded through the same loader, blocklist
included), so documentation and behaviour cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

PAGE = "crisis-directory.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _channels(service: Any) -> str:
    return "<br>".join(f"{c.kind}: `{c.value}`" for c in service.shown_channels())


def _rows(countries: Iterable[Any], today: dt.date) -> Iterator[str]:
    for country in countries:
        emergency = ", ".join(f"`{e.number}`" for e in country.emergency) or "not stored"
        for service in country.services:
            audience = f" ({service.audience})" if service.audience else ""
            yield (
                f"| {country.name} ({country.code}) | {_cell(service.name)}{audience} | {_channels(service)} "
                f"| {_cell(service.hours)} | {emergency} | [source]({service.source_url}) "
                f"| {service.verified} ({service.age_days(today)} days) |"
            )


def render(directory: Any, today: dt.date) -> str:
    """The page as Markdown."""
    fallback = directory.fallback
    lines = [
        "# Crisis-line directory",
        "",
        "<!-- generated at build time by docs/hooks/crisis_directory.py; do not edit -->",
        "",
        f"What the guard shows by default, generated from the shipped data when these docs were "
        f"built ({today}). Ages are counted from that day. How entries are chosen and verified: "
        "[Safety facts](safety-facts.md).",
        "",
        "| country | service | channels | hours | emergency | source | verified |",
        "|---|---|---|---|---|---|---|",
        *_rows(directory.countries(), today),
        "",
        f"Unknown or unlisted country: no number is guessed; the reply points to the local emergency "
        f"number and the international directory **{fallback.directory}** "
        f"([source]({fallback.source_url}), verified {fallback.verified}).",
    ]
    return "\n".join(lines) + "\n"


def on_files(files: Any, config: Any) -> Any:
    """mkdocs event: add the generated page to the site's files."""
    from mkdocs.structure.files import File

    from safeguard.resources import load_directory

    page = render(load_directory(), dt.date.today())
    files.append(File.generated(config, PAGE, content=page))
    return files
