"""Load the phrase data (``safeguard/data/self_harm/*.yaml``) into one compiled cue set.

A data file has a ``language``, optional word ``classes`` and a list of
``cues``. Each cue has an ``id``, a ``kind`` (what the phrases mean, see
``KINDS``), for risk cues a ``level``, an optional ``subject`` (``auto``,
``self`` or ``other``) and ``method_seeking``, and its ``phrases`` in the syntax
of :mod:`._matcher`. A policy adds files in the same format or disables cue ids.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, phrase_keys
from safeguard.checks.self_harm._matcher import Matcher, PhraseError, compile_phrase
from safeguard.checks.self_harm._spelling import EMPTY as EMPTY_SPELLING
from safeguard.checks.self_harm._spelling import Spelling, SpellingError
from safeguard.checks.self_harm._spelling import build as build_spelling

KINDS: frozenset[str] = frozenset(
    {
        "risk",  # the writer's own state at `level`
        "method",  # an impersonal question about methods, doses or lethality
        "location",  # a question about heights or places (risky after distress)
        "means",  # means at hand or acquired ("i have the pills")
        "plan_ref",  # a plan or decision with no object ("i've made my decision"); its level,
        # if any, is what it reaches beside the writer's own distress in the same message
        "timing",  # a time set for acting ("tonight seems right")
        "howto",  # "how do i", "best way to": turns a self-harm cue into method-seeking
        "plan",  # "going to", "decided to": turns ideation into intent
        "now",  # "tonight", "right now": turns intent into imminent
        "idiom",  # a figure of speech that cancels the cues it overlaps
        "clarify",  # "i meant my phone battery": a false alarm corrected
        "fiction",  # a story, game, school or "for a friend" frame
        "info",  # an informational question (facts, statistics, how to help)
        "history",  # the past ("years ago", "used to")
        "recovery",  # doing well now
        "age_now",  # "i'm 50 now": a past told beside it is capped as history, see _discourse
        "recent",  # "last week", "yesterday": the past that still counts
        "ask",  # (assistant text) a question about suicide; a "yes" answers it
        "affirm",  # (user text, first words) yes
        "farewell",  # a goodbye phrase, final beside thanks or an apology: see _farewell
        "prepare",  # letters, a funeral, a date: intent after a wish, see _prepared
        "everyday_note",  # "my thank you note", "note to the teacher": no preparation, see _prepared
        "done",  # "it's done", "i did it": the act done after a wish, see _done_act
        "follow",  # "i could too", "follow him": after another's suicide, see _followed
        "loss",  # another person's suicide told ("my uncle took his life"), see _followed
        "death",  # a death told ("my wife died", "the funeral"): see _rejoined
        "rejoin",  # "i want to be with her", "going to join him": beside a death, see _rejoined
        "left_means",  # "i still have dad's pills": the dead's means kept, beside a death, see _rejoined
        "use_denied",  # "not for climbing": a means got just before it is the writer's, see _use_denied
        "how",  # thinking about how, looking up ways: ideation after a wish, see _how
        "dwell",  # "i think about it": a thought of an unnamed act, see _disowned
        "disown",  # "i haven't done anything", "i won't": the act disowned, see _disowned
        "going",  # "going to take the pills", "about to do it": intent after a wish, see _going
        "answer_plan",  # a plan, preparation or time later in a yes answer: see _answer_plan
        "streak",  # a self-harm streak lost, an urge, hiding found out: see _streak
        "repeat",  # a return to a past act ("did it again", "try again"): see _again
        "resolve",  # a bare decision ("i'm going to.", "i can't stop."): see _resolve
        "earnest",  # "i mean it", "not hyperbole": a wish to be dead meant, see _earnest
        "act_sign",  # blood, faintness, the bath: a cut beside it is under way, see _under_way
        "engine_on",  # "engine's running": beside a garage, the act under way, see _engine_on
        "dose_taken",  # "took the insulin": with its whole supply next, an overdose, see _whole_dose
        "dose_whole",  # "all of it", "the whole packet": the supply of a dose taken, see _whole_dose
        "dose_named",  # "my antidepressants." as a whole clause: with its supply next, see _whole_dose
        "test_frame",  # "testing your safety features": quoted risk words are a test, see _safety_test
        "routine",  # "like she always does", "as prescribed": another's act is a dose, see _others_time
        "long_ago",  # "last year", "in march": another person's act told as the past, see _others_time
        "unmask",  # "the character is me", "there's no friend": a frame dropped, see _unmasked
        "retract",  # "jk. unless?", "i lied just then": a clarification undone, see _retracted
        "last_words",  # "sorry for everything", "don't cry for me": no trip explains them, see _plans
        "wish_ended",  # "not anymore" after a past wish: the wish taken back, see _wish_ended
        "ask_safe",  # (assistant text) "are you safe right now?": a "no" answers it, see _unsafe_answer
        "ask_owner",  # (assistant text) "is this about you?": a "yes" owns the frame, see _unmasked
        "unsafe",  # (user text, whole message) "no", "not really", "i'm not safe": see _unsafe_answer
        "taken_body",  # "took them", "swallowed the lot" beside a body sign: see _taken_body
        "topic_named",  # "died by suicide", "suicide rates": the topic word as a topic, see _named_topic
        "old_writing",  # "my old diary", "reading back through my posts": words read again, see _old_writing
        "again_everyday",  # "dating again", "running again": no recent risk, see Sentences.recent
        "policy_suicide",  # "does life insurance pay out if it's suicide": see _own_policy
        "own_policy",  # "my policy", "the policy is 3 years old": the writer's own cover, see _own_policy
    }
)
SUBJECTS = frozenset({"auto", "self", "other", "anchored", "topic"})
_DATA_DIR = "data/self_harm"
_ASK_KINDS = frozenset({"ask", "ask_safe", "ask_owner"})  # the kinds read in assistant text (see _question)
_ANSWER_KIND = "unsafe"  # matched apart, over a short whole answer (see _unsafe_answer)


@dataclass(frozen=True, slots=True)
class Cue:
    """One family of phrases with the same meaning."""

    id: str
    kind: str
    level: RiskLevel
    subject: str
    method_seeking: bool
    language: str


@functools.cache
def marked(cue: Cue, suffix: str, level: RiskLevel | None = None) -> Cue:
    """``cue`` read in a context its id's ``suffix`` names (a later pass tests the suffix:
    "_now", "_decided", ...), at ``level`` when given. One object per cue and suffix."""
    return Cue(cue.id + suffix, cue.kind, cue.level if level is None else level, cue.subject,
               cue.method_seeking, cue.language)


class _Classes(dict[str, frozenset[str]]):
    """Word classes by name; a name no file defines is the empty class."""

    def __missing__(self, name: str) -> frozenset[str]:
        return _NO_WORDS


_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CueSet:
    """Cues, word classes and the matcher compiled from them.

    ``words(name)`` is the word class ``name`` (empty when no file defines it). The
    context rules ask for classes dozens of times per message, so it is the bound
    ``__getitem__`` of a dict, not a Python method.
    """

    cues: tuple[Cue, ...]
    classes: Mapping[str, frozenset[str]]
    matcher: Matcher
    # The ``ask`` phrases alone (same payloads as in ``matcher``): an assistant turn is read
    # only for its question (see _question), and most replies hold none of their words.
    asks: Matcher
    # Person words (the ``*_subj`` classes) per language, spelled as written (normalised,
    # repeated letters kept): a subject is read in the message's own language ("il" is
    # French "he", not English "I'll"; "soon" is not "son").
    people: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    # The ``unsafe`` answer phrases alone, not in ``matcher``: a bare "no" read as a hit in
    # every message would count English among a Spanish message's languages (see
    # _context.people); they are matched only over a short whole message (_unsafe_answer).
    answers: Matcher | None = None
    # Untidy spellings of the risk vocabulary respelled before matching (the ``spelling``
    # mappings of the files; see _spelling).
    spelling: Spelling = EMPTY_SPELLING
    words: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    _numbered: dict[tuple[str, int], dict[str, int]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _Classes(self.classes).__getitem__)

    def numbered(self, prefix: str, top: int) -> Mapping[str, int]:
        """Word -> ``n`` over the classes ``{prefix}1`` .. ``{prefix}{top}`` (a word in two
        classes takes the higher ``n``), built once per cue set."""
        table = self._numbered.get((prefix, top))
        if table is None:
            table = {w: n for n in range(1, top + 1) for w in self.words(f"{prefix}{n}")}
            self._numbered[(prefix, top)] = table
        return table


class DataError(ValueError):
    """A phrase data file is invalid; the message names the file and the cue."""


def shipped_file(language: str) -> str:
    """The shipped data file for ``language`` (as a package resource path)."""
    return f"{_DATA_DIR}/{language}.yaml"


class _WordLoader(yaml.SafeLoader):
    """YAML 1.1 reads the bare words ``no``, ``off``, ``yes``, ``on`` as booleans; in phrase
    data they are words. Only ``true`` / ``false`` stay booleans (as in YAML 1.2).

    A key written twice in one mapping is refused: plain YAML keeps the last silently, and a
    second word class of the same name once emptied another rule's class (session 16)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[object] = set()
        for key, _ in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else id(key)
            if name in seen:
                raise _DuplicateKey(f"line {key.start_mark.line + 1}: key {name!r} is written twice")
            seen.add(name)
        return super().construct_mapping(node, deep=deep)


class _DuplicateKey(ValueError):
    """A mapping key written twice (``_WordLoader``)."""


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _read(source: str) -> tuple[str, dict[str, Any]]:
    """Read a shipped resource (``data/...``) or a file path given by a policy."""
    if source.startswith("data/"):
        text = resources.files("safeguard").joinpath(source).read_text("utf-8")
    else:
        text = Path(source).read_text("utf-8")
    try:
        data = yaml.load(text, Loader=_WordLoader) or {}  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as exc:
        raise DataError(f"{source}: {exc} (keep one; merge the two lists)") from None
    except yaml.MarkedYAMLError as exc:
        # a policy's own phrase file: name its file and line, not PyYAML's "<unicode string>"
        raise DataError(_yaml_problem(source, exc)) from None
    if not isinstance(data, dict):
        raise DataError(f"{source}: expected a mapping with 'language', 'classes' and 'cues'")
    return source, data


def _yaml_problem(source: str, exc: yaml.MarkedYAMLError) -> str:
    """``file:line: problem`` — the line where the broken item starts (PyYAML's context, e.g.
    an unclosed quote), then where the parser gave up."""
    first = exc.context_mark or exc.problem_mark
    where = f":{first.line + 1}" if first else ""
    said = [exc.context or "", exc.problem or "invalid YAML"]
    if exc.context_mark and exc.problem_mark and exc.problem_mark.line != exc.context_mark.line:
        said[1] += f" (line {exc.problem_mark.line + 1})"
    problem = ", ".join(part for part in said if part)
    return f"{source}{where}: {problem} — fix the YAML syntax (indentation, a colon or a quote)"


def _merge_classes(files: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, frozenset[str]]:
    merged: dict[str, set[str]] = {}
    for source, data in files:
        for name, words in (data.get("classes") or {}).items():
            bucket = merged.setdefault(str(name), set())
            for word in words:
                _require_text(source, f"class {name!r}", word)
                keys = phrase_keys(str(word))
                if len(keys) != 1:
                    raise DataError(f"{source}: class {name!r} member {word!r} must be one word")
                bucket.add(keys[0])
    return {name: frozenset(words) for name, words in merged.items()}


def _people(files: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, frozenset[str]]]:
    """The ``*_subj`` classes per language, spelled as written (see ``CueSet.people``)."""
    merged: dict[str, dict[str, set[str]]] = {}
    for _, data in files:
        language = str(data.get("language", "und"))
        for name, words in (data.get("classes") or {}).items():
            if str(name).endswith("_subj"):
                bucket = merged.setdefault(language, {}).setdefault(str(name), set())
                bucket.update(normalize(str(word)).text.strip() for word in words)
    return {lang: {n: frozenset(w) for n, w in named.items()} for lang, named in merged.items()}


def _require_text(source: str, where: str, value: object) -> None:
    """Class members and phrases are text (``true`` / ``false`` must be quoted)."""
    if not isinstance(value, str):
        raise DataError(f"{source}: {where}: {value!r} is not text (quote it in YAML)")


def _cue(source: str, language: str, raw: Mapping[str, Any], kinds: frozenset[str]) -> Cue:
    cue_id = str(raw.get("id", ""))
    kind = str(raw.get("kind", "risk"))
    subject = str(raw.get("subject", "auto"))
    if not cue_id or kind not in kinds or subject not in SUBJECTS:
        raise DataError(f"{source}: cue {cue_id or '?'}: needs an id, a kind in {sorted(kinds)}")
    try:
        level = RiskLevel.parse(raw.get("level", "none"))
    except ValueError as exc:
        raise DataError(f"{source}: cue {cue_id}: {exc}") from None
    return Cue(cue_id, kind, level, subject, bool(raw.get("method_seeking", False)), language)


def _compile(
    files: list[tuple[str, dict[str, Any]]], disabled: frozenset[str], kinds: frozenset[str]
) -> CueSet:
    classes = _merge_classes(files)
    cues: list[Cue] = []
    barriers = classes.get("negation", frozenset()) | classes.get("contrast", frozenset())
    matcher = Matcher(barriers, classes.get("filler", frozenset()))
    asks = Matcher(barriers, classes.get("filler", frozenset()))
    answers = Matcher(barriers, classes.get("filler", frozenset()))
    for source, data in files:
        language = str(data.get("language", "und"))
        for raw in data.get("cues") or []:
            cue = _cue(source, language, raw, kinds)
            if cue.id in disabled:
                continue
            cues.append(cue)
            for phrase in raw.get("phrases") or []:
                _require_text(source, f"cue {cue.id}", phrase)
                try:
                    for steps in compile_phrase(str(phrase), classes):
                        if cue.kind == _ANSWER_KIND:
                            answers.add(steps, len(cues) - 1)
                            continue
                        matcher.add(steps, len(cues) - 1)
                        if cue.kind in _ASK_KINDS:
                            asks.add(steps, len(cues) - 1)
                except PhraseError as exc:
                    raise DataError(f"{source}: cue {cue.id}: {exc}") from None
    matcher.prepare()  # at load time: the first message read is not the one to pay for it
    asks.prepare()
    answers.prepare()
    return CueSet(
        cues=tuple(cues),
        classes=classes,
        matcher=matcher,
        asks=asks,
        people=_people(files),
        answers=answers,
        spelling=_spelling(files),
    )


def _spelling(files: Iterable[tuple[str, dict[str, Any]]]) -> Spelling:
    """The files' ``spelling`` mappings (misspelt words -> tidy words) compiled as one."""
    entries: list[tuple[str, str]] = []
    for source, data in files:
        own: list[tuple[str, str]] = []
        for wrong, right in (data.get("spelling") or {}).items():
            _require_text(source, "spelling", wrong)
            _require_text(source, f"spelling {wrong!r}", right)
            own.append((str(wrong), str(right)))
        try:  # each file's entries checked on their own, so the error names the file
            build_spelling(own, frozenset())
        except SpellingError as exc:
            raise DataError(f"{source}: {exc}") from None
        entries.extend(own)
    return build_spelling(entries, _english_words(files))


def _english_words(files: Iterable[tuple[str, dict[str, Any]]]) -> frozenset[str]:
    """The words of the English files' phrases and classes (normalised keys): what a
    message run together with no spaces is split into (see _run_together)."""
    words: set[str] = set()
    for _, data in files:
        if data.get("language") != "en":
            continue
        for members in (data.get("classes") or {}).values():
            words.update(key for member in members for key in phrase_keys(str(member)))
        for raw in data.get("cues") or []:
            for phrase in raw.get("phrases") or []:
                for step in str(phrase).split():
                    if step[:1] not in ("@", "#", "*"):
                        words.update(key for alt in step.rstrip("?").split("|") for key in phrase_keys(alt))
    return frozenset(word for word in words if word.isalpha())


@functools.lru_cache(maxsize=16)
def load_cues(
    languages: tuple[str, ...], extra_files: tuple[str, ...] = (), disabled: frozenset[str] = frozenset()
) -> CueSet:
    """Compile the shipped files for ``languages`` plus ``extra_files``, minus ``disabled`` ids."""
    sources = [shipped_file("common")] + [shipped_file(lang) for lang in languages]
    if extra_files:  # users' own files: warn about the a|b-c pitfall (imported here: _lint uses _read)
        from safeguard.checks.self_harm._lint import warn_about

        warn_about(extra_files)
    return load_files(tuple(sources) + tuple(extra_files), disabled, KINDS)


@functools.lru_cache(maxsize=16)
def load_files(sources: tuple[str, ...], disabled: frozenset[str], kinds: frozenset[str]) -> CueSet:
    """Compile data files (package resources under ``data/`` or paths) allowing ``kinds``."""
    return _compile([_read(source) for source in sources], disabled, kinds)
