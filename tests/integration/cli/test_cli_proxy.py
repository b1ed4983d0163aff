"""The command through a proxy: --proxy URL (or $VSPHERE_PROXY) and --proxy-from-env
($HTTPS_PROXY, $NO_PROXY), with the recording CONNECT proxy of tests/integration/connect_proxy.py:
downloads and uploads go through it, and it sees only CONNECT lines, never a secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from vsphere_guest.cli import EXIT_CONNECT, EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, main
from vsphere_guest.testing import Simulator

from ..cli_run import free_port, run_cli
from ..clients.test_proxies import assert_saw_no_secret, esxi_targets
from ..connect_proxy import ConnectProxy


def transfers(env: dict[str, str], tmp_path: Path, *options: str) -> None:
    """An upload and a download of it back, in fresh processes, with `options`."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "up.txt").write_bytes(b"through the proxy\n" * 1000)
    upload = ["--overwrite", "web-01", str(tmp_path / "up.txt"), "/tmp/up.txt"]
    up = run_cli(env, "--debug", "upload", *options, *upload)
    assert up.returncode == EXIT_OK, up.stderr
    download = ["web-01", "/tmp/up.txt", str(tmp_path / "back.txt")]
    down = run_cli(env, "--debug", "download", *options, *download)
    assert down.returncode == EXIT_OK, down.stderr
    assert (tmp_path / "back.txt").read_bytes() == b"through the proxy\n" * 1000
    for result in (up, down):
        assert "pr0xy-s3cret" not in result.stderr + result.stdout


def test_download_and_upload_go_through_the_proxy_given_by_option_or_variable(
    sim: Simulator, env: dict[str, str], tmp_path: Path
) -> None:
    env = {**env, "VSPHERE_CA": str(sim.ca_file)}
    with ConnectProxy() as proxy:
        transfers(env, tmp_path / "a", "--proxy", proxy.url)
    with ConnectProxy(credentials=("alice", "pr0xy-s3cret")) as with_auth:
        url = with_auth.url.replace("://", "://alice:pr0xy-s3cret@")
        transfers({**env, "VSPHERE_PROXY": url}, tmp_path / "b")
    for seen in (proxy, with_auth):
        assert all(line.startswith("CONNECT ") for line in seen.lines), seen.lines
        targets = {line.split()[1] for line in seen.lines}
        assert sim.server in targets and targets - {sim.server} <= esxi_targets(sim)
        assert targets - {sim.server}, "no transfer went through the proxy"
        assert_saw_no_secret(seen, sim)
    assert all(s.headers.get("proxy-authorization") for s in with_auth.seen)


def test_proxy_from_env_honours_no_proxy_and_wins_over_vsphere_proxy(
    sim: Simulator, env: dict[str, str], tmp_path: Path
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with ConnectProxy() as proxy:
        variables = {
            **env,
            "VSPHERE_CA": str(sim.ca_file),
            "VSPHERE_PROXY": dead,  # --proxy-from-env is explicit: it wins
            "https_proxy": "",
            "HTTPS_PROXY": proxy.url,
            "no_proxy": "",
            "NO_PROXY": sim.server,  # vCenter direct, the ESXi hosts through the proxy
        }
        transfers(variables, tmp_path, "--proxy-from-env")
    targets = {line.split()[1] for line in proxy.lines}
    assert targets and targets <= esxi_targets(sim), proxy.lines


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--proxy", "https://u:pw-x@proxy:3128"], "--proxy: https:// proxies"),
        (["--proxy", "socks5://u:pw-x@proxy:1080"], "--proxy: socks5:// proxies are not"),
        (["--proxy", "http://u:pw-x@proxy:0"], "--proxy: bad port"),
    ],
)
def test_bad_proxy_settings_are_usage_errors_before_any_prompt(
    sim: Simulator,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    monkeypatch.delenv("VSPHERE_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("prompted"))
    assert main(["ls", "--ca", str(sim.ca_file), *options, "web-01", "/"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err and "pw-x" not in err, err


def test_proxy_and_proxy_from_env_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["ls", "--proxy", "http://p:1", "--proxy-from-env", "web-01", "/"])
    assert usage.value.code == EXIT_USAGE
    assert "--proxy-from-env: not allowed with argument --proxy" in capsys.readouterr().err


def test_a_password_in_the_proxy_option_warns(
    sim: Simulator, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with ConnectProxy(credentials=("alice", "pr0xy-s3cret")) as proxy:
        url = proxy.url.replace("://", "://alice:pr0xy-s3cret@")
        assert main(["ls", "--ca", str(sim.ca_file), "--proxy", url, "web-01", "/"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "WARNING: a password in --proxy is visible" in err and "pr0xy-s3cret" not in err


@pytest.mark.parametrize(("vcenter_too", "code"), [(True, EXIT_CONNECT), (False, EXIT_TRANSFER)])
def test_a_proxy_that_refuses_connect_is_one_line_naming_it(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vcenter_too: bool,
    code: int,
) -> None:
    with ConnectProxy(refuse=403) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "" if vcenter_too else sim.server)
        monkeypatch.delenv("https_proxy", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        argv = ["download", "--ca", str(sim.ca_file), "--proxy-from-env", "web-01"]
        assert main([*argv, "/etc/hostname", str(tmp_path)]) == code
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert f"proxy {proxy.netloc} refused CONNECT" in err and "(403 Refused By Test Proxy)" in err
