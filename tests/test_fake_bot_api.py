"""Tests proving FakeBotApi works underneath a real PTB Application."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fake_bot_api import BOT_ID, BOT_USERNAME, FakeBotApi, UpdateFactory

CHAT = 4242


@pytest.fixture
def fake() -> FakeBotApi:
    return FakeBotApi()


@pytest.fixture
def factory() -> UpdateFactory:
    return UpdateFactory()


@pytest.fixture
async def app(fake: FakeBotApi) -> AsyncIterator[Application]:
    application = (
        ApplicationBuilder().token("123:ABC").request(fake).get_updates_request(fake).build()
    )
    await application.initialize()
    yield application
    await application.shutdown()


async def feed(app: Application, update: dict) -> None:
    await app.process_update(Update.de_json(update, app.bot))


async def test_get_me_on_initialize(app: Application, fake: FakeBotApi) -> None:
    assert app.bot.id == BOT_ID
    assert app.bot.username == BOT_USERNAME
    assert [c.method for c in fake.calls] == ["getMe"]


async def test_command_handler_reply_is_recorded(
    app: Application, fake: FakeBotApi, factory: UpdateFactory
) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_user is not None and update.effective_user.id == CHAT
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
        msg = await update.effective_message.reply_text("Welcome", reply_markup=keyboard)
        assert msg.chat.id == CHAT and msg.text == "Welcome"
        assert msg.reply_markup == keyboard
        await msg.edit_text("Welcome back")

    app.add_handler(CommandHandler("start", start))
    fake.clear()
    await feed(app, factory.message(CHAT, "/start payload"))

    assert fake.sent_texts(CHAT) == ["Welcome", "Welcome back"]
    assert fake.sent_texts(CHAT + 1) == []
    assert fake.last_keyboard(CHAT) == [[{"text": "Yes", "callback_data": "yes"}]]
    send = fake.calls_to("sendMessage")[0]
    assert send.params["chat_id"] == CHAT and send.ok


async def test_message_ids_increase(app: Application, fake: FakeBotApi) -> None:
    a = await app.bot.send_message(CHAT, "one")
    b = await app.bot.send_message(CHAT, "two")
    assert b.message_id > a.message_id


async def test_callback_sticker_photo_and_member_updates(
    app: Application, fake: FakeBotApi, factory: UpdateFactory
) -> None:
    seen: list[str] = []

    async def on_cb(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        q = update.callback_query
        assert q is not None and q.message is not None
        seen.append(f"cb:{q.data}")
        await q.answer()
        await q.edit_message_reply_markup(None)

    async def on_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        m = update.effective_message
        seen.append("sticker" if m.sticker else "photo")

    async def on_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update.my_chat_member.new_chat_member.status)

    app.add_handler(CallbackQueryHandler(on_cb))
    app.add_handler(MessageHandler(filters.Sticker.ALL | filters.PHOTO, on_media))
    app.add_handler(ChatMemberHandler(on_member, ChatMemberHandler.MY_CHAT_MEMBER))

    await feed(app, factory.callback(CHAT, "mood:ok", message_id=7))
    await feed(app, factory.sticker(CHAT))
    await feed(app, factory.photo(CHAT))
    await feed(app, factory.my_chat_member(CHAT, "kicked"))

    assert seen == ["cb:mood:ok", "sticker", "photo", "kicked"]
    assert len(fake.calls_to("answerCallbackQuery")) == 1
    assert fake.calls_to("editMessageReplyMarkup")[0].params["message_id"] == 7


async def test_update_ids_increase_and_same(factory: UpdateFactory) -> None:
    a = factory.message(CHAT, "hi")
    b = factory.callback(CHAT, "x")
    assert b["update_id"] == a["update_id"] + 1
    assert factory.same(a) is a
    assert "entities" not in a["message"]


# PTB 22 itself warns about RetryAfter.retry_after becoming a timedelta; not our concern here.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_forbidden_and_retry_after(app: Application, fake: FakeBotApi) -> None:
    fake.fail_next("sendMessage", error="forbidden")
    with pytest.raises(Forbidden, match="blocked"):
        await app.bot.send_message(CHAT, "hello")

    fake.fail_next("sendMessage", error="retry_after", retry_after=3)
    # Message is "Retry in 3 seconds" (int) or "Retry in 0:00:03" (PTB_TIMEDELTA opt-in).
    with pytest.raises(RetryAfter, match=r"Retry in (3 seconds|0:00:03)"):
        await app.bot.send_message(CHAT, "hello")

    fake.fail_next("sendMessage", error="bad_request", description="Bad Request: chat not found")
    with pytest.raises(BadRequest, match="Chat not found"):
        await app.bot.send_message(CHAT, "hello")

    fake.fail_next("sendMessage", error="network")
    with pytest.raises(NetworkError):
        await app.bot.send_message(CHAT, "hello")

    await app.bot.send_message(CHAT, "finally")  # rules were one-shot
    assert fake.sent_texts(CHAT) == ["finally"]
    errors = [c.error for c in fake.calls_to("sendMessage")]
    assert errors == ["forbidden", "retry_after", "bad_request", "network", None]


async def test_fail_next_scoped_to_chat_and_times(app: Application, fake: FakeBotApi) -> None:
    fake.fail_next("sendMessage", chat_id=1, times=2)
    await app.bot.send_message(2, "other chat unaffected")
    for _ in range(2):
        with pytest.raises(Forbidden):
            await app.bot.send_message(1, "x")
    await app.bot.send_message(1, "ok now")
    assert fake.sent_texts() == ["other chat unaffected", "ok now"]


async def test_fail_method_always_and_block_chat(app: Application, fake: FakeBotApi) -> None:
    fake.fail_method_always("setMyCommands", "bad_request")
    for _ in range(3):
        with pytest.raises(BadRequest):
            await app.bot.set_my_commands([("start", "Start")])
    fake.reset_failures("setMyCommands")
    assert await app.bot.set_my_commands([("start", "Start")]) is True

    fake.block_chat(CHAT)
    with pytest.raises(Forbidden):
        await app.bot.send_message(CHAT, "a")
    with pytest.raises(Forbidden):
        await app.bot.send_chat_action(CHAT, "typing")
    await app.bot.send_message(CHAT + 1, "b")
    fake.unblock_chat(CHAT)
    await app.bot.send_message(CHAT, "c")
    assert fake.sent_texts() == ["b", "c"]


async def test_send_photo_and_document_record_files(app: Application, fake: FakeBotApi) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    msg = await app.bot.send_photo(CHAT, photo=png, caption="A calm place", filename="calm.png")
    assert msg.caption == "A calm place" and msg.photo
    await app.bot.send_document(CHAT, document=b"%PDF-1.4", filename="guide.pdf", caption="Guide")

    photo_call, doc_call = fake.calls_to("sendPhoto")[0], fake.calls_to("sendDocument")[0]
    assert photo_call.files == {"photo": ("calm.png", png)}
    assert doc_call.files == {"document": ("guide.pdf", b"%PDF-1.4")}
    assert "photo" not in photo_call.params
    assert fake.sent_texts(CHAT) == ["A calm place", "Guide"]


async def test_polling_delivers_pushed_update(
    app: Application, fake: FakeBotApi, factory: UpdateFactory
) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    await app.start()
    await app.updater.start_polling()
    try:
        fake.push_update(factory.message(CHAT, "hello"))
        fake.push_update(factory.message(CHAT, "again"))
        await fake.wait_for("sendMessage", count=2)
    finally:
        await app.updater.stop()
        await app.stop()

    assert fake.sent_texts(CHAT) == ["echo: hello", "echo: again"]
    assert fake.get_updates_count >= 1
    assert fake.pending_updates == 0
    assert fake.calls_to("deleteWebhook")


async def test_latency_and_throughput(fake: FakeBotApi, app: Application) -> None:
    slow = FakeBotApi(latency=0.01)
    slow_app = ApplicationBuilder().token("123:ABC").request(slow).get_updates_request(slow).build()
    await slow_app.initialize()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await slow_app.bot.send_message(CHAT, "slow")
    assert loop.time() - t0 >= 0.009
    await slow_app.shutdown()

    await asyncio.gather(*(app.bot.send_message(i, f"m{i}") for i in range(500)))
    assert len(fake.calls_to("sendMessage")) == 500


LONG_DATA = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="y" * 65)]])


@pytest.mark.parametrize(
    ("kwargs", "refusal"),
    [
        ({"text": "x" * 4097}, "Message is too long"),
        ({"text": "<b>" + "x" * 4096 + "</b>", "parse_mode": "HTML"}, None),
        ({"text": "&lt;" * 4096, "parse_mode": "HTML"}, None),
        ({"text": "<b>unclosed", "parse_mode": "HTML"}, "Can't parse entities"),
        (
            {
                "text": "ok",
                "reply_markup": InlineKeyboardMarkup(
                    [[InlineKeyboardButton("x", callback_data="y" * 65)]]
                ),
            },
            "Button_data_invalid",
        ),
    ],
)
async def test_the_fake_refuses_what_telegram_refuses(
    kwargs: dict[str, Any], refusal: str | None
) -> None:
    fake = FakeBotApi()
    app = ApplicationBuilder().token("123:ABC").request(fake).get_updates_request(fake).build()
    await app.initialize()
    try:
        if refusal is None:
            await app.bot.send_message(5, **kwargs)
        else:
            with pytest.raises(BadRequest) as caught:
                await app.bot.send_message(5, **kwargs)
            assert refusal.lower() in str(caught.value).lower()
    finally:
        await app.shutdown()
