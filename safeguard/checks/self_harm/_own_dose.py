"""The writer's own act told as the day's dose: "took all my pills this morning as
prescribed", "every cold tablet in the house (as directed)".

"Took all my pills" is an overdose in the words people use for one, so it is read as an
act under way. Older writers and people on several medicines say the same words of the
day's doses. Another person's act told so is already nothing (see ``_others_time``); the
writer's own is read so only under stricter conditions, as a missed attempt is the worse
error:

- the act is of a family that a small dose explains (class ``dose_cue``: an act done or
  under way), and a routine phrase (context kind ``routine``: "as prescribed", "as
  directed") stands in its own sentence, not negated ("not as prescribed"), and names a
  prescriber's instruction (class ``own_routine``: "prescribed", "directed", or the
  prescriber in "like the doctor said"): "as usual" or "like i always do" of the writer's
  own act may tell a habit of overdosing;
- the message states no distress, wish or hopelessness of the writer's own (the caller
  checks it): "i'm so done with everything. took all my pills as prescribed lol" and
  "everything is hopeless. took all my pills as prescribed" keep the act.
"""

from __future__ import annotations

from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._others_time import routine_dose
from safeguard.checks.self_harm._sentences import Place, Sentences, family


def own_routine_dose(msg: Sentences, cue: Cue, at: Place) -> bool:
    """The writer's act (``cue`` at ``at``) is told as a routine dose in its sentence."""
    if family(cue.id) not in msg.cues.words("dose_cue"):
        return False  # nearly every signal: no act done
    return msg.any_word("own_routine", at.low, at.high) and routine_dose(msg, at)
