"""The one-week practice as plain Python: given what the person did, decide what comes next.

No chat platform and no plotting library is imported here. Adapters turn their updates into
`Incoming` and render the returned `Reply` objects (drawing charts, building share and invitation
links); the dispatcher asks `Journey.nudge_reply` for the words of a due nudge. Each step is
declared once (`engine.StepDef`) in its module's `Part`; `flow.build_flow` puts them together
and `flow.Journey` is the front door; `engine` routes, `pickers` holds the sub-flows.

Importing this package loads nothing else: `bot.journey.taps` alone stays light, and
`Incoming`, `Journey` and `Turn` are loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.journey.core import Incoming, Turn
    from bot.journey.flow import Journey

__all__ = ["Incoming", "Journey", "Turn"]
_HOMES = {"Incoming": "bot.journey.core", "Turn": "bot.journey.core", "Journey": "bot.journey.flow"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
