"""What the journey answers with: text, buttons, pictures, files; no platform types."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.chart import ChartLabels, DayPoint


@dataclass(frozen=True, slots=True)
class Button:
    """One choice. `data` comes back when tapped; `url` opens a link; `copy` copies text."""

    label: str
    data: str | None = None
    url: str | None = None
    copy: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    mime: str


@dataclass(frozen=True, slots=True)
class ChartRequest:
    """A chart to draw once the unit of work is committed (drawing runs off the event loop)."""

    points: tuple[DayPoint, ...]
    labels: ChartLabels


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the person. `text` is HTML with the person's words already escaped.

    With `photo` the text is the picture's caption; with `files` each file is sent as a document.
    """

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())
    photo: bytes | None = None
    chart: ChartRequest | None = None
    files: tuple[Attachment, ...] = ()


def rows(*buttons: Button, per_row: int = 1) -> tuple[tuple[Button, ...], ...]:
    """Lay buttons out `per_row` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))
