"""PERSON and LOCATION without a language model: context phrases, titles and gazetteers.

A single left-to-right pass over letter-run tokens; every lookup is a dict or set probe, so
the cost is linear in the text. Data: ``names.yaml`` (phrases, titles, stop words),
``first_names.txt`` / ``surnames.txt`` (US Census 1990, public domain) and ``places.txt``
(GeoNames countries, US states, cities of 100k+, CC BY 4.0).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from safeguard.checks.pii._data import load_words, load_yaml
from safeguard.checks.pii._span import Span
from safeguard.checks.pii._tokens import Token, joined, phrase, sentence_start, tokenize

_DIGIT = re.compile(r"\d")
_MAX_NAME = 3
_MAX_PLACE = 4
_LOOKAHEAD = 64

Phrases = dict[str, list[tuple[str, ...]]]


def _index(phrases: Iterable[Sequence[str]]) -> Phrases:
    """Phrases keyed by their first word, longest first (the matcher wants the longest)."""
    table: Phrases = {}
    for words in phrases:
        key = tuple(str(w).lower() for w in words)
        table.setdefault(key[0], []).append(key)
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


def _longest(table: Phrases, lowers: Sequence[str], i: int) -> int:
    """Length of the longest phrase of ``table`` starting at token ``i`` (0 if none)."""
    for words in table.get(lowers[i], ()):
        if tuple(lowers[i : i + len(words)]) == words:
            return len(words)
    return 0


@dataclass(frozen=True, slots=True)
class _Lexicon:
    strong: Phrases
    weak: Phrases
    cue: Phrases
    verbs: frozenset[str]
    not_name: frozenset[str]
    places_trigger: Phrases
    titles: frozenset[str]
    ambiguous: frozenset[str]
    stop: frozenset[str]
    suffixes: frozenset[str]
    units: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: Phrases
    ambiguous_places: frozenset[str]
    heads: frozenset[str]
    # For each head word, which trigger rules have a phrase starting with it (in rule
    # order): a rule whose table lacks the word cannot fire, so it is not even called.
    head_rules: dict[str, tuple[str, ...]]


def _lexicon(gazetteer: bool) -> _Lexicon:
    data = load_yaml("names.yaml")
    person, location = data["person"], data["location"]
    places = [phrase(p) for p in load_words("places.txt")] if gazetteer else []
    heads = {
        words[0] for key in ("strong_triggers", "weak_triggers", "cue_triggers") for words in person[key]
    }
    heads |= {words[0] for words in location["triggers"]} | set(location["units"])
    tables = {
        "_strong": _index(person["strong_triggers"]),
        "_place_trigger": _index(location["triggers"]),
        "_weak": _index(person["weak_triggers"]),
        "_cue": _index(person["cue_triggers"]),
    }
    return _Lexicon(
        strong=tables["_strong"],
        weak=tables["_weak"],
        cue=tables["_cue"],
        verbs=frozenset(person["speech_verbs"]),
        not_name=frozenset(person["not_name_words"]),
        places_trigger=tables["_place_trigger"],
        titles=frozenset(person["titles"]),
        ambiguous=frozenset(person["ambiguous_first_names"]),
        stop=frozenset(data["stop_words"]),
        suffixes=frozenset(location["street_suffixes"]),
        units=frozenset(location["units"]),
        first_names=load_words("first_names.txt") if gazetteer else frozenset(),
        surnames=load_words("surnames.txt") if gazetteer else frozenset(),
        places=_index(p for p in places if p),
        ambiguous_places=frozenset(location["ambiguous_places"]),
        heads=frozenset(heads),
        head_rules={
            head: tuple(rule for rule, table in tables.items() if head in table) for head in heads
        },
    )


class NameMatcher:
    """Finds PERSON and LOCATION spans by context and gazetteer."""

    def __init__(self, gazetteer: bool = True) -> None:
        self._lex = _lexicon(gazetteer)

    def find(self, text: str) -> list[Span]:
        """Every PERSON / LOCATION span in ``text``."""
        return _Scan(text, tokenize(text), self._lex).run()


class _Scan:
    """One pass over one text (per-call state lives here, never on the matcher)."""

    def __init__(self, text: str, tokens: list[Token], lex: _Lexicon) -> None:
        self.text, self.tokens, self.lex = text, tokens, lex
        self.lowers = [t.lower for t in tokens]
        self.spans: list[Span] = []
        # Facts that rule out whole rules for every token (checked before calling them).
        self.digits = _DIGIT.search(text) is not None
        self.verbs = not lex.verbs.isdisjoint(self.lowers)

    def run(self) -> list[Span]:
        lex, resume = self.lex, 0
        for i, token in enumerate(self.tokens):
            # Most words are lower case and start no trigger: nothing can begin there.
            if i < resume or not (token.cap or token.lower in lex.heads):
                continue
            resume = self._step(i)
        return self.spans

    def _step(self, i: int) -> int:
        """Try the rules that can fire at token ``i``; return the index to continue from.

        A rule is skipped only when it could not fire anyway (its word is in none of its
        tables, the text has no digit, no speech verb follows...): the rules are tried in
        the same order, so the spans are the same; most tokens now try none.
        """
        token, lex = self.tokens[i], self.lex
        if token.cap and token.lower in lex.titles:
            end = self._title(i)
            if end > i:
                return end
        for name in lex.head_rules.get(token.lower, ()):
            end = _TRIGGERS[name](self, i)
            if end > i:
                return end
        if token.cap:
            for rule in self._cap_rules(i, token):
                end = rule(i)
                if end > i:
                    return end
        elif token.lower in lex.units and self.digits:
            return self._address(i)
        return i + 1

    def _cap_rules(self, i: int, token: Token) -> list[Callable[[int], int]]:
        """The rules for a capitalised token that could fire at ``i``, in order."""
        lex = self.lex
        rules: list[Callable[[int], int]] = []
        if self.digits:  # a house number or a unit number is needed
            rules.append(self._address)
        if token.lower in lex.first_names:
            rules.append(self._first_last)
        if i == 0 or "\n" in self.text[self.tokens[i - 1].end : token.start]:
            rules.append(self._line_name)  # only a token that starts its line
        if self.verbs and not lex.verbs.isdisjoint(self.lowers[i + 1 : i + 1 + _MAX_NAME]):
            rules.append(self._before_verb)  # a name run is at most _MAX_NAME long
        if token.lower in lex.places:
            rules.append(self._place)
        return rules

    # -- helpers -------------------------------------------------------------------------
    def _emit(self, entity: str, first: int, last: int, score: float, rule: str) -> int:
        tokens = self.tokens
        self.spans.append(Span(entity, tokens[first].start, tokens[last].end, score, rule))
        return last + 1

    def _nameish(self, token: Token, lower_ok: bool = False) -> bool:
        if token.lower in self.lex.stop or (len(token.text) < 2 and not token.cap):
            return False
        if token.text.isupper() and len(token.text) > 1 and not lower_ok:
            return False  # SHOUTED WORDS and upper-case town names in addresses
        return token.cap or lower_ok

    def _personish(self, first: int, last: int, places_ok: bool = False) -> bool:
        """No organisation, street or unit word in the run, and (unless ``places_ok``) no place."""
        lex = self.lex
        for token in self.tokens[first : last + 1]:
            if token.lower in lex.not_name or token.lower in lex.suffixes or token.lower in lex.units:
                return False
        if self._in_address(first, last):
            return False
        return places_ok or self._is_place(first) < last - first + 1

    def _in_address(self, first: int, last: int) -> bool:
        """A house number or a street word right next to the run ("Via Roma 131")."""
        after = self.text[self.tokens[last].end : self.tokens[last].end + 2]
        before = self.text[max(0, self.tokens[first].start - 2) : self.tokens[first].start]
        if (after[:1] == " " and after[1:2].isdigit()) or before[:1].isdigit():
            return True
        prev = self.tokens[first - 1] if first else None
        if prev is None or prev.lower not in self.lex.suffixes:
            return False
        return prev.end + 1 == self.tokens[first].start

    def _known(self, first: int, last: int) -> bool:
        """The run starts with a known first name or ends with a known surname."""
        head, tail = self.tokens[first].lower, self.tokens[last].lower
        if head in self.lex.first_names and head not in self.lex.ambiguous:
            return True
        return last > first and tail in self.lex.surnames

    def _run(self, i: int, limit: int, lower_ok: bool = False) -> int:
        """Index of the last token of a name-like run starting at ``i`` (``i - 1`` if none)."""
        tokens, last = self.tokens, i - 1
        while last + 1 < len(tokens) and last + 1 - i < limit:
            nxt = tokens[last + 1]
            initial = last >= i and len(nxt.text) == 1 and nxt.text.isupper()
            if not (initial or self._nameish(nxt, lower_ok)):
                break
            if last >= i and not self._adjacent(tokens[last], nxt):
                break
            last += 1
        while last > i and len(tokens[last].text) == 1:
            last -= 1  # a run never ends on an initial
        return last

    def _adjacent(self, left: Token, right: Token) -> bool:
        """``joined``, or an initial with its dot ("Hanne I. Kreutzmann")."""
        if joined(self.text, left, right):
            return True
        return len(left.text) == 1 and self.text[left.end : right.start] == ". "

    def _is_place(self, i: int) -> int:
        return _longest(self.lex.places, self.lowers, i) if self.tokens[i].cap else 0

    # -- rules ---------------------------------------------------------------------------
    def _title(self, i: int) -> int:
        tok = self.tokens[i]
        if tok.lower not in self.lex.titles or not tok.cap or i + 1 >= len(self.tokens):
            return i
        if len(self.text[tok.end : self.tokens[i + 1].start]) > 2:
            return i
        last = self._run(i + 1, _MAX_NAME)
        return self._emit("PERSON", i + 1, last, 0.85, "title") if last > i else i

    def _strong(self, i: int) -> int:
        n = _longest(self.lex.strong, self.lowers, i)
        if not n or i + n >= len(self.tokens):
            return i
        start = i + n
        if self.tokens[start].lower in self.lex.titles:
            return i  # "this is Mr. Ronald Baker": the title rule takes it from here
        lower_ok = not self.tokens[start].cap and self.tokens[start].lower in self.lex.first_names
        last = self._run(start, _MAX_NAME, lower_ok=lower_ok or self.tokens[start].cap)
        if last < start or not self._personish(start, last, places_ok=True):
            return i
        return self._emit("PERSON", start, last, 0.85, "strong")

    def _weak(self, i: int) -> int:
        """A name-announcing word: a known first name, or two capitalised words."""
        start = self._after(self.lex.weak, i)
        last = self._run(start, _MAX_NAME) if start else -1
        if last < start or not self._personish(start, last, places_ok=True):
            return i
        known = self._known(start, last)
        if not known and last == start and not self._closes(last):
            return i
        return self._emit("PERSON", start, last, 0.7 if known else 0.55, "weak")

    def _closes(self, last: int) -> bool:
        """The run ends a clause: "Hi Vinicio," / "Thanks, Maria!" / a name at the line end."""
        after = self.text[self.tokens[last].end : self.tokens[last].end + 1]
        return after in ("", ",", ".", "!", "\n")

    def _cue(self, i: int) -> int:
        """A preposition: only a run with a known first name or surname."""
        start = self._after(self.lex.cue, i)
        last = self._run(start, _MAX_NAME) if start else -1
        if last < start or not self._personish(start, last) or not self._known(start, last):
            return i
        return self._emit("PERSON", start, last, 0.65, "cue")

    def _after(self, table: Phrases, i: int) -> int:
        """Index of the token after a phrase of ``table`` at ``i`` (0 when none)."""
        n = _longest(table, self.lowers, i)
        return i + n if n and i + n < len(self.tokens) else 0

    def _place_trigger(self, i: int) -> int:
        n = _longest(self.lex.places_trigger, self.lowers, i)
        if not n or i + n >= len(self.tokens):
            return i
        start = i + n
        last = self._run(start, _MAX_PLACE)
        if last < start or (self._known(start, last) and not self._is_place(start)):
            return i
        score = 0.85 if self._is_place(start) else 0.6
        return self._emit("LOCATION", start, last, score, "place_trigger")

    def _address(self, i: int) -> int:
        tok = self.tokens[i]
        if tok.lower in self.lex.units:
            end = self._number_after(tok)
            if end:
                self.spans.append(Span("LOCATION", tok.start, end, 0.6, "unit"))
                return i + 1
        number = self._number_before(tok)
        if not tok.cap or number < 0:
            return i
        last = self._run(i, _MAX_PLACE)
        for k in range(last, i - 1, -1):
            if self.tokens[k].lower in self.lex.suffixes:
                self.spans.append(Span("LOCATION", number, self.tokens[k].end, 0.75, "street"))
                return k + 1
        return i

    def _place(self, i: int) -> int:
        n = self._is_place(i)
        if not n:
            return i
        # An everyday word that is also a town ("Mobile", "Nice") needs a cue to count.
        score = 0.45 if n == 1 and self.lowers[i] in self.lex.ambiguous_places else 0.6
        return self._emit("LOCATION", i, i + n - 1, score, "gazetteer")

    def _first_last(self, i: int) -> int:
        """A known first name followed by capitalised words ("Maria Garcia")."""
        tok = self.tokens[i]
        if not tok.cap or tok.lower not in self.lex.first_names or tok.text.isupper():
            return i
        if tok.lower in self.lex.ambiguous and sentence_start(self.text, tok):
            return i
        last = self._run(i, _MAX_NAME)
        if not self._personish(i, last):
            return i
        if last == i:
            # A known first name alone ("Catherine is rude"): enough, unless it is a place.
            return i if tok.lower in self.lex.ambiguous else self._emit("PERSON", i, i, 0.55, "first")
        score = 0.8 if self.tokens[last].lower in self.lex.surnames else 0.65
        return self._emit("PERSON", i, last, score, "first_last")

    def _line_name(self, i: int) -> int:
        """A line that is nothing but two or three capitalised words (a signature, a list)."""
        tok = self.tokens[i]
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        if self.text[line_start : tok.start].strip(" \t>-*") or not tok.cap:
            return i
        last = self._run(i, _MAX_NAME)
        # Look at most 64 characters ahead: the stream scanner relies on bounded look-ahead.
        end = self.tokens[last].end
        rest = self.text[end : end + _LOOKAHEAD].split("\n", 1)[0]
        if last == i or rest.strip(" \t,.") or not self._personish(i, last):
            return i
        return self._emit("PERSON", i, last, 0.7 if self._known(i, last) else 0.55, "line")

    def _before_verb(self, i: int) -> int:
        """Capitalised words right before a speech or feeling verb ("Enrico shouted")."""
        last = self._run(i, _MAX_NAME)
        if last < i or last + 1 >= len(self.tokens) or not self._personish(i, last):
            return i
        verb = self.tokens[last + 1]
        if verb.lower not in self.lex.verbs or self.text[self.tokens[last].end : verb.start] != " ":
            return i
        if sentence_start(self.text, self.tokens[i]) and self.tokens[i].lower in self.lex.ambiguous:
            return i
        return self._emit("PERSON", i, last, 0.6, "verb")

    def _number_before(self, tok: Token) -> int:
        """Start offset of a house number just before ``tok`` ("12 Main Street"), or -1."""
        pos = tok.start
        while pos > 0 and tok.start - pos < 3 and self.text[pos - 1] in " ,":
            pos -= 1
        start = pos
        while start > 0 and pos - start < 6 and self.text[start - 1].isdigit():
            start -= 1
        return start if start < pos else -1

    def _number_after(self, tok: Token) -> int:
        """End offset of a unit number right after ``tok`` ("Suite 343"), or 0."""
        pos, text = tok.end, self.text
        while pos < len(text) and pos - tok.end < 3 and text[pos] in ". #":
            pos += 1
        end = pos
        while end < len(text) and end - pos < 6 and text[end].isdigit():
            end += 1
        return end if end > pos else 0


# The trigger rules by name, as ``_Lexicon.head_rules`` lists them.
_TRIGGERS: dict[str, Callable[[_Scan, int], int]] = {
    "_strong": _Scan._strong,
    "_place_trigger": _Scan._place_trigger,
    "_weak": _Scan._weak,
    "_cue": _Scan._cue,
}
