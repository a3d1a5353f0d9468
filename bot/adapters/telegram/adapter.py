"""Telegram, thinly: decode an update into `Incoming`, hand it to the journey, render replies."""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from collections import OrderedDict
from urllib.parse import quote

from telegram import (
    BotCommand,
    ChatMemberUpdated,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest
from telegram.warnings import PTBUserWarning

from bot.adapters.telegram.coalesce import folded_ids, joined_texts
from bot.adapters.telegram.give_up import spoken_language
from bot.adapters.telegram.updates import PerChatUpdateProcessor
from bot.delivery.backoff import Patience, wait_seconds
from bot.delivery.rate_limiter import Priority, PriorityRateLimiter, sending_as
from bot.delivery.replies import Button, Reply, combined, drawn, with_invite_links
from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, TransientFailure
from bot.journey import Incoming, Journey
from bot.runtime.metrics import RELAY_OUTCOMES, REPLIES_SENT, reply_failed, track_update
from content import DEFAULT_LOCALE, LOCALES, Texts

log = logging.getLogger(__name__)
# A reply is sent through `do_api_request` (see `TelegramSender._send`); PTB would otherwise warn
# that `send_message` exists.
warnings.filterwarnings(
    "ignore", message=r"Please use 'Bot\.send_message'", category=PTBUserWarning
)

COMMANDS = (
    "start", "status", "progress", "journal", "reflect", "settings", "pause", "resume", "stop",
    "cancel", "export", "delete", "help",
)  # fmt: skip
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CAPTION_LIMIT = 1024
COPY_TEXT_LIMIT = 256  # characters a copy-text button can carry
SHARE_URL = "https://t.me/share/url?url="
SHARE_URL_LIMIT = 2000  # keep a share link well inside what clients open
START_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a t.me/<bot>?start= link can carry
# NUL breaks PostgreSQL text; a lone surrogate cannot be encoded at all. Neither is a character.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLY_RETRY_SECONDS = 30.0  # how long a reply is retried through a passing fault


def storable(text: str) -> str:
    """The person's words without what no database can keep (NUL, lone surrogates)."""
    return UNSTORABLE.sub("", text)


def _not_modified(exc: BadRequest) -> bool:
    return "message is not modified" in exc.message.lower()


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """The reply's buttons for Telegram; a copy or share too long for Telegram is left out."""
    rows = [[b for b in (_button(b) for b in row) if b is not None] for row in reply.buttons]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def _button(b: Button) -> InlineKeyboardButton | None:
    if b.share is not None:
        url = SHARE_URL + quote(b.share, safe="")
        return InlineKeyboardButton(b.label, url=url) if len(url) <= SHARE_URL_LIMIT else None
    if b.copy is not None:
        fits = len(b.copy) <= COPY_TEXT_LIMIT
        return InlineKeyboardButton(b.label, copy_text=CopyTextButton(b.copy)) if fits else None
    if b.url:
        return InlineKeyboardButton(b.label, url=b.url)
    return InlineKeyboardButton(b.label, callback_data=b.data)


class TelegramSender:
    """Sends journey replies through a PTB bot, translating its errors for the dispatcher.

    `priority` tells the shared rate limiter whose message this is: replies go first, nudges
    use what replies leave free.
    """

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        priority: Priority = Priority.REPLY,
    ) -> None:
        self.bot = application.bot
        self.priority = priority

    def invite_link(self, token: str) -> str:
        """The bot's own link that opens it with /start <token> (the username from getMe)."""
        if not START_PAYLOAD.fullmatch(token):
            raise PermanentFailure("an invitation token Telegram cannot carry")
        return f"https://t.me/{self.bot.username}?start={token}"

    async def send(self, chat_id: int, reply: Reply) -> None:
        try:
            with sending_as(self.priority):
                await self._send(chat_id, reply)
        except Forbidden as exc:
            raise Blocked(str(exc)) from exc
        except RetryAfter as exc:
            raise RetryLater(wait_seconds(exc.retry_after)) from exc
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                raise Blocked(exc.message) from exc
            raise PermanentFailure(exc.message) from exc
        except TelegramError as exc:  # 5xx, timeouts, resets, a garbled answer: all pass
            raise TransientFailure(type(exc).__name__) from exc

    async def _send(self, chat_id: int, reply: Reply) -> None:
        reply = with_invite_links(await drawn(reply), self.invite_link)
        markup = keyboard(reply)
        if reply.photo is not None:
            fits = len(reply.text) <= CAPTION_LIMIT
            await self.bot.send_photo(
                chat_id,
                InputFile(reply.photo, filename="week.png"),
                caption=reply.text if fits else None,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if fits else None,
                disable_notification=reply.silent,
            )
            if fits:
                return
        if reply.files:
            for index, item in enumerate(reply.files):
                await self.bot.send_document(
                    chat_id,
                    InputFile(item.data, filename=item.filename),
                    caption=reply.text if index == 0 else None,
                    parse_mode=ParseMode.HTML,
                    disable_notification=reply.silent,
                )
            return
        # `send_message`'s request, without reading the answer into a Message nobody uses
        # (that parse was a tenth of an update's CPU, benchmarks/intake_cpu.py).
        await self.bot.do_api_request(
            "send_message",
            api_kwargs={
                "chat_id": chat_id,
                "text": reply.text,
                "parse_mode": ParseMode.HTML,
                "reply_markup": markup,
                "link_preview_options": NO_PREVIEW,
                "disable_notification": reply.silent,
            },
        )

    async def send_patiently(self, chat_id: int, reply: Reply, patience: Patience) -> None:
        """Send, retrying transient failures and RetryAfter with backoff while `patience` lasts.

        Only this chat's update waits meanwhile: other chats' updates run beside it.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + patience.within
        backoff = patience.backoff()
        while True:
            try:
                await self.send(chat_id, reply)
                return
            except (TransientFailure, RetryLater) as exc:
                wait = exc.seconds if isinstance(exc, RetryLater) else backoff.next_delay()
                if backoff.waited + wait > patience.within or loop.time() + wait > deadline:
                    raise
                backoff.warn(log, "reply failed (%s)", type(exc).__name__, delay=wait)
                await backoff.wait(wait)


class TelegramHandlers:
    """The PTB callbacks. Each one decodes, calls the journey, renders; nothing else."""

    def __init__(
        self,
        journey: Journey,
        sender: TelegramSender,
        patience: Patience | None = None,
    ) -> None:
        self.journey = journey
        self.sender = sender
        self.patience = patience or Patience()
        self._cleared: OrderedDict[tuple[int, int], None] = OrderedDict()

    async def _reply(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, msg: Incoming
    ) -> None:
        with track_update(msg.kind, msg.update_id, msg.chat_id):
            replies = await self.journey.handle(msg)
            try:
                for reply in combined(replies):  # one turn's texts in as few messages as fit
                    if reply.relay_id is not None:
                        await self._send_other(reply)
                        continue
                    await self.sender.send_patiently(msg.chat_id, reply, self.patience)
                    REPLIES_SENT.inc()
            except Blocked as exc:
                reply_failed(exc)
                await self.journey.set_reachable(msg.chat_id, False)
            except (TransientFailure, RetryLater, PermanentFailure) as exc:
                # The state has moved on to a question the person never saw: ask it next time.
                reply_failed(exc)
                log.error("reply undelivered (%s); the next message re-asks", type(exc).__name__)
                await self.journey.reply_undelivered(msg.chat_id)

    async def on_flood(self, update: Update) -> None:
        """One calm word to a person writing faster than they can be answered."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        texts = Texts(await spoken_language(self.journey.store, chat.id, user))
        try:
            await self.sender.send(chat.id, Reply(texts("flood_wait")))
        except (Blocked, RetryLater, TransientFailure, PermanentFailure) as exc:
            log.info("flood note not sent (%s)", type(exc).__name__)  # a courtesy: replies come
        except Exception:
            log.exception("flood note not sent")

    async def _send_other(self, reply: Reply) -> None:
        """A message for the other side of an anchor link, already kept in the outbox: sent at
        once if it can be; if not, the dispatcher sends it (bot/delivery/outbox.py). A
        blocked recipient is marked unreachable there; the outbox's report tells the one who
        wrote what became of a care message or a "still in?", in the journey's words."""
        status = await self.journey.outbox.send_now(reply, self.sender)
        RELAY_OUTCOMES.labels(status or "later", "now").inc()

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text or update.effective_chat is None:
            return
        name, _, arg = message.text.partition(" ")
        name = name[1:].split("@")[0]
        await self._reply(update, context, self._incoming(update, "command", name, arg.strip()))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or update.effective_chat is None:
            return
        await self._reply(update, context, self._incoming(update, "text", message.text or ""))

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_chat is None or update.effective_message is None:
            return
        caption = update.effective_message.caption or ""
        await self._reply(update, context, self._incoming(update, "other", caption))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or update.effective_chat is None:
            return
        try:
            await query.answer()
        except TelegramError:
            log.debug("callback answer failed", exc_info=True)
        await self._clear_keyboard(update)
        await self._reply(update, context, self._incoming(update, "button", query.data or ""))

    async def _clear_keyboard(self, update: Update) -> None:
        """Take the buttons off the tapped message so an answer can't be given twice by accident.

        Not for a message Telegram reports as inaccessible (it cannot be edited), nor twice for
        one message (a double tap): both would only earn an error.
        """
        query = update.callback_query
        if query is None or not isinstance(query.message, Message):
            return
        message = query.message
        if message.reply_markup is None:
            return
        key = (message.chat.id, message.message_id)
        if key in self._cleared:
            return
        self._cleared[key] = None
        if len(self._cleared) > 10_000:
            self._cleared.popitem(last=False)
        try:
            await message.edit_reply_markup(None)
        except BadRequest as exc:
            if not _not_modified(exc):  # "not modified": the buttons are already gone
                log.debug("could not clear keyboard: %s", exc.message)
        except TelegramError:
            log.debug("could not clear keyboard", exc_info=True)

    async def on_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change: ChatMemberUpdated | None = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        reachable = status not in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT)
        with track_update("member", update.update_id, change.chat.id):
            await self.journey.set_reachable(change.chat.id, reachable)

    def _incoming(self, update: Update, kind: str, value: str = "", arg: str = "") -> Incoming:
        user = update.effective_user
        chat = update.effective_chat
        assert chat is not None
        return Incoming(
            chat_id=chat.id,
            kind=kind,  # type: ignore[arg-type]
            value=storable(value),
            language_code=user.language_code if user else None,
            update_id=update.update_id,
            arg=arg,
            first_name=user.first_name if user else None,
            folded=folded_ids(update),
            pieces=tuple(storable(piece) for piece in joined_texts(update)),
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log without the person's words. The intake tries the update again, and if it keeps
    failing, asks the person kindly to send it again (bot/polling.py)."""
    log.error(
        "error while handling an update: %s", type(context.error).__name__, exc_info=context.error
    )


async def register_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Show the command menu in each language; the bot runs on if Telegram refuses."""
    for locale in LOCALES:
        texts = Texts(locale)
        commands = [BotCommand(c, texts.plain(f"cmd_{c}")) for c in COMMANDS]
        language = None if locale == DEFAULT_LOCALE else locale
        try:
            await application.bot.set_my_commands(commands, language_code=language)
        except TelegramError as exc:
            log.warning("could not register the command menu (%s): %s", locale, exc)


def build_application(
    journey: Journey,
    token: str,
    *,
    base_url: str | None = None,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
    reply_retry_seconds: float = REPLY_RETRY_SECONDS,
    reply_patience: Patience | None = None,
    limiter: PriorityRateLimiter | None = None,
    max_concurrent_updates: int = 64,
    flood_per_minute: int = 0,
) -> Application:  # type: ignore[type-arg]
    """The PTB Application. `reply_patience` (or just its window, `reply_retry_seconds`) says how
    a reply that meets a passing fault is tried again; `limiter` replaces Telegram's figures;
    `flood_per_minute` (0: off) is how many updates a minute a chat sends before "one moment"."""
    builder = ApplicationBuilder().token(token)
    if base_url:
        builder = builder.base_url(f"{base_url}/bot").base_file_url(f"{base_url}/file/bot")
    if request is None:  # aiohttp, imported only by a bot that talks to Telegram
        from bot.adapters.telegram.transport import AiohttpRequest

        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connection_pool_size=1)
        )
    else:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit or limiter is not None:
        builder = builder.rate_limiter(limiter or PriorityRateLimiter())  # type: ignore[arg-type]
    # No Updater: it acknowledges updates before they are handled; our own poller
    # (bot/adapters/telegram/polling.py) polls instead.
    builder = builder.updater(None)
    processor = PerChatUpdateProcessor(max_concurrent_updates, flood_per_minute)
    application = builder.concurrent_updates(processor).build()
    patience = reply_patience or Patience(within=reply_retry_seconds)
    handlers = TelegramHandlers(journey, TelegramSender(application), patience)
    processor.on_flood = handlers.on_flood
    private = filters.ChatType.PRIVATE
    application.add_handler(ChatMemberHandler(handlers.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(MessageHandler(private & filters.COMMAND, handlers.on_command))
    application.add_handler(MessageHandler(private & filters.TEXT, handlers.on_text))
    application.add_handler(MessageHandler(private & ~filters.StatusUpdate.ALL, handlers.on_other))
    application.add_error_handler(on_error)
    return application
