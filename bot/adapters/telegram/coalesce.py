"""What a flooding chat's queue becomes before its next turn: what waits behind the head folded
into it, so one account cannot take the whole bot (the intake, intake.py, decides when).

Following texts are joined to a text (up to Telegram's 4,096 characters; a text longer than its
step takes goes through the step's long-text keep, so no word is lost); repeated identical taps
or commands count once.
"""

from __future__ import annotations

from collections import deque

from telegram import Update

JOINED_TEXT_MAX = 4096  # Telegram's longest message: a flooding chat's waiting texts, joined
FOLDED = "secure_base_folded"  # our key, beside Telegram's: the ids joined into an update
PIECES = "secure_base_pieces"  # ...and the texts joined into its text, one by one


def coalesce(queue: deque[Update]) -> list[Update]:
    """Fold what waits behind `queue[0]` into it, in place; the updates folded in. The head
    then carries their ids (`folded_ids`): the journey takes them with it, so after a crash
    none of them is handled again on its own."""
    head, folded = queue[0], []
    raw = head.to_dict()
    text = _plain_text(head)
    if text is not None:
        parts = list(joined_texts(head)) or [text]
        while len(queue) > 1 and (more := _plain_text(queue[1])) is not None:
            if sum(map(len, parts)) + len(parts) + len(more) > JOINED_TEXT_MAX:
                break
            parts.append(more)
            folded.append(queue[1])
            del queue[1]
        raw["message"]["text"] = "\n".join(parts)
        raw["message"].pop("entities", None)
        raw[PIECES] = parts
    elif (key := _repeat_key(head)) is not None:
        while len(queue) > 1 and _repeat_key(queue[1]) == key:
            folded.append(queue[1])
            del queue[1]
    if folded:
        raw[FOLDED] = [*folded_ids(head), *(u.update_id for u in folded)]
        queue[0] = Update.de_json(raw, head.get_bot())  # same update id, chat and sender
    return folded


def folded_ids(update: Update) -> tuple[int, ...]:
    """The ids of the updates folded into this one (none: it stands alone)."""
    return tuple(update.api_kwargs.get(FOLDED, ()))


def joined_texts(update: Update) -> tuple[str, ...]:
    """The typed messages joined into this one's text, in order (none: it stands alone)."""
    return tuple(update.api_kwargs.get(PIECES, ()))


def _plain_text(update: Update) -> str | None:
    """The words of a typed message that is not a command (None for anything else)."""
    message = update.message
    if message is None or not message.text or message.text.startswith("/"):
        return None
    return message.text


def _repeat_key(update: Update) -> tuple[str, str] | None:
    """What makes two taps or two commands the same (None: neither)."""
    if update.callback_query is not None and update.callback_query.data:
        return "tap", update.callback_query.data
    message = update.message
    if message is not None and message.text and message.text.startswith("/"):
        return "command", message.text
    return None
