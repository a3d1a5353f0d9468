"""The HTTP client under PTB: aiohttp in place of PTB's default httpx.

Every update costs the bot a request or two to Telegram, and httpx (with httpcore and anyio, all
pure Python) spends about five times the CPU of aiohttp (C parser, keep-alive pool) on one
request; the request path was the larger part of what an update costs beyond a bare PTB bot
(benchmarks/intake_cpu.py). PTB builds the request (parameters, files) and reads the answer as
before; this only carries it. Timeouts and failures map to PTB's `TimedOut` and `NetworkError`
as PTB's own `HTTPXRequest` maps them, with the same defaults.
"""

from __future__ import annotations

from urllib.request import getproxies, proxy_bypass

import aiohttp
from aiohttp.helpers import BasicAuth, get_env_proxy_for_url
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

DEFAULT_TIMEOUT = 5.0  # read, write and connect, as PTB's HTTPXRequest
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0


def _given(value: object, default: float | None) -> float | None:
    """A timeout as the caller gave it (None: none), or the default when not given at all."""
    if isinstance(value, int | float) or value is None:
        return value
    return default


def _all_proxy(url: URL) -> tuple[URL | None, BasicAuth | None]:
    """ALL_PROXY, which httpx honoured and aiohttp does not: an http(s) proxy for any host
    NO_PROXY does not name (a SOCKS one needs a package this bot does not carry: none)."""
    value = getproxies().get("all")  # ALL_PROXY or all_proxy
    if not value or (url.host is not None and proxy_bypass(url.host)):
        return None, None
    proxy = URL(value)
    if proxy.scheme not in ("http", "https"):
        return None, None
    auth = BasicAuth(proxy.user, proxy.password or "") if proxy.user else None
    return proxy.with_user(None), auth


class AiohttpRequest(BaseRequest):
    """PTB's request interface over one aiohttp session (opened in `initialize`)."""

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = DEFAULT_TIMEOUT,
        write_timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = DEFAULT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read, self._write, self._connect = read_timeout, write_timeout, connect_timeout
        self._pool, self._media_write = pool_timeout, media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, tuple[URL | None, BasicAuth | None]] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        with_files = request_data is not None and request_data.contains_files
        files = request_data.multipart_data if request_data is not None and with_files else None
        timeout = self._timeout(
            _given(read_timeout, self._read),
            _given(write_timeout, self._media_write if files else self._write),
            _given(connect_timeout, self._connect),
            _given(pool_timeout, self._pool),
        )
        fields = request_data.json_parameters if request_data is not None else {}
        body: aiohttp.FormData | dict[str, str] = fields
        if files:
            body = aiohttp.FormData(fields)
            for name, (filename, content, mimetype) in files.items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        proxy, proxy_auth = self._proxy(url)
        try:
            async with session.request(
                method,
                url,
                data=body,
                timeout=timeout,
                headers={"User-Agent": self.USER_AGENT},
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # connect, pool, read or overall
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc

    def _proxy(self, url: str) -> tuple[URL | None, BasicAuth | None]:
        """HTTPS_PROXY / ALL_PROXY / NO_PROXY from the environment, as httpx honours them: once
        per host (aiohttp's own `trust_env` asks on a thread at every request)."""
        origin = url.split("/", 3)[:3]
        key = "/".join(origin)
        found = self._proxies.get(key)
        if found is None:
            try:
                found = get_env_proxy_for_url(URL(key))
            except LookupError:
                found = _all_proxy(URL(key))
            self._proxies[key] = found
        return found

    @staticmethod
    def _timeout(
        read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        """httpx's four timeouts in aiohttp's terms: waiting for a connection from the pool and
        making it (`connect`), making it (`sock_connect`), each read (`sock_read`); aiohttp has
        no write timeout, so the whole request is bounded by the sum of all four."""
        phases = (read, write, connect, pool)
        total = None if None in phases else sum(p for p in phases if p is not None)
        return aiohttp.ClientTimeout(
            total=total,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
