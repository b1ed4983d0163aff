"""The simulator's inventory as govc reads it, without govc: the tree of folders and the
datacenter through the PropertyCollector, real host thumbprints, netConfig, paging, and the
conformance validator's handling of operations outside the spec subset."""

from __future__ import annotations

import hashlib
import socket
import ssl
from typing import Any

import httpx
import pytest
from vsphere_guest.testing import Simulator
from vsphere_guest.testing.conformance import ConformanceError

from tests.integration.conftest import spec_validator

pytestmark = pytest.mark.integration


class Api:
    def __init__(self, sim: Simulator) -> None:
        self.base = f"https://{sim.server}/sdk/vim25/{sim.vcenter.api_version}"
        self.http = httpx.Client(verify=ssl.create_default_context(cafile=str(sim.ca_file)))
        login = self.http.post(
            f"{self.base}/SessionManager/SessionManager/Login",
            json={"_typeName": "Login", "userName": sim.username, "password": sim.password},
        )
        login.raise_for_status()
        self.http.headers["vmware-api-session-id"] = login.headers["vmware-api-session-id"]

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(f"{self.base}/{path}", json=body)

    def retrieve(self, spec: dict[str, Any], max_objects: int | None = None) -> Any:
        options: dict[str, Any] = {"_typeName": "RetrieveOptions"}
        if max_objects:
            options["maxObjects"] = max_objects
        body = {"_typeName": "RetrievePropertiesEx", "specSet": [spec], "options": options}
        answer = self.post("PropertyCollector/propertyCollector/RetrievePropertiesEx", body)
        assert answer.status_code == 200, answer.text
        return answer.json() if answer.content else None


def ref(kind: str, value: str) -> dict[str, str]:
    return {"_typeName": "ManagedObjectReference", "type": kind, "value": value}


def spec(
    obj: dict[str, str],
    props: dict[str, list[str]],
    select: list[Any] | None = None,
    skip: bool = False,
) -> dict[str, Any]:
    obj_spec: dict[str, Any] = {"_typeName": "ObjectSpec", "obj": obj, "skip": skip}
    if select:
        obj_spec["selectSet"] = select
    return {
        "_typeName": "PropertyFilterSpec",
        "propSet": [
            {"_typeName": "PropertySpec", "type": t, "pathSet": p} for t, p in props.items()
        ],
        "objectSet": [obj_spec],
    }


def values(result: Any) -> dict[str, dict[str, Any]]:
    return {
        o["obj"]["value"]: {p["name"]: p["val"] for p in o.get("propSet", [])}
        for o in result["objects"]
    }


@pytest.fixture
def sim() -> Any:
    with Simulator(validator=spec_validator()) as started:
        yield started
        errors = list(started.world.errors)
    assert not errors, "\n".join(errors)


@pytest.fixture
def api(sim: Simulator) -> Any:
    client = Api(sim)
    yield client
    client.http.close()


def test_host_thumbprint_is_the_sha1_of_the_certificate_it_serves(sim: Simulator, api: Api) -> None:
    for host in sim.world.hosts.values():
        address, port = host.endpoint.rsplit(":", 1)
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        with socket.create_connection((address, int(port))) as raw, context.wrap_socket(raw) as tls:
            der = tls.getpeercert(binary_form=True)
        assert der is not None
        digest = hashlib.sha1(der).hexdigest().upper()
        expected = ":".join(digest[i : i + 2] for i in range(0, 40, 2))
        got = values(
            api.retrieve(
                spec(ref("HostSystem", host.moid), {"HostSystem": ["summary.config.sslThumbprint"]})
            )
        )
        assert got[host.moid]["summary.config.sslThumbprint"] == {
            "_typeName": "string",
            "_value": expected,
        }


def test_managed_entity_specs_and_named_selection_specs_walk_to_the_root(
    sim: Simulator, api: Api
) -> None:
    """govc's finder: from a VM, `traverseParent` (a TraversalSpec that names itself in its
    own selectSet) up to the root folder, with a PropertySpec of type ManagedEntity."""
    vm = sim.vm("web-01")
    parent = {
        "_typeName": "TraversalSpec",
        "name": "up",
        "type": "ManagedEntity",
        "path": "parent",
        "skip": False,
        "selectSet": [{"_typeName": "SelectionSpec", "name": "up"}],
    }
    got = values(
        api.retrieve(
            spec(ref("VirtualMachine", vm.moid), {"ManagedEntity": ["name", "parent"]}, [parent])
        )
    )
    names = [v["name"]["_value"] for v in got.values()]
    assert names == ["web-01", "prod", "vm", "DC0", "Datacenters"]
    assert "parent" not in got[sim.world.ROOT_FOLDER]  # unset: left out, as vCenter does


def test_undefined_selection_spec_name_is_invalid_argument(sim: Simulator, api: Api) -> None:
    body = spec(
        ref("Folder", sim.world.ROOT_FOLDER),
        {"Folder": ["name"]},
        [{"_typeName": "SelectionSpec", "name": "nowhere"}],
    )
    answer = api.post(
        "PropertyCollector/propertyCollector/RetrievePropertiesEx",
        {"specSet": [body], "options": {"_typeName": "RetrieveOptions"}},
    )
    assert answer.status_code == 500 and answer.json()["_typeName"] == "InvalidArgument"


def test_datacenter_folders_and_children(sim: Simulator, api: Api) -> None:
    dc = sim.world.dc_moid
    got = values(api.retrieve(spec(ref("Datacenter", dc), {"Datacenter": ["vmFolder", "name"]})))
    vm_folder = got[dc]["vmFolder"]["value"]
    children = values(api.retrieve(spec(ref("Folder", vm_folder), {"Folder": ["childEntity"]})))
    kinds = [(c["type"]) for c in children[vm_folder]["childEntity"]["_value"]]
    assert kinds == ["Folder"] * 3 + ["VirtualMachine"] * 3


def test_find_by_inventory_path_finds_folders_and_the_datacenter(sim: Simulator, api: Api) -> None:
    def find(path: str) -> Any:
        answer = api.post(
            "SearchIndex/SearchIndex/FindByInventoryPath",
            {"_typeName": "FindByInventoryPath", "inventoryPath": path},
        )
        return answer.json() if answer.content else None

    assert find("DC0")["type"] == "Datacenter"
    assert find("DC0/vm/prod")["type"] == "Folder"
    assert find("DC0/vm/prod/web-01") == ref("VirtualMachine", sim.vm("web-01").moid)
    assert find("DC0/host/esxi-01.sim/esxi-01.sim")["type"] == "HostSystem"
    assert find("DC0/vm/nope") is None


def test_container_view_of_entity_types(sim: Simulator, api: Api) -> None:
    body = {
        "_typeName": "CreateContainerView",
        "container": ref("Folder", "group-d1"),
        "type": ["HostSystem", "Datacenter"],
        "recursive": True,
    }
    view = api.post("ViewManager/ViewManager/CreateContainerView", body).json()
    got = values(api.retrieve(spec(view, {"ContainerView": ["view"]})))
    members = got[view["value"]]["view"]["_value"]
    assert sorted(m["type"] for m in members) == ["Datacenter", "HostSystem", "HostSystem"]


def test_paging_with_max_objects(sim: Simulator, api: Api) -> None:
    traverse = {
        "_typeName": "TraversalSpec",
        "type": "ContainerView",
        "path": "view",
        "skip": False,
    }
    view = api.post(
        "ViewManager/ViewManager/CreateContainerView",
        {
            "container": ref("Folder", "group-d1"),
            "type": ["VirtualMachine"],
            "recursive": True,
        },
    ).json()
    first = api.retrieve(
        spec(view, {"VirtualMachine": ["name"]}, [traverse], skip=True), max_objects=4
    )
    assert len(first["objects"]) == 4 and first["token"]
    rest = api.post(
        "PropertyCollector/propertyCollector/ContinueRetrievePropertiesEx",
        {"token": first["token"]},
    ).json()
    assert "token" not in rest
    assert len(first["objects"]) + len(rest["objects"]) == len(sim.world.vms)


def test_management_address_of_hosts(sim: Simulator, api: Api) -> None:
    host = sim.vm("web-01").host
    got = values(
        api.retrieve(
            spec(
                ref("HostSystem", host.moid),
                {"HostSystem": ["config.virtualNicManagerInfo.netConfig"]},
            )
        )
    )
    configs = got[host.moid]["config.virtualNicManagerInfo.netConfig"]["_value"]
    assert [c["nicType"] for c in configs] == ["vmotion", "management"]  # one per NicType
    config = configs[1]
    assert config["selectedVnic"] == [config["candidateVnic"][0]["key"]]
    assert config["candidateVnic"][0]["spec"]["ip"]["ipAddress"] == sim.host


def test_answers_put_type_name_first(sim: Simulator, api: Api) -> None:
    def check(node: Any) -> None:
        if isinstance(node, dict):
            if "_typeName" in node:
                assert next(iter(node)) == "_typeName", node
            for value in node.values():
                check(value)
        elif isinstance(node, list):
            for value in node:
                check(value)

    check(
        api.retrieve(
            spec(
                ref("HostSystem", sim.vm("web-01").host.moid),
                {
                    "ManagedEntity": ["name", "parent"],
                    "HostSystem": ["config.virtualNicManagerInfo.netConfig"],
                },
            )
        )
    )


# --- the conformance validator outside the spec subset ---------------------------------------


def test_validator_checks_known_types_inside_operations_outside_the_subset() -> None:
    validator = spec_validator()
    template = "/GuestProcessManager/{moId}/ListProcessesInGuest"  # not in the subset
    validator(
        "post",
        template,
        "request",
        0,
        {"_typeName": "ListProcessesInGuest", "vm": ref("VirtualMachine", "vm-4"), "pids": [1]},
    )
    validator("post", template, "response", 500, {"_typeName": "FileNotFound", "file": "/a"})
    with pytest.raises(ConformanceError, match="'value' is a required property"):
        validator(
            "post",
            template,
            "request",
            0,
            {"vm": {"_typeName": "ManagedObjectReference", "type": "VirtualMachine"}},
        )
    with pytest.raises(ConformanceError, match="not a fault"):
        validator("post", template, "response", 500, {"_typeName": "ObjectContent"})
    with pytest.raises(ConformanceError, match="no properties"):
        validator(
            "post",
            template,
            "response",
            500,
            {"_typeName": "FileNotFound", "file": "/a", "bogus": 1},
        )


def test_validator_accepts_govc_method_type_names_only() -> None:
    validator = spec_validator()
    template = "/ServiceInstance/{moId}/RetrieveServiceContent"
    validator("post", template, "request", 0, {"_typeName": "RetrieveServiceContent"})
    with pytest.raises(ConformanceError, match="takes no body"):
        validator("post", template, "request", 0, {"_typeName": "RetrieveServiceContent", "x": 1})
    with pytest.raises(ConformanceError, match="is not 'RetrieveServiceContent'"):
        validator("post", template, "request", 0, {"_typeName": "Login"})
