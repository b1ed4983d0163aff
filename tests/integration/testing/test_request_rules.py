"""The simulator's request check (issue 20 item 4), without schemathesis: every invalid request
to every operation of the spec subset (no body, a non-object body, a required parameter
missing, a value of the wrong JSON type, an unknown `_typeName`) is answered with a vSphere
fault the operation may raise, never 2xx or text/plain; every call without a session to an
operation that needs one is NotAuthenticated; a spec-valid request gets a spec-valid answer.
`nox -s fuzz` runs schemathesis for the same property."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from vsphere_guest.testing import Simulator

from tests.fuzz.vi_json import check_fault, needs_session, spec

RELEASE = "8.0.2.0"
SESSION_HEADER = "vmware-api-session-id"
OPERATIONS = [
    (method, template, op)
    for template, item in spec().doc["paths"].items()
    for method, op in item.items()
    if not template.endswith("/Logout")  # would end the module's session
]
WRONG = {"string": 7, "boolean": "yes", "integer": "1", "number": [], "array": {}, "object": 1}


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator() as started:  # no validator: answers as users get them
        yield started
        errors = list(started.world.errors)
    assert not errors, "simulator errors:\n" + "\n".join(errors)


@pytest.fixture(scope="module")
def http(sim: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=f"https://{sim.server}/sdk/vim25/{RELEASE}",
        verify=ssl.create_default_context(cafile=str(sim.ca_file)),
    ) as client:
        login = client.post(
            "/SessionManager/SessionManager/Login",
            json={"userName": sim.username, "password": sim.password},
        )
        client.headers[SESSION_HEADER] = login.headers[SESSION_HEADER]
        yield client


def url(template: str) -> str:
    mo_type = template.split("/")[1]
    return template.replace("{moId}", mo_type[0].lower() + mo_type[1:])


def minimal(schema: dict[str, Any]) -> Any:
    """A value of `schema` with its required properties only."""
    name = None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec().schemas[name]
    if name == "ManagedObjectReference":
        return {"_typeName": name, "type": "VirtualMachine", "value": "vm-0"}
    kind = schema.get("type", "object")
    if "enum" in schema:
        return schema["enum"][0]
    if kind != "object":
        return {"string": "x", "boolean": False, "integer": 0, "number": 0, "array": []}[kind]
    value: dict[str, Any] = {"_typeName": name} if name else {}
    for key, sub in fields(name, schema).items():
        if key != "_typeName" and key in required(name, schema):
            value[key] = minimal(sub)
    return value


def fields(name: str | None, schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties", {}))
    parent = name and spec()._parent(name)
    return {**fields(parent, spec().schemas[parent]), **props} if parent else props


def required(name: str | None, schema: dict[str, Any]) -> set[str]:
    own = set(schema.get("required", []))
    parent = name and spec()._parent(name)
    return own | required(parent, spec().schemas[parent]) if parent else own


def request_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    return body["content"]["application/json"]["schema"] if body else None


def invalid_bodies(op: dict[str, Any]) -> Iterator[tuple[str, bytes | None]]:
    """(what, raw body) for each way a body can miss its operation's request schema."""
    schema = request_schema(op)
    yield "JSON array", b"[]"
    yield "JSON string", b'"x"'
    yield "JSON number", b"1"
    yield "malformed JSON", b"{"
    yield "unknown _typeName", b'{"_typeName": "NoSuchMethod"}'
    if schema is None:
        yield "a parameter it does not take", b'{"x": 1}'
        return
    yield "no body", None

    name = schema["$ref"].rsplit("/", 1)[-1]
    good = minimal(schema)
    for key in sorted(required(name, spec().schemas[name])):
        yield f"no {key}", json.dumps({k: v for k, v in good.items() if k != key}).encode()
    for key, sub in fields(name, spec().schemas[name]).items():
        kind = (
            spec().schemas[sub["$ref"].rsplit("/", 1)[-1]].get("type", "object")
            if ("$ref" in sub)
            else sub.get("type", "object")
        )
        yield f"{key} as wrong type", json.dumps({**good, key: WRONG[kind]}).encode()
        if "$ref" in sub and kind == "object":
            nested = {**minimal(sub), "_typeName": "NoSuchType"}
            yield f"{key} of unknown _typeName", json.dumps({**good, key: nested}).encode()


CASES = [
    pytest.param(method, template, op, raw, id=f"{op['operationId']}: {what}")
    for method, template, op in OPERATIONS
    if method == "post"
    for what, raw in invalid_bodies(op)
]


@pytest.mark.parametrize(("method", "template", "op", "raw"), CASES)
def test_an_invalid_request_is_a_fault(
    http: httpx.Client, method: str, template: str, op: dict[str, Any], raw: bytes | None
) -> None:
    headers = {"Content-Type": "application/json"}
    answer = http.request(method.upper(), url(template), content=raw, headers=headers)
    assert answer.status_code == 500, (answer.status_code, answer.text)
    body = check_fault(answer.headers.get("content-type", ""), answer.content, op)
    assert body["_typeName"] in ("InvalidRequest", "InvalidArgument", "InvalidType"), body
    assert body["faultMessage"] and body["faultstring"]


@pytest.mark.parametrize(
    ("method", "template", "op"),
    [pytest.param(*o, id=o[2]["operationId"]) for o in OPERATIONS if needs_session(o[2])],
)
@pytest.mark.parametrize("raw", [None, b"[]", b"{"], ids=["no body", "array", "malformed"])
def test_no_session_is_not_authenticated(
    sim: Simulator, method: str, template: str, op: dict[str, Any], raw: bytes | None
) -> None:
    with httpx.Client(verify=ssl.create_default_context(cafile=str(sim.ca_file))) as anonymous:
        answer = anonymous.request(
            method.upper(), f"https://{sim.server}/sdk/vim25/{RELEASE}{url(template)}", content=raw
        )
    assert answer.status_code == 500, (answer.status_code, answer.text)
    body = check_fault(answer.headers.get("content-type", ""), answer.content, op)
    assert body["_typeName"] == "NotAuthenticated"


@pytest.mark.parametrize(
    ("method", "template", "op"), [pytest.param(*o, id=o[2]["operationId"]) for o in OPERATIONS]
)
def test_a_valid_request_gets_a_valid_answer(
    http: httpx.Client, method: str, template: str, op: dict[str, Any]
) -> None:
    schema = request_schema(op)
    body = minimal(schema) if schema else None
    answer = http.request(method.upper(), url(template), json=body)
    if answer.status_code == 500:
        check_fault(answer.headers.get("content-type", ""), answer.content, op)
        return
    assert answer.status_code in (200, 204), (answer.status_code, answer.text)
    result = answer.json() if answer.content else None
    spec()(method, template, "response", answer.status_code, result)


def test_continue_with_an_unknown_token_is_its_declared_fault(http: httpx.Client) -> None:
    answer = http.post(
        "/PropertyCollector/propertyCollector/ContinueRetrievePropertiesEx", json={"token": "x"}
    )
    assert answer.status_code == 500
    assert answer.json() | {"faultstring": ""} == {
        "_typeName": "InvalidProperty", "name": "token", "faultstring": ""
    }  # fmt: skip


def test_an_undeclared_method_is_405(http: httpx.Client) -> None:
    for method, path in [("PUT", "/ServiceInstance/ServiceInstance/CurrentTime"),
                         ("GET", "/SearchIndex/SearchIndex/FindByIp"),
                         ("TRACE", "/ServiceInstance/ServiceInstance/content")]:  # fmt: skip
        answer = http.request(method, path)
        assert answer.status_code == 405, (method, path, answer.status_code)
