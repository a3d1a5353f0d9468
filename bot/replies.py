"""What the journey answers with: text and buttons, free of any chat platform's types."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Button:
    """One choice. `data` comes back when tapped; `url` opens a link; `copy` copies text."""

    label: str
    data: str | None = None
    url: str | None = None
    copy: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the person. `text` is HTML with the person's words already escaped."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())


def rows(*buttons: Button, per_row: int = 1) -> tuple[tuple[Button, ...], ...]:
    """Lay buttons out `per_row` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))
