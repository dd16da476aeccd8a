"""The one place that hides secrets (feed credentials, webhook secrets, tokens) before anything is shown.

Feed URLs may carry credentials (``https://user:pass@host/feed``, ``?token=…``, ``?api_key=…``)
and webhook channels are addressed by secret URLs (Slack ``hooks.slack.com/services/T/B/secret``,
Discord ``/api/webhooks/<id>/<token>``). The database keeps them as given (they are needed to
fetch and post); every output path shows :func:`redact` of them instead:

* chat and CLI answers of the :class:`~bot.chat.settings.Manager` (``feeds add``/``list``/
  ``remove``, ``status``), via :func:`redacted`;
* ``poll`` lines, stored feed errors (``last_error``) and the feed notices posted to channels;
* outbox and delivery errors (stored and logged);
* every log record of the process, ours and the libraries' (httpx's ``HTTP Request: GET <url>``
  line included), via :func:`install_log_redaction`.

What is hidden is replaced by ``***``: user-info, the values of secret-looking query
parameters, the secret path segments of webhook URLs, Slack tokens (``xox?-…``), and any
string registered with :func:`remember_secret` (a generic webhook's whole path is its secret,
in no recognisable form: the webhook adapter registers each target before using it).
"""
from __future__ import annotations

import functools
import logging
import re
import traceback
from typing import Any, Callable, ParamSpec

P = ParamSpec("P")

MASK = "***"
SECRET_PARAMS = frozenset({
    "token", "access_token", "refresh_token", "id_token", "auth", "auth_token", "authorization", "api_key",
    "apikey", "api-key", "key", "secret", "client_secret", "sig", "signature", "password", "passwd", "pwd",
    "private_token", "x-amz-signature", "x-amz-credential", "x-goog-signature",
})
# A value ends before trailing punctuation (``…?token=abc: HTTP 500`` keeps its colon).
_END = r"""[^\s<>"'`|.,;:!?)\]*]"""
_URL = re.compile(r"""\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>"'`|]*""" + _END)
_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#]*@")
_PARAM = re.compile(r"""(?<![\w-])([\w.-]+)=((?:[^&#\s"'<>|]*[^&#\s<>"'`|.,;:!?)\]*])?)""")
_SLACK_HOOK = re.compile(r"""(?i)(hooks\.slack(?:-gov)?\.com/(?:services|workflows|triggers)/)[^\s?#"'<>|]*""" + _END)
_DISCORD_HOOK = re.compile(r"""(?i)(/api(?:/v\d+)?/webhooks/\d+/)[^\s/?#"'<>|]*""" + _END)
_SLACK_TOKEN = re.compile(r"\bxox[abposre]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+")


_KNOWN: set[str] = set()
MIN_SECRET_CHARS = 6


def remember_secret(value: str) -> None:
    """From now on, :func:`redact` hides ``value`` wherever it appears (ignored when too short to be a secret)."""
    value = value.strip()
    if len(value) >= MIN_SECRET_CHARS:
        _KNOWN.add(value)


def _param(match: re.Match[str]) -> str:
    name = match.group(1)
    return f"{name}={MASK}" if name.lower() in SECRET_PARAMS and match.group(2) else match.group(0)


def redact_url(url: str) -> str:
    """``url`` with its user-info, secret query values and webhook secret paths replaced by ``***``."""
    url = _USERINFO.sub(lambda m: f"{m.group(1)}{MASK}@", url)
    url = _SLACK_HOOK.sub(lambda m: m.group(1) + MASK, url)
    url = _DISCORD_HOOK.sub(lambda m: m.group(1) + MASK, url)
    return _PARAM.sub(_param, url)


def redact(text: str) -> str:
    """``text`` (a message, an error, a log line) with every secret in it replaced by ``***``.

    Each URL in the text is passed through :func:`redact_url`; ``name=value`` pairs with a secret
    name outside URLs (``token=abc`` in an exception message) and Slack tokens are masked too.
    """
    if not text:
        return text
    for secret in sorted(_KNOWN, key=lambda s: (-len(s), s)):
        text = text.replace(secret, MASK)
    text = _URL.sub(lambda m: redact_url(m.group(0)), text)
    text = _PARAM.sub(_param, text)
    return _SLACK_TOKEN.sub(MASK, text)


def redacted(fn: Callable[P, str]) -> Callable[P, str]:
    """Decorator: the function's text answer passes through :func:`redact`."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return redact(fn(*args, **kwargs))

    return wrapper


_installed = False


def install_log_redaction() -> None:
    """Make every log record of the process redacted at creation (idempotent).

    A record factory rather than a filter: a logger's filter does not see its children's
    records, and handlers (pytest's, a JSON one) come and go. The message is formatted once,
    redacted, and the exception text is pre-rendered redacted (formatters reuse ``exc_text``).
    """
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as usual
            return record
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
