"""The writer's studies framing the topic, and a request said without a question mark.

Students name the topic for a course, not their state, often without a role word or a
question mark: "For my pharmacology exam: explain why NAC works in paracetamol overdose",
"Writing my master's thesis on suicide risk among farm workers. Looking for key studies",
"why did Durkheim split suicide into four types? for my sociology assignment". Read by
``_professional`` beside a named role:

- ``studies``: a word of study (class ``study_word``: exam, module, thesis, essay ...) with
  a word that makes it the writer's own course shortly before it ("my", "for", "our":
  class ``study_lead``): "for my music history class", "my english lit essay"; and every
  "i" or "i'm" of the message a student's doing (class ``study_doing`` right after it: "i
  keep mixing up", "i need the mechanism", "i'm revising"): the writer speaks of the
  course, not of themselves. Any other "i" ("... I ask because I am thinking to go") is a
  disclosure beside the course;
- ``studies_only``: the course named and no "i" at all, so the writer's words of a state
  ("passive vs active ideation for my psych exam") are the course's terms;
- ``requests``: a word of a request for information (class ``request_word``: explain,
  summarise, studies, sources ...), which asks as a question mark does;
- ``stated_of_self``: the topic word said as the writer's state ("i'm suicidal", "i was
  suicidal", "feeling suicidal"): never a topic of study, whatever is around it.
"""

from __future__ import annotations

from safeguard.checks.self_harm._sentences import Place, Sentences

_LEAD = 4  # "my | english lit | essay", "for my | music history | class", "for a | med school | presentation"
_STATE = 2  # "i'm | suicidal", "i was | suicidal", "feeling | suicidal"
_DOING = 3  # "i | keep | mixing up", "i | still | don't | get", "i'm | revising"


def studies(msg: Sentences) -> bool:
    """The writer names their own course (see the module) and says nothing of themselves
    as a subject ("i", "i'm"): "for my university essay about suicide in Japan ... I ask
    because I am thinking to go" is a disclosure beside the course, not a question for it.
    """
    if not msg.mentions("study_word"):
        return False  # set test: most messages
    if msg.mentions("clause_subject") and not all(_doing(msg, i) for i in msg.positions("clause_subject")):
        return False
    return _course(msg)


def studies_only(msg: Sentences) -> bool:
    """The writer names their own course and never says "i": a question of the course's
    terms ("passive vs active ideation for my psych exam"), whatever words of a state it
    uses. A student telling their own state says "i" ("for my exam, i have passive
    ideation"): not this."""
    if not msg.mentions("study_word") or msg.mentions("clause_subject"):
        return False  # set tests: most messages
    return _course(msg)


def _course(msg: Sentences) -> bool:
    """A study word made the writer's own by a lead word shortly before it."""
    keys, lead = msg.keys, msg.cues.words("study_lead")
    return any(not lead.isdisjoint(keys[max(0, i - _LEAD) : i]) for i in msg.positions("study_word"))


def _doing(msg: Sentences, at: int) -> bool:
    """The writer's "i" at ``at`` starts a student's doing: a word of class
    ``study_doing`` ("keep", "need", "understand", "revising") within a few words after it,
    before any other word of a clause ("i keep | mixing up", "i | really | need")."""
    keys, doing, soft = msg.keys, msg.cues.words("study_doing"), msg.cues.words("study_soft")
    for k in keys[at + 1 : at + 1 + _DOING]:
        if k in doing:
            return True
        if k not in soft:
            return False
    return False


def requests(msg: Sentences) -> bool:
    """A word of a request for information anywhere in the message."""
    return msg.mentions("request_word")


def stated_of_self(msg: Sentences, at: Place) -> bool:
    """The topic word follows a word of the writer's state ("im", "was", "feeling")."""
    return msg.any_word("state_lead", max(at.low, at.first - _STATE), at.first)
