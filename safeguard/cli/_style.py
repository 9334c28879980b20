"""Tiny terminal styling: ANSI colours only on a TTY and never with NO_COLOR set."""

from __future__ import annotations

import difflib
import os
import shutil
import sys
import textwrap
from typing import TextIO

_CODES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
    "under": "4",
}


class Style:
    """Colours text when the stream is a terminal that wants colour."""

    def __init__(self, stream: TextIO | None = None) -> None:
        stream = stream if stream is not None else sys.stdout
        self.color = stream.isatty() and "NO_COLOR" not in os.environ
        self.width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 110))

    def __call__(self, text: str, *names: str) -> str:
        if not self.color or not names:
            return text
        codes = ";".join(_CODES[n] for n in names)
        return f"\x1b[{codes}m{text}\x1b[0m"

    def block(self, label: str, text: str, label_style: str = "bold") -> str:
        """``label`` in a left column, ``text`` wrapped beside it (paragraphs kept)."""
        indent = 13
        width = self.width - indent
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(textwrap.wrap(paragraph, width) or [""])
        head = self(label.ljust(indent - 1), label_style) + " "
        pad = " " * indent
        return "\n".join((head if i == 0 else pad) + line for i, line in enumerate(lines))


def highlight_changes(before: str, after: str, style: Style) -> str:
    """``after`` with the words that differ from ``before`` shown in green."""
    if not style.color:
        return after
    old, new = before.split(" "), after.split(" ")
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        chunk = " ".join(new[j1:j2])
        out.append(chunk if tag == "equal" else style(chunk, "green"))
    return " ".join(part for part in out if part)
