"""The one-week practice as plain Python: given what the person did, decide what comes next.

No chat platform is imported here. Adapters turn their updates into `Incoming` and render the
returned `Reply` objects; the dispatcher asks `Journey.nudge_reply` for the words of a due nudge.
`flow` routes every input; the other modules each own one part of the week.
"""

from bot.journey.core import Incoming, Turn
from bot.journey.flow import Journey

__all__ = ["Incoming", "Journey", "Turn"]
