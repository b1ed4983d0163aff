"""Scrubbers applied before a cassette is written: session ids, passwords (Login and nested
guest `auth`), transfer tokens and the recording host never reach the disk."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

PLACEHOLDER_HOST = "vcenter.example"
SESSION_PLACEHOLDER = "scrubbed-session-id"
SECRET = "***"
SESSION_HEADER = "vmware-api-session-id"
SECRET_KEYS = {"password", "sessionID", "key"}
TOKEN = re.compile(r"(token=)[^&\"'\s]+")


def _scrub_json(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (SECRET if k in SECRET_KEYS and isinstance(v, str) else _scrub_json(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_scrub_json(v) for v in node]
    if isinstance(node, str):
        return TOKEN.sub(r"\1" + SECRET, node)
    return node


def _scrub_body(body: Any) -> Any:
    if body in (None, b"", ""):
        return body
    text = body.decode("utf-8") if isinstance(body, bytes) else str(body)
    try:
        cleaned = json.dumps(_scrub_json(json.loads(text)))
    except ValueError:
        cleaned = TOKEN.sub(r"\1" + SECRET, text)
    return cleaned.encode() if isinstance(body, bytes) else cleaned


def scrub_request(request: Any) -> Any:
    parts = urlsplit(request.uri)
    request.uri = TOKEN.sub(r"\1" + SECRET, urlunsplit(parts._replace(netloc=PLACEHOLDER_HOST)))
    for name in list(request.headers):
        if name.lower() == SESSION_HEADER:
            request.headers[name] = SESSION_PLACEHOLDER
        elif name.lower() == "host":
            request.headers[name] = PLACEHOLDER_HOST
        elif name.lower() in ("cookie", "authorization"):
            del request.headers[name]
    request.body = _scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() == SESSION_HEADER:
            headers[name] = [SESSION_PLACEHOLDER]
        elif name.lower() == "set-cookie":
            del headers[name]
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    return response
