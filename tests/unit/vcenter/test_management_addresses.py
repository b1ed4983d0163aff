"""The management addresses of an ESXi host, read raw from config.virtualNicManagerInfo.netConfig
(shapes written after govmomi's vcsim host config and the VirtualNicManagerNetConfig reference:
one config per NicType, candidate vmknics, the selected ones by key)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from vsphere_guest.vcenter.inventory import management_addresses


def _nic(device: str, ipv4: str = "", ipv6: list[str] | None = None) -> dict[str, Any]:
    ip: dict[str, Any] = {"_typeName": "HostIpConfig", "dhcp": True, "ipAddress": ipv4}
    if ipv6 is not None:
        ip["ipV6Config"] = {
            "_typeName": "HostIpConfigIpV6AddressConfiguration",
            "ipV6Address": [
                {"_typeName": "HostIpConfigIpV6Address", "ipAddress": a, "prefixLength": 64}
                for a in ipv6
            ],
        }
    return {
        "_typeName": "HostVirtualNic",
        "device": device,
        "key": f"management.key-vim.host.VirtualNic-{device}",
        "portgroup": "Management Network",
        "spec": {"_typeName": "HostVirtualNicSpec", "ip": ip, "mac": "00:0c:29:81:d8:a0"},
    }


def _config(nic_type: str, nics: list[dict[str, Any]], selected: list[str]) -> dict[str, Any]:
    return {
        "_typeName": "VirtualNicManagerNetConfig",
        "nicType": nic_type,
        "multiSelectAllowed": True,
        "candidateVnic": nics,
        "selectedVnic": [f"management.key-vim.host.VirtualNic-{d}" for d in selected],
    }


def test_the_selected_management_vmknic() -> None:
    config = [
        _config("faultToleranceLogging", [_nic("vmk0", "10.0.0.5")], []),
        _config("management", [_nic("vmk0", "10.0.0.5"), _nic("vmk1", "10.0.1.5")], ["vmk0"]),
        _config("vmotion", [_nic("vmk2", "10.0.2.5")], ["vmk2"]),
    ]
    assert management_addresses(config) == ("10.0.0.5",)


def test_every_selected_management_vmknic_counts() -> None:
    config = [
        _config(
            "management", [_nic("vmk0", "10.0.0.5"), _nic("vmk1", "10.0.1.5")], ["vmk0", "vmk1"]
        )
    ]
    assert management_addresses(config) == ("10.0.0.5", "10.0.1.5")


def test_ipv6_only_vmknic_gives_its_first_address_that_is_not_link_local() -> None:
    nic = _nic("vmk0", "", ["fe80::250:56ff:fe01:2", "2001:db8::5", "2001:db8::6"])
    assert management_addresses([_config("management", [nic], ["vmk0"])]) == ("2001:db8::5",)


def test_ipv4_comes_before_ipv6_on_one_vmknic() -> None:
    nic = _nic("vmk0", "10.0.0.5", ["2001:db8::5"])
    assert management_addresses([_config("management", [nic], ["vmk0"])]) == ("10.0.0.5",)


def test_what_does_not_fit_is_skipped() -> None:
    no_ip = _nic("vmk1")
    no_ip["spec"] = {"_typeName": "HostVirtualNicSpec"}
    bad = _nic("vmk2", "not-an-address")
    unspecified = _nic("vmk3", "0.0.0.0")
    config = [_config("management", [no_ip, bad, unspecified, "vmk4"], ["vmk1", "vmk2", "vmk3"])]  # type: ignore[list-item]
    assert management_addresses(config) == ()
    for shape in (None, {}, "10.0.0.5", [None, "x", 5], [{"nicType": "management"}]):
        assert management_addresses(shape) == ()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON)
def test_any_json_gives_a_tuple_of_addresses_never_an_error(value: Any) -> None:
    assert all(isinstance(a, str) for a in management_addresses(value))
