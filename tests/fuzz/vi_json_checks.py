"""schemathesis checks for VI JSON's own conventions (loaded with SCHEMATHESIS_HOOKS).

Some of schemathesis' built-in checks assume REST conventions VI JSON does not follow; the fuzz
run (tests/fuzz/run_schemathesis.py) turns those off and these checks say what vCenter does
instead, no weaker:

- `not_a_server_error`, `status_code_conformance`: off, because every fault is HTTP 500, also
  for operations whose spec declares no 500 answer (any method may raise a RuntimeFault such as
  NotAuthenticated, InvalidRequest, InvalidArgument). `vi_json_answer` checks each 500 is a
  fault: `application/json`, a `_typeName` that is a MethodFault subtype the operation may raise
  (its declared 500 type or a subtype, or a RuntimeFault), valid against that fault's schema.
- `response_schema_conformance`: replaced by `vi_json_answer`, which runs it on every non-500
  answer except an empty 200: a null result (nothing found) is an empty 200 body in VI JSON.
  500 answers are checked as above: a declared 500 schema names only the method's checked
  faults, not the runtime ones. Live vCenters send nested objects of a fault without
  `_typeName` (e.g. NotAuthenticated's `object`), which the simulator imitates: only that
  `required` is not held against a fault's nested objects.
- `ignored_auth`, `missing_required_header`: off, because a call without a session is not
  answered 401/403 but 500 NotAuthenticated. `vi_json_session` sends each request of an
  operation that needs a session once more without the `vmware-api-session-id` header and
  requires exactly that fault.
"""

from __future__ import annotations

import os
from typing import Any

import requests
import schemathesis
from vi_json import check_fault, needs_session, operation

SESSION_HEADER = "vmware-api-session-id"


@schemathesis.check
def vi_json_answer(ctx: Any, response: Any, case: Any) -> bool | None:
    """A spec-valid answer as VI JSON defines it: a declared result, an empty 200 for a null
    result, or a fault (HTTP 500) the operation may raise."""
    op = operation(case)
    if op is None:
        return None
    if response.status_code == 500:
        check_fault(response.headers.get("content-type", [""])[0], response.content, op)
        return True
    if response.status_code == 200 and not response.content:
        assert "200" in op["responses"], "an empty 200 for an operation without a result"
        return True  # a null result
    assert str(response.status_code) in op["responses"], (
        f"status {response.status_code} is neither declared nor a fault"
    )
    case.operation.validate_response(response, case=case)
    return True


@schemathesis.check
def vi_json_session(ctx: Any, response: Any, case: Any) -> bool | None:
    """The same request without a session: 500 NotAuthenticated for an operation that needs
    one (whatever its body: vCenter checks the session before it reads the parameters)."""
    op = operation(case)
    if op is None or not needs_session(op):
        return None
    request = response.request.copy()
    request.headers.pop(SESSION_HEADER, None)
    with requests.Session() as session:
        answer = session.send(request, verify=os.environ.get("VSPHERE_FUZZ_CA", True), timeout=30)
    assert answer.status_code == 500, f"without a session: {answer.status_code}, not 500"
    name = answer.json().get("_typeName") if answer.content else None
    assert name == "NotAuthenticated", f"without a session: {name!r}, not NotAuthenticated"
    return True
