"""Secrets out of logs: transfer tokens masked in URLs, also in httpx's own log records.

Kept tiny (logging and re only) because the package imports it eagerly.
"""

from __future__ import annotations

import logging
import re

_SECRET_QUERY = re.compile(r"(?i)([?&](?:token|ticket|sessionid)=)[^&#]*")


def mask_url(url: str) -> str:
    """The URL with secret query values (transfer tokens) replaced by `***`, for logs and errors."""
    return _SECRET_QUERY.sub(r"\1***", url)


class MaskSecrets(logging.Filter):
    """Masks transfer tokens in records of loggers we do not own (httpx logs request URLs)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                mask_url(str(a)) if _SECRET_QUERY.search(str(a)) else a for a in args
            )
        if isinstance(record.msg, str) and _SECRET_QUERY.search(record.msg):
            record.msg = mask_url(record.msg)
        return True


def install_log_masking() -> None:
    """Mask tokens in httpx's and httpcore's log records (idempotent)."""
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if not any(isinstance(f, MaskSecrets) for f in target.filters):
            target.addFilter(MaskSecrets())
