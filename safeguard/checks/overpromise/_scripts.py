"""Text a reply writes FOR the person: drafts and scripts in their voice, not the assistant's.

"I have anxiety and may need to step out" in an email the assistant drafts for a student
is the student speaking, not a claim about the assistant. Three openers start a script:

- a cue line ending in ``:`` ("You could say something like:", "Text:", "- Rough week
  version:"), whose words include a ``script_cues`` word: the script is the rest of that
  line and the lines after it, to the end of the paragraph (or the next paragraph when a
  blank line follows the cue);
- a header line without end punctuation naming a message ("Counselor email (with
  additions)", "Coffee invite (copy/paste)"), or a ``Subject:`` line: to the end of the
  paragraph;
- a salutation line after the first line of the reply ("Hi Ms. Chen,", "Dear [Name],"):
  a draft, to its sign-off line ("Thanks,", "Best, [Your Name]") and the name after it,
  or to the end of its paragraph when there is none.

Line by line, linear in the reply; computed only when a match needs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from safeguard.checks.overpromise._tokens import lowered, words_in

Region = tuple[int, int]
_BULLETS = "-*\u2022\u2013\u2014>#0123456789.) \t"
_END_MARKS = ".!?\u2026"
_HEADER_WORDS = 8
_SIGNOFF_WORDS = 6
_DRAFT_LINES = 60


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    lead: int  # offset of ``body`` in the text
    body: str  # stripped of surrounding space
    words: list[str]


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        body = piece.strip()
        lead = start + len(piece) - len(piece.lstrip())
        lines.append(_Line(start, end, lead, body, words_in(lowered(body)) if body else []))
        start = end + 1
    return lines


def _paragraph_end(lines: list[_Line], i: int) -> int:
    """Index of the last line of the paragraph that holds line ``i``."""
    while i + 1 < len(lines) and lines[i + 1].body:
        i += 1
    return i


def _colon_cue(line: _Line, cues: frozenset[str]) -> int | None:
    """Offset just after the colon of a cue line ("You could say:"), else ``None``."""
    colon = line.body.find(":")
    if colon < 0:
        return None
    before = words_in(lowered(line.body[:colon]))
    if cues.isdisjoint(before) or len(before) > 2 * _HEADER_WORDS:
        return None
    return line.lead + colon + 1


def _header_cue(line: _Line, lists: Mapping[str, frozenset[str]]) -> bool:
    body = line.body.rstrip("*_ ")
    if not body or body[-1] in _END_MARKS or body[-1] == ":" or body[0] in _BULLETS:
        return False  # a sentence, a colon line (see _colon_cue) or a list item
    if line.words[:1] == ["subject"]:
        return True
    headers = lists.get("script_headers", frozenset())
    return len(line.words) <= _HEADER_WORDS and not headers.isdisjoint(line.words)


def _salutation(line: _Line, lists: Mapping[str, frozenset[str]]) -> bool:
    """ "Hi Ms. Chen," / "Dear [Name]," : a greeting word, a name, then a comma."""
    body = line.body.lstrip(_BULLETS)
    words = line.words
    if not words or words[0] not in lists.get("salutations", frozenset()):
        return False
    comma = body.find(",")
    return 0 < comma <= 40 and len(body[:comma].split()) >= 2


def _signoff(line: _Line, lists: Mapping[str, frozenset[str]]) -> bool:
    body = line.body.lstrip(_BULLETS)
    if body[:1] in "\u2014\u2013-" and 0 < len(line.words) <= 3:
        return True  # "- Sky", "- [Name]"
    return (
        bool(line.words) and line.words[0] in lists.get("signoffs", frozenset())
        and len(line.words) <= _SIGNOFF_WORDS and "," in body
    )


def _draft_end(lines: list[_Line], i: int, lists: Mapping[str, frozenset[str]]) -> int:
    for k in range(i + 1, min(len(lines), i + _DRAFT_LINES)):
        if lines[k].body and _signoff(lines[k], lists):
            return k + 1 if k + 1 < len(lines) and lines[k + 1].body else k  # the name
    return _paragraph_end(lines, i)


def script_regions(text: str, lists: Mapping[str, frozenset[str]]) -> list[Region]:
    """Character ranges of ``text`` written in the person's voice (see the module doc)."""
    if "\n" not in text and ":" not in text:
        return []
    lines = _lines(text)
    regions: list[Region] = []
    seen_text = False
    i = 0
    while i < len(lines):
        line = lines[i]
        found = _opening(lines, i, seen_text, lists) if line.body else None
        seen_text = seen_text or bool(line.body)
        if found is None:
            i += 1
            continue
        start, last = found
        regions.append((start, lines[last].end))
        i = last + 1
    return regions


def _opening(
    lines: list[_Line], i: int, seen_text: bool, lists: Mapping[str, frozenset[str]]
) -> tuple[int, int] | None:
    """``(start offset, last line)`` of a script opened at line ``i``, else ``None``."""
    line = lines[i]
    after = _colon_cue(line, lists.get("script_cues", frozenset()))
    if after is not None:
        if line.body.rstrip("*_ ")[-1:] != ":":
            return after, i  # "Text: I'm safe, can you call?": the rest of the line
        nxt = i + 1
        if nxt < len(lines) and not lines[nxt].body:
            nxt += 1
        return (after, _paragraph_end(lines, nxt)) if nxt < len(lines) else None
    if _header_cue(line, lists):
        return line.end, _paragraph_end(lines, min(i + 1, len(lines) - 1))
    if seen_text and _salutation(line, lists):
        return line.start, _draft_end(lines, i, lists)
    return None
