"""A fake chat server for webhook deliveries: records what the channel shows, can hang on request N."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

from fakes.server import QuietHandler, ThreadedServer


@dataclass
class Post:
    key: str
    body: dict = field(default_factory=dict)


class FakeChat(ThreadedServer):
    """``posts`` is the channel's view. ``hang_on`` = N hangs the Nth POST: ``hang_mode`` "before"
    (never accepted) or "after" (accepted, the answer never comes). ``statuses`` maps the Nth
    POST to an HTTP status to answer instead. ``dedupe`` honours Idempotency-Key."""

    def __init__(self) -> None:
        self.posts: list[Post] = []
        self.requests = 0
        self.hang_on: int | None = None
        self.hang_mode = "before"
        self.statuses: dict[int, tuple[int, dict]] = {}
        self.dedupe = False
        self.reached = threading.Event()
        self.lock = threading.Lock()
        chat = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                key = self.headers.get("Idempotency-Key", "")
                with chat.lock:
                    chat.requests += 1
                    n = chat.requests
                    hang = chat.hang_on == n
                    status = chat.statuses.get(n)
                    if status is None and not (hang and chat.hang_mode == "before"):
                        if not (chat.dedupe and any(p.key == key for p in chat.posts)):
                            chat.posts.append(Post(key, body))
                if hang:
                    chat.reached.set()
                    chat.stop.wait(30)
                    return
                code, headers = status or (200, {})
                out = json.dumps({"ok": code < 300, "id": key}).encode()
                self.send_response(code)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

        super().__init__(Handler)
        self.url = self.base + "/hook"

    def keys(self) -> list[str]:
        """Idempotency keys of the posts the channel shows, in order."""
        return [p.key for p in self.posts]
