"""One turn's texts in as few messages as fit: the same words, in the same order."""

from __future__ import annotations

from bot.delivery.replies import MESSAGE_LIMIT, Attachment, Button, Reply, combined, rows

YES = rows(Button("Yes", data="y"))


def test_texts_without_buttons_join_the_next_and_the_buttons_stay_on_the_last() -> None:
    out = combined([Reply("Saved."), Reply("Did you send it?", YES)])
    assert out == [Reply("Saved.\n\nDid you send it?", YES)]


def test_a_text_with_buttons_keeps_its_own_message() -> None:
    replies = [Reply("Pick one", YES), Reply("Or write it.")]
    assert combined(replies) == replies


def test_nothing_is_joined_past_one_message() -> None:
    long = "x" * (MESSAGE_LIMIT - 10)
    replies = [Reply(long), Reply("and more words")]
    assert combined(replies) == replies
    fits = [Reply("x" * (MESSAGE_LIMIT - 12)), Reply("1234567890")]
    assert len(combined(fits)[0].text) == MESSAGE_LIMIT


def test_pictures_files_other_chats_and_silence_are_never_mixed() -> None:
    replies = [
        Reply("Your week", photo=b"png"),
        Reply("the files", files=(Attachment("a.json", b"{}", "application/json"),)),
        Reply("to Mira", to_chat=5, relay_id=1),
        Reply("quietly", silent=True),
        Reply("aloud"),
    ]
    assert combined(replies) == replies
