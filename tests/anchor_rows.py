"""A week's anchor rows as the tests read and build them."""

from __future__ import annotations

from storage.models import Anchor, Week


def of(week: Week, no: int = 1) -> Anchor:
    """The week's anchor in position `no`, or an empty row (every field None) if it has none."""
    return week.anchor_at(no) or Anchor()


def rows(*names: str, **first: str | None) -> list[Anchor]:
    """Anchor rows named in order; `first`'s fields go to the first ("support_kind", …), and a
    later one is fully added (a request drafted)."""
    out = [Anchor(position=1, name=names[0], **first)]
    out += [Anchor(position=n, name=name, request_text="…") for n, name in enumerate(names[1:], 2)]
    return out
