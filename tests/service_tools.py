"""Test helpers for the service: free ports, a TCP proxy to cut the database off, /metrics reads."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import socket
from collections.abc import Callable

import httpx
from prometheus_client.parser import text_string_to_metric_families

# Ports handed out below the kernel's ephemeral range (32768+ on Linux), in a block of their own
# per xdist worker: a port found free stays free for the test, as no outgoing connection and no
# other worker can be given it in between (a random start keeps two runs on one machine apart).
_PORT_BLOCK = 500
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:] or 0)
_next_port = [20000 + _PORT_BLOCK * _WORKER + random.randrange(_PORT_BLOCK)]


def free_port() -> int:
    """A port nobody listens on, unique to this test run's worker."""
    first = _next_port[0] - _next_port[0] % _PORT_BLOCK
    for _ in range(_PORT_BLOCK):
        port = _next_port[0]
        _next_port[0] = first + (port + 1 - first) % _PORT_BLOCK
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in this worker's block")


async def wait_until(check: Callable[[], bool], within: float = 10.0, step: float = 0.05) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not check():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


async def get(port: int, path: str, tries: float = 10.0) -> httpx.Response:
    """GET from the bot's listener, waiting for it to come up."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + tries
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=15) as client:
        while True:
            try:
                return await client.get(path)
            except httpx.ConnectError:
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(0.05)


def sample(metrics_text: str, name: str, **labels: str) -> float:
    """One sample's value from a /metrics page (0 when absent)."""
    for family in text_string_to_metric_families(metrics_text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return float(s.value)
    return 0.0


class TcpProxy:
    """Forwards a local port to the database; `cut()` drops every connection and stops listening,
    as a database that went away would; `restore()` listens again on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._upstream: set[asyncio.StreamWriter] = set()
        self._half_open = False

    async def restore(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def cut(self, *, half_open: bool = False) -> None:
        """Drop every connection; `half_open`: only the client's side, as a network that went
        away would leave it, the database still holding its end (and its sessions) open."""
        server, self._server = self._server, None
        self._half_open = half_open
        if server is not None:
            server.close()
        for writer in list(self._writers):
            if not (half_open and writer in self._upstream):
                writer.transport.abort()
        self._writers.clear()
        if server is not None:
            await server.wait_closed()

    def close_upstream(self) -> None:
        """Close the database's ends a half-open cut left behind."""
        for writer in list(self._upstream):
            writer.transport.abort()
        self._upstream.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))
        self._upstream.add(up_writer)
        await asyncio.gather(
            self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True
        )

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            self._writers.discard(writer)
            if not (self._half_open and writer in self._upstream):
                with contextlib.suppress(Exception):
                    writer.transport.abort()
