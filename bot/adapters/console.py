"""A local chat in the terminal over the same journey: buttons become numbered choices."""

from __future__ import annotations

import asyncio
import html
import os
import re
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.delivery.replies import Button, Reply, drawn, with_invite_links
from bot.journey import Incoming, Journey
from content import Texts, pick_locale

TAG_RE = re.compile(r"<[^>]+>")


CONSOLE_BOT = "SecureBaseBot"  # the name its invitation links show


def console_link(token: str) -> str:
    """An invitation as it would read in Telegram (with the example bot's name); in the console
    the anchor opens it as `/as <chat id>`, then `/start <token>`."""
    return f"https://t.me/{CONSOLE_BOT}?start={token}"


def to_plain(text: str) -> str:
    """Telegram HTML to terminal text: quotes indented, tags dropped, entities decoded."""
    text = re.sub(
        r"<blockquote>(.*?)</blockquote>", lambda m: _indent(m.group(1)), text, flags=re.S
    )
    return html.unescape(TAG_RE.sub("", text))


def _indent(block: str) -> str:
    return "\n".join("    " + line for line in block.splitlines())


class ConsoleChat:
    """Renders replies to a stream and remembers the last buttons so "2" means the second one.

    `files_dir` is the first chat's folder (DATA_DIR/files/<chat id>); a chat played with `/as`
    saves in its own folder beside it, so one person's /delete never touches another's files.
    """

    def __init__(
        self, journey: Journey, chat_id: int, language: str, out: TextIO, files_dir: Path
    ) -> None:
        self.journey = journey
        self.chat_id = chat_id
        self.language = language
        self.texts = Texts(pick_locale(language))
        self.out = out
        self.files_root = files_dir.parent
        self.choices: list[Button] = []
        self.echo = False  # repeat typed lines, so a piped-in script reads as a transcript
        self.languages: dict[int, str] = {chat_id: language}
        self.names: dict[int, str] = {}  # the name a messenger would give, set with `/as`
        self.pending: dict[int, list[Reply]] = {}  # messages to other chats, until `/as` there
        self._saved = 0

    @property
    def files_dir(self) -> Path:
        """The folder of the chat played now."""
        return self.files_root / str(self.chat_id)

    def _save(self, name: str, data: bytes) -> Path:
        """Write a file only its owner can read: it holds the person's private words."""
        folder = self.files_dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._saved += 1
        path = folder / name
        if path.exists():
            path = path.with_stem(f"{path.stem}-{self._saved}")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        return path.resolve()

    def _remove_files(self) -> None:
        """After an erase, the files saved for this person go too, and the chat says so."""
        if not self.files_dir.is_dir():
            return
        files = [p for p in self.files_dir.iterdir() if p.is_file()]
        for path in files:
            path.unlink()
        if files:
            note = self.texts.plain(
                "console_files_removed", count=len(files), path=self.files_dir.resolve()
            )
            self.out.write(note + "\n\n")
            self.out.flush()

    def show(self, reply: Reply, prefix: str = "") -> None:
        reply = with_invite_links(reply, console_link)
        lines = [prefix + to_plain(reply.text)]
        if reply.photo is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            path = self._save(f"chart-{self.chat_id}-{stamp}.png", reply.photo)
            lines.append(self.texts.plain("chart_saved", path=path))
        lines += [
            self.texts.plain("file_saved", path=self._save(f.filename, f.data)) for f in reply.files
        ]
        buttons = [b for row in reply.buttons for b in row]
        first = len(self.choices) + 1
        self.choices += buttons
        lines += [f"  [{i}] {b.label}" for i, b in enumerate(buttons, start=first)]
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()

    def show_other(self, chat_id: int, reply: Reply, prefix: str = "") -> None:
        """A message for another console chat (the other side of an anchor link): printed with
        its chat id, and a note when it went silently; its buttons are answered after
        `/as <chat id>`."""
        lines = [f"{prefix}📨 [{chat_id}] " + to_plain(reply.text)]
        lines += [f"  [·] {b.label}" for row in reply.buttons for b in row]
        if reply.silent:  # night where they are: it arrives without a sound
            lines.append(self.texts.plain("console_silent"))
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()
        self.pending.setdefault(chat_id, []).append(reply)

    async def show_all(self, replies: Sequence[Reply], prefix: str = "") -> None:
        """One answer's messages; their buttons are numbered on from one message to the next,
        so a later message's choices never hide an earlier one's (copy, send)."""
        self.choices = []
        for reply in replies:
            if reply.relay_id is not None:  # kept in the outbox: printed as it is delivered
                await self.journey.outbox.send_now(reply, _OtherChats(self, prefix))
                continue
            if reply.to_chat is not None and reply.to_chat != self.chat_id:
                self.show_other(reply.to_chat, reply, prefix)
                continue
            self.show(await drawn(reply), prefix)

    async def send(self, chat_id: int, reply: Reply) -> None:
        """The dispatcher's sender in console mode: a nudge is printed as it falls due."""
        if chat_id != self.chat_id:
            self.show_other(chat_id, reply, prefix="🔔 ")
            return
        await self.show_all([reply], prefix="🔔 ")

    def switch(self, args: list[str]) -> None:
        """`/as <chat id> [language] [name]`: play another person, e.g. the anchor of a link; the
        messages they were sent meanwhile are shown again with numbered buttons."""
        if not args or not args[0].lstrip("-").isdigit():
            self.out.write(self.texts.plain("console_as_usage") + "\n\n")
            self.out.flush()
            return
        same = int(args[0]) == self.chat_id
        self.chat_id = int(args[0])
        if len(args) > 1:
            self.languages[self.chat_id] = args[1]
        if len(args) > 2:
            self.names[self.chat_id] = " ".join(args[2:])
        self.language = self.languages.setdefault(self.chat_id, self.language)
        self.texts = Texts(pick_locale(self.language))
        self.out.write(self.texts.plain("console_as", chat=str(self.chat_id)) + "\n\n")
        if not same:  # the same chat keeps its numbered choices
            self.choices = []
        for reply in self.pending.pop(self.chat_id, []):
            self.show(reply)

    def decode(self, line: str) -> Incoming | None:
        text = line.strip()
        if text.startswith("/") and len(text) > 1:
            name, *args = text[1:].split()
            if name == "as":
                self.switch(args)
                return None
            return self._incoming("command", name, " ".join(args))
        if text.isascii() and text.isdigit() and 1 <= int(text) <= len(self.choices):
            button = self.choices[int(text) - 1]
            if button.data is not None:
                return self._incoming("button", button.data)
            text = button.copy or button.share or button.url or ""
            self.out.write(f"{self.texts.plain('copy_hint')}\n{text}\n\n")
            self.out.flush()
            return None
        return self._incoming("text", text)

    def _incoming(self, kind: str, value: str, arg: str = "") -> Incoming:
        return Incoming(
            self.chat_id,
            kind,  # type: ignore[arg-type]
            value,
            self.language,
            arg=arg,
            first_name=self.names.get(self.chat_id),
        )

    async def handle_line(self, line: str) -> None:
        if self.echo:
            self.out.write(f"› {line.strip()}\n\n")
        incoming = self.decode(line)
        if incoming is None:
            return
        replies = await self.journey.handle(incoming)
        await self.show_all(replies)
        if any(reply.erased for reply in replies):
            self._remove_files()

    async def run(self, read_line: Callable[[], Awaitable[str]] | None = None) -> None:
        """Read lines until end of input or /quit."""
        reader = read_line or _stdin_reader()
        self.out.write(self.texts.plain("console_banner") + "\n\n")
        self.out.flush()
        await self.handle_line("/start")
        while True:
            line = await reader()
            if not line or line.strip() in ("/quit", "/exit"):
                return
            await self.handle_line(line)


class _OtherChats:
    """Delivers an outbox message the moment its turn is done, printed like any other."""

    def __init__(self, chat: ConsoleChat, prefix: str) -> None:
        self.chat, self.prefix = chat, prefix

    async def send(self, chat_id: int, reply: Reply) -> None:
        if chat_id == self.chat.chat_id:  # back to this chat: a care report, a kept confirmation
            self.chat.show(reply, self.prefix)
            return
        self.chat.show_other(chat_id, reply, self.prefix)


def _stdin_reader() -> Callable[[], Awaitable[str]]:
    loop = asyncio.get_running_loop()

    async def read() -> str:
        return await loop.run_in_executor(None, sys.stdin.readline)

    return read
