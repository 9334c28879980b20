"""The writer's studies framing the topic, and a request said without a question mark.

Students name the topic for a course, not their state, often without a role word or a
question mark: "For my pharmacology exam: explain why NAC works in paracetamol overdose",
"Writing my master's thesis on suicide risk among farm workers. Looking for key studies",
"why did Durkheim split suicide into four types? for my sociology assignment". Read by
``_professional`` beside a named role:

- ``studies``: a word of study (class ``study_word``: exam, module, thesis, essay ...) with
  a word that makes it the writer's own course shortly before it ("my", "for", "our":
  class ``study_lead``): "for my music history class", "my english lit essay"; and no
  "i" or "i'm" anywhere (the writer speaks of the course, not of themselves);
- ``requests``: a word of a request for information (class ``request_word``: explain,
  summarise, studies, sources ...), which asks as a question mark does;
- ``stated_of_self``: the topic word said as the writer's state ("i'm suicidal", "i was
  suicidal", "feeling suicidal"): never a topic of study, whatever is around it.
"""

from __future__ import annotations

from safeguard.checks.self_harm._sentences import Place, Sentences

_LEAD = 3  # "my | english lit | essay", "for my | music history | class"
_STATE = 2  # "i'm | suicidal", "i was | suicidal", "feeling | suicidal"


def studies(msg: Sentences) -> bool:
    """The writer names their own course (see the module) and says nothing of themselves
    as a subject ("i", "i'm"): "for my university essay about suicide in Japan ... I ask
    because I am thinking to go" is a disclosure beside the course, not a question for it.
    """
    if not msg.mentions("study_word") or msg.mentions("clause_subject"):
        return False  # set tests: most messages
    keys, lead = msg.keys, msg.cues.words("study_lead")
    return any(not lead.isdisjoint(keys[max(0, i - _LEAD) : i]) for i in msg.positions("study_word"))


def requests(msg: Sentences) -> bool:
    """A word of a request for information anywhere in the message."""
    return msg.mentions("request_word")


def stated_of_self(msg: Sentences, at: Place) -> bool:
    """The topic word follows a word of the writer's state ("im", "was", "feeling")."""
    return msg.any_word("state_lead", max(at.low, at.first - _STATE), at.first)
