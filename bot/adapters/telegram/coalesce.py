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


def coalesce(queue: deque[Update]) -> list[Update]:
    """Fold what waits behind `queue[0]` into it, in place; the updates folded in."""
    head, folded = queue[0], []
    text = _plain_text(head)
    if text is not None:
        parts = [text]
        while len(queue) > 1 and (more := _plain_text(queue[1])) is not None:
            if sum(map(len, parts)) + len(parts) + len(more) > JOINED_TEXT_MAX:
                break
            parts.append(more)
            folded.append(queue[1])
            del queue[1]
        if folded:
            queue[0] = _with_text(head, "\n".join(parts))
    elif (key := _repeat_key(head)) is not None:
        while len(queue) > 1 and _repeat_key(queue[1]) == key:
            folded.append(queue[1])
            del queue[1]
    return folded


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


def _with_text(update: Update, text: str) -> Update:
    """The same message (same update id, chat and sender) carrying `text`."""
    raw = update.to_dict()
    raw["message"]["text"] = text
    raw["message"].pop("entities", None)
    return Update.de_json(raw, update.get_bot())
