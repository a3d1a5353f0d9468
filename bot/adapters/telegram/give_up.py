"""An update given up (it kept failing, or each process before died with it): counted, and the
person, unless already answered, asked kindly to send it again, in the language the bot speaks
with them (bot/adapters/telegram/intake.py decides when)."""

from __future__ import annotations

import logging

from telegram import Update, User
from telegram.error import TelegramError
from telegram.ext import Application

from bot.runtime.metrics import UPDATES_GIVEN_UP
from content import Texts, pick_locale
from storage.db import DATABASE_AWAY
from storage.repositories import Store
from storage.repositories.inbox import InboxRepo

log = logging.getLogger(__name__)


async def give_up(
    application: Application,  # type: ignore[type-arg]
    store: Store,
    update: Update,
    tries: int,
    *,
    tell: bool = True,
) -> bool:
    """Counted; the person, unless already answered (or not to be `tell`-ed: told already),
    hears it went wrong and is asked to send it again (their words were not taken). Whether
    they were told."""
    UPDATES_GIVEN_UP.inc()
    log.error("update %s: given up after %d tries", update.update_id, tries)
    chat = update.effective_chat
    if not tell or chat is None or await _answered(store, update.update_id):
        return False
    texts = Texts(await spoken_language(store, chat.id, update.effective_user))
    try:
        await application.bot.send_message(chat.id, texts("error_resend"))
    except TelegramError as exc:
        log.warning("update %s: the note could not be sent (%s)", update.update_id, exc)
        return False
    return True


async def _answered(store: Store, update_id: int) -> bool:
    """Whether the journey took this update (and so answered it); unknown counts as not: the
    database that failed the update likely never took it."""
    try:
        async with store.unit() as repos:
            return await InboxRepo(repos.session).handled(update_id)
    except DATABASE_AWAY as exc:
        log.warning("update %s: cannot tell if it was answered (%s)", update_id, exc)
        return False
    except Exception:
        log.exception("update %s: asking whether it was answered failed", update_id)
        return False


async def spoken_language(store: Store, chat: int, user: User | None) -> str:
    """The language the bot speaks with this person (chosen in /settings, or picked when they
    began); Telegram's for someone new, or when the database cannot say."""
    try:
        async with store.unit() as repos:
            known = await repos.users.by_chat(chat)
    except DATABASE_AWAY as exc:
        log.warning("could not read a person's language (%s)", type(exc).__name__)
        known = None
    if known is not None:
        return known.language
    return pick_locale(user.language_code if user else None)
