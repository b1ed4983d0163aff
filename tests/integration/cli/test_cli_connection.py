"""The command's connection settings: server forms, TLS trust (--ca, --insecure, --host-ca,
--no-host-verify), ESXi addresses, and the words of their errors."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.cli import (
    EXIT_CERT,
    EXIT_CONNECT,
    EXIT_EXISTS,
    EXIT_OK,
    EXIT_TRANSFER,
    EXIT_USAGE,
    main,
)
from vsphere_guest.testing import Simulator

from ..cli_run import APP_LOG, free_port, run_cli


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--server", "https://vc.example:8443/sdk"], "is a URL; give the host[:port] alone: "
         "--server vc.example:8443"),
        (["--server", "vc:99999"], "--server vc:99999: bad port"),
        (["--server", "vc:https"], "--server vc:https: bad port"),
        (["--server", "[::1"], "malformed IPv6 address"),
        (["--ca", "/nonexistent/ca.pem"], "--ca /nonexistent/ca.pem: no such file"),
        (["--ca", "{garbage}"], "{garbage}: not a PEM CA bundle"),
        (["--host-ca", "/nonexistent/h.pem"], "--host-ca /nonexistent/h.pem: no such file"),
        (["--release", "9.9.9.9"], "unknown --release 9.9.9.9; known releases: "),
    ],
)  # fmt: skip
def test_bad_settings_are_usage_errors_before_any_prompt(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    from vim25_json.type_table import RELEASES

    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    extra = [a.replace("{garbage}", str(garbage)) for a in extra]
    message = message.replace("{garbage}", str(garbage))
    if "--ca" not in extra:
        extra = ["--ca", str(sim.ca_file), *extra]
    monkeypatch.delenv("VSPHERE_PASSWORD")  # a prompt would come after the checks
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("prompted"))
    assert main(["ls", *extra, "web-01", "/"]) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err
    if "--release" in extra:
        assert ", ".join(RELEASES) in err


def test_vsphere_ca_missing_file_names_the_variable(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("VSPHERE_CA", "/nonexistent/vc.pem")
    assert main(["ls", "web-01", "/"]) == EXIT_USAGE
    assert "$VSPHERE_CA /nonexistent/vc.pem: no such file" in capsys.readouterr().err


def test_cannot_reach_names_host_and_port(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    argv = ["ls", "--ca", str(sim.ca_file), "--server", f"127.0.0.1:{port}", "web-01", "/"]
    assert main(argv) == EXIT_CONNECT
    assert capsys.readouterr().err.strip() == (
        f"vsphere-guest: error: cannot reach vCenter at 127.0.0.1:{port} (Connection refused)"
    )


def test_bare_ipv6_is_accepted_as_a_host_on_port_443(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "--ca", str(sim.ca_file), "--server", "::1", "web-01", "/"]) == EXIT_CONNECT
    err = capsys.readouterr().err
    assert "cannot reach vCenter at [::1]:443" in err and "write [::1]:PORT" in err


def test_bracketed_ipv6_with_port(make_sim: Any, env: dict[str, str], tmp_path: Path) -> None:
    sim6 = make_sim(host="::1")
    assert sim6.server.startswith("[::1]:")
    argv = ["download", "--server", sim6.server, "--ca", str(sim6.ca_file), "web-01",
            "/etc/hostname", str(tmp_path)]  # fmt: skip
    assert main(argv) == EXIT_OK
    assert (tmp_path / "hostname").read_bytes() == b"web-01\n"


def test_messages_speak_cli_not_library(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "app.log").write_text("keep")  # the folder already holds the guest file's name
    argv = ["download", "--ca", str(sim.ca_file), "web-01", "/var/log/app.log", str(tmp_path)]
    assert main(argv) == EXIT_EXISTS
    err = capsys.readouterr().err
    assert "--overwrite" in err and "overwrite=True" not in err


def test_untrusted_vcenter_certificate(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "web-01", "/var/log"]) == EXIT_CERT  # system trust does not know the test CA
    assert "--ca" in capsys.readouterr().err


def test_insecure_warns_loudly_but_works(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ls", "--insecure", "web-01", "/var/log"]) == EXIT_OK
    captured = capsys.readouterr()
    assert (
        "app.log" in captured.out
        and "--insecure" in captured.err
        and "ESXi transfers stay pinned" in captured.err
    )


def test_vsphere_ca_is_read(
    sim: Simulator, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VSPHERE_CA", str(sim.ca_file))
    assert main(["ls", "web-01", "/var/log"]) == EXIT_OK


def test_insecure_warns_once(sim: Simulator, env: dict[str, str]) -> None:
    result = run_cli(env, "ls", "--insecure", "web-01", "/var/log")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr.count("WARNING") == 1 and "--insecure" in result.stderr


def test_no_host_verify_warns_once(sim: Simulator, env: dict[str, str], tmp_path: Path) -> None:
    result = run_cli(
        env, "download", "--ca", str(sim.ca_file), "--no-host-verify", "web-01", "/etc/hostname",
        str(tmp_path),
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr.count("WARNING") == 1 and "--no-host-verify" in result.stderr


def test_insecure_with_ca_is_a_usage_error(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ls", "--insecure", "--ca", str(sim.ca_file), "web-01", "/"]) == EXIT_USAGE
    assert "--insecure and --ca" in capsys.readouterr().err
    monkeypatch.setenv("VSPHERE_CA", str(sim.ca_file))
    assert main(["ls", "--insecure", "web-01", "/"]) == EXIT_USAGE
    assert "$VSPHERE_CA" in capsys.readouterr().err


def test_host_ca_failure_does_not_speak_of_a_pin(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # web-01 runs on esxi-01, whose certificate is self-signed: the test CA does not verify it.
    ca = str(sim.ca_file)
    argv = ["download", "--ca", ca, "--host-ca", ca, "web-01", "/etc/hostname", str(tmp_path)]
    assert main(argv) == EXIT_CERT
    err = capsys.readouterr().err
    assert f"--host-ca {ca}" in err and "pinned" not in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("esxi-01.corp", "argument --esxi-address: expected NAME=ADDR, not 'esxi-01.corp'"),
        ("esxi-01.corp=10.0.0.5:0", "'esxi-01.corp=10.0.0.5:0': bad port"),
        ("esxi-01.corp=", "expected NAME=ADDR, not 'esxi-01.corp='"),
        ("=10.0.0.5", "expected NAME=ADDR"),
    ],
)
def test_a_bad_esxi_address_is_a_usage_error(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["ls", "--esxi-address", value, "web-01", "/"])
    assert usage.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_esxi_address_maps_a_host_name_dns_does_not_know(
    make_sim: Any, env: dict[str, str], tmp_path: Path
) -> None:
    named = make_sim(url_form="name")  # transfer URLs name esxi-01.sim, which is not in DNS
    endpoint = named.host_addresses["esxi-01.sim"]
    argv = ["download", "--server", named.server, "--ca", str(named.ca_file), "--esxi-address",
            f"esxi-01.sim={endpoint}", "web-01", "/var/log/app.log", str(tmp_path)]  # fmt: skip
    assert main(argv) == EXIT_OK
    assert (tmp_path / "app.log").read_bytes() == APP_LOG
    assert all("esxi-01.sim" in url for url in named.world.issued_urls)


def test_a_refused_esxi_address_is_worded_for_the_command_line(
    make_sim: Any, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No `host_addresses` (the library's argument) where the user gave --esxi-address, and the
    reason said once (issue 22)."""
    named = make_sim(url_form="name")
    port, esxi = free_port(), named.host_addresses["esxi-01.sim"].split(":")[1]
    given = f"esxi-01.sim=127.0.0.1:{port}"
    argv = ["download", "--server", named.server, "--ca", str(named.ca_file), "--esxi-address",
            given, "web-01", "/var/log/app.log", str(tmp_path)]  # fmt: skip
    assert main(argv) == EXIT_TRANSFER
    err = capsys.readouterr().err
    assert "host_addresses" not in err
    assert err.splitlines()[-1] == (
        f"vsphere-guest: error: transfer failed: cannot connect to esxi-01.sim:{esxi} (via "
        f"127.0.0.1:{port}, the address given for esxi-01.sim): Connection refused"
    )


def test_an_unresolvable_host_name_is_worded_for_the_command_line() -> None:

    from vsphere_guest import TransferError
    from vsphere_guest.cli.exit_codes import cli_words
    from vsphere_guest.dataplane.addresses import AddressBook

    def unknown(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(TransferError) as caught:
        AddressBook(None, unknown).route("esxi-01.corp", 443, ())
    message = cli_words(caught.value)
    assert "host_addresses" not in message
    assert "give its address with --esxi-address esxi-01.corp=ADDRESS;" in message
