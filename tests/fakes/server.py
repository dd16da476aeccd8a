"""The base of every fake server: bound to 127.0.0.1 on a free port, quiet, closed by the test.

Two flavours of one idea, because the code under test needs one or the other:
- :class:`ThreadedServer` (``http.server`` in a daemon thread) for clients that block or run
  their own event loop: the web dialect (:mod:`fakes.web`, feeds and pages) and the webhook
  chat (:mod:`fakes.chat`);
- :class:`AsyncServer` (aiohttp in the test's loop) for the platform APIs with websockets:
  the Slack dialect (:mod:`fakes.slack_api`) and the Discord dialect (:mod:`fakes.discord_api`).
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiohttp import web


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 handler base that logs nothing."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        """Silence the per-request log."""

    def send_body(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        """Answer with ``body``; a client that hung up meanwhile is not an error."""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-body is expected in these tests."""


class ThreadedServer:
    """Serves ``handler`` in a daemon thread; ``base`` is its ``http://127.0.0.1:<port>``."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.stop = threading.Event()  # set on close: releases handlers told to hang
        self.server = _Server(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        """Stop serving (hanging handlers are released first)."""
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


class AsyncServer:
    """Serves an aiohttp application in the running loop (``await serve(app)``, ``await stop_serving()``)."""

    _runner: web.AppRunner | None = None

    async def serve(self, app: web.Application, port: int = 0) -> int:
        """Start serving ``app`` on ``port`` (0: a free one); return the bound port."""
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        return int(self._runner.addresses[0][1])

    async def stop_serving(self) -> None:
        """Stop the server (open websockets are the subclass's to close first)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
