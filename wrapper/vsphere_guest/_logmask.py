"""Secrets out of logs: transfer tokens and session ids masked, also in httpx's and httpcore's
own log records (httpcore logs response headers at DEBUG, Login's session id among them).

Kept tiny (logging and re only): clients install it before their first request.
"""

from __future__ import annotations

import logging
import re

# A secret query value, also as error pages quote it: after `?`/`&`/`;`, HTML-escaped (`&amp;`)
# or URL-encoded (`%3F`/`%26` ... `%3D`); it ends at the next `&`, quote, space or tag.
_SECRET_QUERY = re.compile(
    r"(?i)((?:[?&;]|%3F|%26)(?:token|ticket|sessionid)(?:=|%3D))(?:(?!%26)[^&#'\"\s<>])*"
)
_SESSION_HEADER = re.compile(r"(?i)(vmware-api-session-id['\"]?\s*[:,=]\s*b?['\"]?)[^'\"\s,)}\]]+")
# Loggers that print URLs or headers (a filter only applies to its own logger).
FOREIGN_LOGGERS = (
    "vsphere_guest",  # ours too: a message may quote an exception that quotes a server's page
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def mask_url(url: str) -> str:
    """The URL with secret query values (transfer tokens) replaced by `***`, for logs and errors."""
    return _SECRET_QUERY.sub(r"\1***", url)


def mask_secrets(text: str) -> str:
    """Tokens in URLs and session ids in header dumps replaced by `***`."""
    return _SESSION_HEADER.sub(r"\1***", _SECRET_QUERY.sub(r"\1***", text))


class MaskSecrets(logging.Filter):
    """Rewrites a record's message and arguments with their secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                masked if (masked := mask_secrets(str(a))) != str(a) else a for a in args
            )
        if isinstance(record.msg, str):
            record.msg = mask_secrets(record.msg)
        elif record.msg is not None and mask_secrets(str(record.msg)) != str(record.msg):
            record.msg = mask_secrets(str(record.msg))
        return True


def install_log_masking() -> None:
    """Add the filter to every foreign logger that may print secrets (idempotent)."""
    for name in FOREIGN_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, MaskSecrets) for f in target.filters):
            target.addFilter(MaskSecrets())
