"""What keeps `dyads serve` safe to expose: Host check, security headers, bounded bodies and a bounded coder.

- Host: a web page on another site can make a browser send requests to a loopback API through a DNS
  name that resolves to 127.0.0.1 (DNS rebinding); such requests carry that name in the Host header,
  so only the names of the bound address are answered (400, E078).
- Headers: every response forbids framing and MIME sniffing; pages get a Content-Security-Policy
  that allows only this server (the dashboard and the API docs need nothing else), so injected markup
  cannot run.
- Bodies are read in chunks and refused (413, E074) as soon as they pass the limit, whatever the
  declared length or transfer encoding.
- POST /api/code runs on a few threads with a short queue; a request beyond it is answered 429.
"""
from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import HTTPException, Request

from dyads.errors import DyadsError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
# The dashboard and the API load nothing from elsewhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer"))


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The Host names a server bound to `bind` answers to (lower case, no port); None: any ('*' in `extra`)."""
    extra = tuple(extra)
    if "*" in extra:
        return None
    names = {bind.strip("[]").lower(), *(e.strip().lower() for e in extra if e.strip())}
    if bind in WILDCARDS:  # every address of this machine
        names.discard(bind)
        names |= set(LOOPBACK_NAMES) | _machine_names()
    elif _is_loopback(bind):
        names |= set(LOOPBACK_NAMES)
    return frozenset(names)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _machine_names() -> set[str]:
    names = {socket.gethostname().lower(), socket.getfqdn().lower()}
    try:
        names |= {info[4][0].lower() for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        pass
    return names


def host_name(header: str) -> str:
    """The name part of a Host header: "[::1]:8000" -> "::1", "Example.org:80" -> "example.org"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: refuse other Host names, add security headers to every HTTP response."""

    def __init__(self, app: Callable, *, hosts: frozenset[str] | None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if self.hosts is not None:
            raw = dict(scope.get("headers") or ()).get(b"host", b"").decode("latin-1")
            if host_name(raw) not in self.hosts:
                await self._refuse(send, raw)
                return
        csp = CSP.encode()  # the API docs page (/docs) too: it is drawn by a script of this server

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", ())}
                extra = [(k, v) for k, v in (*HEADERS, (b"content-security-policy", csp)) if k not in names]
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, send: Callable, host: str) -> None:
        detail = str(DyadsError("E078", host=host[:100], allowed=", ".join(sorted(self.hosts or ()))))
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *HEADERS, (b"content-security-policy", CSP.encode())]})
        await send({"type": "http.response.body", "body": body})


async def read_body(request: Request, *, limit: int) -> bytes:
    """The request body, read in chunks; 413 (E074) as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, str(DyadsError("E074", size=int(declared), limit=limit)))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, str(DyadsError("E074", size=f"more than {limit}", limit=limit)),
                                headers={"Connection": "close"})
        chunks.append(chunk)
    return b"".join(chunks)


class CodePool:
    """A few threads that run the coder, and a bound on requests running or waiting (429 beyond it)."""

    def __init__(self, *, workers: int, queue: int) -> None:
        self.executor = ThreadPoolExecutor(max(1, workers), thread_name_prefix="dyads-code")
        self.capacity = max(1, workers) + max(0, queue)
        self.slots = threading.BoundedSemaphore(self.capacity)

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """`fn(*args)` on a pool thread; 429 (E079) with Retry-After when the pool and its queue are full."""
        if not self.slots.acquire(blocking=False):
            raise HTTPException(429, str(DyadsError("E079", waiting=self.capacity)), headers={"Retry-After": "5"})
        try:
            future = self.executor.submit(fn, *args)
        except BaseException:
            self.slots.release()
            raise
        # The slot is freed when the work ends, not when a client gives up waiting: abandoned work still counts.
        future.add_done_callback(lambda _: self.slots.release())
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
