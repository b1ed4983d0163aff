"""Reading API answers as live vCenters send them: bounded JSON decoding (a hostile or broken
body is a ServerError, never a RecursionError) and `_typeName` filled in on nested objects that
lack it, from the field types of the type table (live faults carry untyped nested MoRefs)."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
from vim25_json.type_table import TYPES

from .errors import ServerError, excerpt

MAX_FILL_DEPTH = 64  # deeper objects are left as they came (no answer of the subset nests so far)
ABSTRACT = {"Any", "DataObject"}  # declared types too vague to name an untyped object


@functools.cache
def field_types(type_name: str) -> dict[str, str]:
    """Wire name -> declared type of every field of a type, inherited ones included."""
    fields: dict[str, str] = {}
    name: str | None = type_name
    while name and name in TYPES:
        info = TYPES[name]
        for wire, declared in info.fields:
            fields.setdefault(wire, declared)
        name = info.parent
    return fields


def with_type_names(node: Any, declared: str | None = None, depth: int = 0) -> Any:
    """A copy of a decoded answer where every nested object without `_typeName` gets the type its
    field declares (e.g. a NotAuthenticated fault's `object` becomes a ManagedObjectReference)."""
    if depth > MAX_FILL_DEPTH:
        return node
    if isinstance(node, list):
        item = declared[:-2] if declared and declared.endswith("[]") else None
        return [with_type_names(v, item, depth + 1) for v in node]
    if not isinstance(node, dict):
        return node
    name = node.get("_typeName")
    if not isinstance(name, str):
        info = TYPES.get(declared or "")
        if info is not None and info.model is not None and declared not in ABSTRACT:
            name = declared
            node = {"_typeName": name, **node}
    fields = field_types(name) if isinstance(name, str) else {}
    return {
        k: v if k == "_typeName" else with_type_names(v, fields.get(k), depth + 1)
        for k, v in node.items()
    }


def request_path(response: httpx.Response) -> str | None:
    try:
        return response.request.url.path
    except RuntimeError:  # a response built without its request
        return None


def answer_json(response: httpx.Response) -> Any:
    """The decoded JSON of a successful answer, `_typeName`s filled in; ServerError otherwise."""
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        text = response.content.decode("utf-8", "replace")
        raise ServerError(
            response.status_code,
            f"answer is not JSON: {excerpt(text)}",
            url=request_path(response),
        ) from exc
    return with_type_names(data)


def with_json(response: httpx.Response, data: Any) -> httpx.Response:
    """The same answer with another JSON body (for the generated parsers)."""
    return httpx.Response(
        response.status_code,
        headers={k: v for k, v in response.headers.items() if k.lower() != "content-length"},
        json=data,
        request=response.request,
    )
