"""The one-week practice as plain Python: given what the person did, decide what comes next.

No chat platform and no plotting library is imported here. Adapters turn their updates into
`Incoming` and render the returned `Reply` objects (drawing charts, building share links); the
dispatcher asks `Journey.nudge_reply` for the words of a due nudge. Each step is declared once
(`engine.StepDef`); `flow` is the front door, `engine` routes, `pickers` holds the sub-flows.
"""

from bot.journey.core import Incoming, Turn
from bot.journey.flow import Journey

__all__ = ["Incoming", "Journey", "Turn"]
