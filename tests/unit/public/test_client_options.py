"""Client and AsyncClient take the same constructor options: AsyncPerformer repeats
BaseClient's signature (to name transfer_threads), so an option added to one and forgotten in
the other fails here instead of being silently left at its default."""

from __future__ import annotations

import inspect

from vsphere_guest import AsyncClient, Client

ASYNC_ONLY = {"transfer_threads"}


def _options(cls: type) -> dict[str, tuple[object, object]]:
    params = inspect.signature(cls).parameters.values()
    return {p.name: (p.kind, p.default) for p in params}


def test_both_clients_take_the_same_options_with_the_same_defaults() -> None:
    sync, async_ = _options(Client), _options(AsyncClient)
    assert set(async_) - set(sync) == ASYNC_ONLY
    assert {k: v for k, v in async_.items() if k not in ASYNC_ONLY} == sync


def test_every_option_but_the_server_is_keyword_only() -> None:
    kinds = {name: kind for name, (kind, _) in _options(AsyncClient).items()}
    assert kinds.pop("server") is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert set(kinds.values()) == {inspect.Parameter.KEYWORD_ONLY}
