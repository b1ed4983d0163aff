"""What Client and AsyncClient share: the core, the ESXi connection pool, counters, properties.
The subclasses add only their I/O (httpx.Client or httpx.AsyncClient, threads)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._blocking_stream import HostConnections
from ._core import Core
from ._logmask import install_log_masking
from ._pace import DEFAULT_MIN_RATE
from ._tls import Verify


class BaseClient:
    def __init__(
        self,
        server: str,
        *,
        username: str,
        password: str,
        verify: Verify,
        release: str | None,
        host_verify: Verify | None,
        retries: int,
        backoff: float,
        timeout: float,
        host_map: Mapping[str, str] | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
    ) -> None:
        install_log_masking()  # before httpx can log a transfer URL
        self._core = Core(
            server,
            username=username,
            password=password,
            verify=verify,
            release=release,
            host_verify=host_verify,
            retries=retries,
            backoff=backoff,
        )
        self._hosts = HostConnections(timeout, host_map, min_rate)
        self._round_trips = 0
        self._http_args: dict[str, Any] = {
            "base_url": self._core.address.origin,
            "verify": self._core.vcenter_context,
            "timeout": timeout,
            "headers": {"Accept": "application/json"},
            # The data plane (stdlib http.client) ignores HTTPS_PROXY and friends; so does the
            # vCenter connection: both go direct, or a proxy would see one plane and not the
            # other (and .netrc credentials are never picked up).
            "trust_env": False,
        }

    @property
    def release(self) -> str:
        """The API release this client speaks (negotiated on first use)."""
        return self._core.session.release

    @property
    def round_trips(self) -> int:
        """HTTP requests made so far: vCenter API calls plus transfers to ESXi hosts."""
        return self._round_trips
