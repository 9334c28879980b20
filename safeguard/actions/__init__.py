"""Actions the policy can take. The engine applies them in a fixed order (see ``ORDER``)."""

from safeguard.actions._apply import ORDER, ActionContext, apply_actions

__all__ = ["ORDER", "ActionContext", "apply_actions"]
