"""Text a reply writes FOR the person: drafts and scripts in their voice, not the assistant's.

"I have anxiety and may need to step out" in an email the assistant drafts for a student
is the student speaking, not a claim about the assistant. Three openers start a script:

- a line with a colon after a ``script_cues`` word ("You could say something like:",
  "Text: I'm safe", "- Rough week version:"): the script is the rest of that line, or,
  when the colon ends the line, what follows it: a draft, a run of list items, or one line;
- a header line without end punctuation naming a message ("Counselor email (with
  additions)", "Coffee invite (copy/paste)"): what follows it, as above;
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
_LIST_MARKS = "-*\u2022\u2013\u2014>0123456789"
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
        return _body_after(lines, i, after, lists)
    if _header_cue(line, lists):
        return _body_after(lines, i, line.end, lists)
    if seen_text and _salutation(line, lists):
        return line.start, _draft_end(lines, i, lists)
    return None


def _body_after(
    lines: list[_Line], i: int, start: int, lists: Mapping[str, frozenset[str]]
) -> tuple[int, int] | None:
    """The script under a cue line: a draft (salutation to sign-off), a run of list items,
    or else the one line that follows (a blank line in between is allowed)."""
    first = i + 1
    if first < len(lines) and not lines[first].body:
        first += 1
    if first >= len(lines):
        return None
    if _salutation(lines[first], lists):
        return start, _draft_end(lines, first, lists)
    if not _bullet(lines[first]):
        return start, first
    last = first
    while last + 1 < len(lines) and _bullet(lines[last + 1]):
        last += 1
    return start, last


def _bullet(line: _Line) -> bool:
    return bool(line.body) and line.body[0] in _LIST_MARKS
