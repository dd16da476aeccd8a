"""Translate discord.py transport errors into the delivery core's exception hierarchy."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import discord

from bot.core.chat import DeliveryError, PermanentError, RateLimited

DEFAULT_RETRY_AFTER = 1.0


def retry_after_of(exc: discord.HTTPException) -> float:
    """Seconds to wait from a 429: the JSON ``retry_after``, else the rate-limit headers."""
    try:
        body = json.loads(exc.text) if exc.text.lstrip().startswith("{") else {}
        if "retry_after" in body:
            return float(body["retry_after"])
    except (ValueError, TypeError):
        pass
    headers = getattr(exc.response, "headers", None) or {}
    for name in ("X-RateLimit-Reset-After", "Retry-After"):
        value = headers.get(name)
        if value is not None:
            try:
                return float(value)
            except ValueError:
                continue
    return DEFAULT_RETRY_AFTER


def translate(exc: BaseException) -> DeliveryError:
    """The DeliveryError that describes ``exc`` (429 -> RateLimited, other 4xx -> PermanentError)."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, discord.RateLimited):
        return RateLimited(exc.retry_after, "discord rate limit longer than the client waits")
    if isinstance(exc, discord.HTTPException):
        status = exc.status
        detail = f"discord HTTP {status} (code {exc.code}): {exc.text[:300]}"
        if status == 429:
            return RateLimited(retry_after_of(exc), "discord HTTP 429")
        if 400 <= status < 500:
            return PermanentError(detail)
        return DeliveryError(detail)
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return DeliveryError("discord request timed out")
    if isinstance(exc, (aiohttp.ClientError, OSError)):
        return DeliveryError(f"discord connection failed: {type(exc).__name__}")
    return DeliveryError(f"discord send failed: {type(exc).__name__}")
