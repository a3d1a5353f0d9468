"""What the journey answers with: text, buttons, pictures, files; no platform types."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.charts.data import (
    ChartLabels,
    DayPoint,
    WeekLine,
    WeeksLabels,
    render_week_chart,
    render_weeks_chart,
)
from storage.nudge_enums import RelayKind

log = logging.getLogger(__name__)


INVITE_LINK = "{invite-link}"  # where an invitation's link stands in the journey's words


@dataclass(frozen=True, slots=True)
class Button:
    """One choice. `data` comes back when tapped; `url` opens a link.

    `copy` is text to copy and `share` text to send on to someone: each adapter decides how
    (Telegram: a copy-text button and a t.me share link, within its limits; the console prints it).
    `invite` is the token of an invitation to join: the adapter builds its link (Telegram: the
    bot's own t.me link, within Telegram's limits) and puts it where `INVITE_LINK` stands in the
    button's copy or share text and in the reply's words (see `with_invite_links`).
    """

    label: str
    data: str | None = None
    url: str | None = None
    copy: str | None = None
    share: str | None = None
    invite: str | None = None


def with_invite_links(reply: Reply, link: Callable[[str], str]) -> Reply:
    """The reply with each invitation's link, built by the adapter's `link(token)`, where the
    journey left `INVITE_LINK`: in each inviting button's copy or share text, and in the words
    (the first invitation's)."""
    tokens = [b.invite for row in reply.buttons for b in row if b.invite]
    if not tokens:
        return reply

    def fill(text: str | None, token: str) -> str | None:
        return text.replace(INVITE_LINK, link(token)) if text else text

    buttons = tuple(
        tuple(
            dataclasses.replace(b, copy=fill(b.copy, b.invite), share=fill(b.share, b.invite))
            if b.invite
            else b
            for b in row
        )
        for row in reply.buttons
    )
    return dataclasses.replace(reply, text=fill(reply.text, tokens[0]) or "", buttons=buttons)


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

    def draw(self) -> bytes:
        return render_week_chart(self.points, self.labels)


@dataclass(frozen=True, slots=True)
class WeeksChartRequest:
    """Every week so far on one chart, oldest first (the last one is emphasised); drawn like
    `ChartRequest`."""

    weeks: tuple[WeekLine, ...]
    labels: WeeksLabels

    def draw(self) -> bytes:
        return render_weeks_chart(self.weeks, self.labels)


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the person. `text` is HTML with the person's words already escaped.

    With `photo` the text is the picture's caption; with `files` each file is sent as a document.
    `erased` marks the answer to a confirmed /delete: an adapter removes what it keeps for the
    person outside the database (the console's saved files).
    `to_chat` sends the message to another person's chat instead (an anchor's answer, a message
    between the person and their anchor); such a message is kept in the outbox
    (bot/delivery/outbox.py) and `relay_id` names its row there.
    `silent` delivers without a sound or a buzz (the recipient's quiet hours, see
    bot/delivery/outbox.py).
    `kind` says what a message to another chat is: the sender hears whether a crisis message to
    an anchor arrived, and whether a "still in?" could not reach its anchor.
    `durable` keeps a message to the person's own chat in the outbox too: the confirmation of
    something sent to another chat ("Sent to Alex") survives a crash with what it confirms.
    """

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())
    photo: bytes | None = None
    chart: ChartRequest | WeeksChartRequest | None = None
    files: tuple[Attachment, ...] = ()
    erased: bool = False
    to_chat: int | None = None  # another chat (the anchor, or the person they support)
    relay_id: int | None = None  # its row in the outbox, once written
    silent: bool = False
    kind: RelayKind = RelayKind.MESSAGE
    durable: bool = False


MESSAGE_LIMIT = 4096  # characters in one Telegram message (HTML counts at least as many)
PARAGRAPH = "\n\n"


def _plain(reply: Reply) -> bool:
    """Words only, to the person's own chat: such replies can share one message."""
    return (
        reply.photo is None and reply.chart is None and not reply.files and not reply.erased
        and reply.to_chat is None and reply.relay_id is None
    )  # fmt: skip


def combined(replies: list[Reply]) -> list[Reply]:
    """The replies of one turn with neighbouring texts joined into one message where they fit.

    A text joins the next one only if it has no buttons of its own (buttons stay on the last
    message, under the words they answer) and the two fit in one message. The person reads the
    same words in the same order, in fewer messages: with about one message a second per chat,
    a three-message turn otherwise takes seconds to arrive.
    """
    out: list[Reply] = []
    for reply in replies:
        last = out[-1] if out else None
        if (
            last is not None and _plain(last) and _plain(reply) and not last.buttons
            and last.silent == reply.silent
            and len(last.text) + len(PARAGRAPH) + len(reply.text) <= MESSAGE_LIMIT
        ):  # fmt: skip
            out[-1] = dataclasses.replace(reply, text=last.text + PARAGRAPH + reply.text)
        else:
            out.append(reply)
    return out


def rows(*buttons: Button, per_row: int = 1) -> tuple[tuple[Button, ...], ...]:
    """Lay buttons out `per_row` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


async def drawn(reply: Reply) -> Reply:
    """The reply with its requested chart drawn (in a worker thread, so other chats keep flowing).

    Adapters call this just before sending: the journey and the dispatcher never load the
    plotting library. If the picture cannot be drawn, the words still go out.
    """
    if reply.chart is None:
        return reply
    try:  # the plotting library loads on the first chart
        png = await asyncio.to_thread(reply.chart.draw)
    except Exception:  # a bug in the drawing: the words still go out
        log.exception("chart could not be drawn")
        return dataclasses.replace(reply, chart=None)
    return dataclasses.replace(reply, photo=png, chart=None)
