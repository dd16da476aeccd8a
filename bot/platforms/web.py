"""Serving an aiohttp application on a local port (the Slack HTTP endpoint, the health endpoint)."""
from __future__ import annotations

from aiohttp import web


async def serve_web_app(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Serve ``app`` on ``host:port`` (0: a free port); return the runner (``await runner.cleanup()``
    stops it) and the port actually bound."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return runner, int(address[1])
    return runner, port
