"""The report text: one numbered part per suite run so far, in a fixed order, reprinted as each
suite finishes (main() in bench/__main__.py prints only the new lines)."""

from __future__ import annotations

from vsphere_guest.guest.listing import PAGE_SIZE as LISTING_PAGE

from .measure import Row


def fmt(row: Row, unit: str = "") -> str:
    return f"{row['median']:8.1f}{unit} ({row['min']:.1f}-{row['max']:.1f}, n={row['runs']})"


def fmt_ratio(row: Row) -> str:
    return f"{row['median']:.2f} ({row['min']:.2f}-{row['max']:.2f})"


def rate_lines(t: Row) -> list[str]:
    cpu, plane = t.get("cpu_s_per_gib", {}), t.get("plane_cpu_s_per_gib", {})
    wall = t.get("wall_s_per_gib", {})
    lines = [
        f"   {name:<22} {fmt(v)}"
        + (f"  client CPU {cpu[name]['median']:.2f} s/GiB" if name in cpu else "")
        + (
            f", nginx CPU {plane[name]['median']:.2f} of {wall[name]['median']:.2f} s/GiB"
            if name in plane and name in wall
            else ""
        )
        for name, v in t.items()
        if name not in _NOT_RATES
    ]
    lines += [f"   {name:<34} {fmt_ratio(v)}" for name, v in t["ratios"].items()]
    return lines


_NOT_RATES = {
    "ratios",
    "commit_share",
    "commit_seconds",
    "cpu_s_per_gib",
    "cpu_s",
    "wall_s_per_gib",
    "plane_cpu_s_per_gib",
}


def report(results: Row) -> str:
    gib = f"{results['size_gib']:g} GiB"
    lines = [f"data plane: {results['data_plane']}; {results['machine']['cpus']} CPUs"]
    if "download" in results:
        t = results["download"]
        lines.append(f"1. Download, steady state (one client, file after file), {gib}, MB/s")
        lines += rate_lines(t)
        lines.append("   target vsphere_guest/curl -o: median >= 1.2, worst pair >= 1.0")
        lines.append(
            f"   vsphere_guest commit (fsync + rename): {fmt(t['commit_seconds'], ' s')}, "
            f"{t['commit_share']['median']:.1%} of its time"
        )
    if "e2e" in results:
        lines.append(f"2. Download, fresh process end to end, {gib}, MB/s")
        lines += rate_lines(results["e2e"])
        lines.append("   target >= 0.95")
    if "upload" in results:
        lines.append(f"3. Upload, one client file after file, {gib}, MB/s")
        lines += rate_lines(results["upload"])
        lines.append("   target vsphere_guest/curl -T: median >= 1.0, worst pair >= 0.8")
    if "chunks" in results:
        lines.append(
            "4. vsphere_guest read size, 256 MiB file, reused client (MB/s): "
            + ", ".join(f"{k} {v['median']:.0f}" for k, v in results["chunks"].items())
        )
    if "memory" in results:
        m = results["memory"]
        lines.append(
            f"5. Peak RSS of a fresh process (MiB): login only {m['login_only']:.1f}, "
            + ", ".join(f"{k} download {v:.1f}" for k, v in m["downloads"].items())
            + " (target < 64)"
        )
    if "per_file" in results:
        lines += per_file_lines(results["per_file"])
    if "concurrency" in results:
        c = results["concurrency"]
        lines.append("7. Parallel downloads of 64 MiB files, aggregate MB/s (client CPU s/GiB)")
        lines += [
            f"   {name:<22} {fmt(v)}  CPU {c['cpu_s_per_gib'][name]['median']:.2f}"
            for name, v in c["rates"].items()
        ]
        lines += [
            f"   {name + ' / x1':<34} {fmt_ratio(v)}  target >= {c['target']}"
            for name, v in c["scaling"].items()
        ]
    if "imports" in results:
        i = results["imports"]
        lines.append(
            "8. Import wall time, fresh interpreters (ms): "
            + "; ".join(f"{k} {fmt(v)}" for k, v in i.items() if isinstance(v, dict))
        )
        lines.append(
            f"   import vsphere_guest / import pyVmomi = {i['ratio_import']:.2f} (target <= 0.3); "
            f"with Client loaded = {i['ratio_import_client']:.2f}"
        )
    if "govc" in results:
        g = results["govc"]
        if "skipped" in g:
            lines.append(f"9. govc vs vsphere-guest: SKIPPED, {g['skipped']}")
        else:
            lines.append(
                f"9. govc ({g['govc_version']}) vs the vsphere-guest CLI, fresh processes; "
                f"{gib}, MB/s"
            )
            lines += rate_lines(g["big"])
            lines.append("   target >= 1.10")
            s = g["small"]
            lines.append(
                f"   {g['files']} files of 4 KiB (one govc process per file, session persisted; "
                "one vsphere-guest download -r), files/s"
            )
            cpu = s["cpu_s"]
            lines += [
                f"   {name:<26} {fmt(v)}  client CPU {cpu[name]['median']:.2f} s"
                for name, v in s.items()
                if name not in _NOT_RATES
            ]
            lines += [f"   {name:<38} {fmt_ratio(v)}" for name, v in s["ratios"].items()]
            lines.append("   target >= 10")
    if "fleet" in results:
        f = results["fleet"]
        j16, j1 = f["-j 16"], f["-j 1"]
        lines.append(
            f"10. Fleet: {f['vms']} VMs x {f['files_per_vm']} files of 4 KiB, "
            f"{f['delay_s'] * 1000:.0f} ms before every vCenter answer, listing pages of at "
            f"most {f.get('page_cap') or LISTING_PAGE}; Client.collect in a fresh process, files/s"
        )
        for name, t in (("-j 16", j16), ("-j 1", j1)):
            page = min(LISTING_PAGE, f.get("page_cap") or LISTING_PAGE)
            pages = t["vms"] * -(-f["files_per_vm"] // page)  # one folder per VM
            lines.append(
                f"   {name:<6} {t['vms']:>2} VMs, {t['files']:>4} files {fmt(t['files_per_s'])}; "
                f"{t['calls_per_file']:.2f} vCenter calls/file, "
                f"{t['listing_calls'] / pages:.2f} ListFilesInGuest calls/page; "
                f"peak RSS {t['rss_mib']['max']:.1f} MiB"
            )
        calls = ", ".join(f"{k} {v}" for k, v in sorted(j16["calls"].items()))
        lines.append(f"   -j 16 calls: {calls}")
        lines.append(
            f"   -j 16 / -j 1 = {fmt_ratio(f['ratio'])} (target >= {f.get('target', 8):g}, the "
            f"same {j1['vms']} VMs both ways); peak RSS target < 64 MiB"
        )
        c = f["cli"]
        ok = c["exit"] == 0 and c["login_calls"] == 1 and c["report_ok"] == c["files"]
        lines.append(
            f"   vsphere-guest collect, {c['vms']} VMs x {c['files'] // c['vms']} files, -j 16, "
            f"--report: exit {c['exit']}, {c['seconds']:.1f} s, Login calls {c['login_calls']}, "
            f"report {c['report_lines']} lines ({c['report_ok']} ok): " + ("PASS" if ok else "FAIL")
        )
        lines.append(f"   {c['summary'][0]}")
        lines += [f"   {line}" for line in c["report_head"]]
        if c["exit"] != 0:
            lines.append(f"   stderr: {c['stderr']}")
    if "latency" in results:
        lines += latency_lines(results["latency"])
    if "scale" in results:
        lines += scale_lines(results["scale"])
    return "\n".join(lines)


def per_file_lines(p: Row) -> list[str]:
    """Suite `per_file`: each way's files/s, round trips and client CPU per file, the ratios."""
    lines = [
        f"6. {p['files']} files of 4 KiB (the naive loop: {p['naive_files']}), one reused client "
        "unless naive; files/s"
    ]
    what = {
        "download() loop": "each call durable on return",
        "download_tree": "durable when the run returns",
        "naive loop": "a new client per file",
    }
    for name, t in p.items():
        if name in what:
            lines.append(
                f"   {name:<16} {fmt(t['files_per_s'])}; "
                f"{t['round_trips_per_file']['median']:.2f} round trips/file, client CPU "
                f"{t['cpu_ms_per_file']['median']:.2f} ms/file ({what[name]})"
            )
    lines += [f"   {name:<30} {fmt_ratio(v)}" for name, v in p["ratios"].items()]
    lines.append("   targets: download_tree >= 1,000 files/s and >= 10x the naive loop")
    return lines


def scale_lines(t: Row) -> list[str]:
    """Suite `scale`: peak RSS of each run, the verdict against the target and flatness."""
    lines = [
        f"12. Memory at scale: peak RSS of the CLI, fresh processes; target < "
        f"{t['target_mib']:g} MiB and the larger run <= the smaller + {t['flat_mib']:g} MiB"
    ]
    for name in ("download -r", "collect"):
        runs = t[name]
        sizes = sorted((k for k in runs if k != "verdict"), key=int)
        shown = ", ".join(
            f"{int(k):,} files {runs[k]['rss_mib']:.1f} MiB ({runs[k]['seconds']:.0f} s)"
            for k in sizes
        )
        lines.append(f"   {name:<12} {shown}: {runs['verdict']}")
    return lines


def latency_lines(t: Row) -> list[str]:
    """Suite `latency`: each comparison's rows, its ratio with the target beside it."""
    targets = t["targets"]
    conn = t["connections"]
    lines = [
        f"11. Latency: a delaying proxy on loopback, {t['vcenter_delay_s'] * 1000:.0f} ms one way "
        f"on every vCenter answer, {t['data_delay_s'] * 1000:.0f} ms on every data-plane answer "
        f"(a new connection pays one more); {conn['vcenter']} vCenter and {conn['data']} "
        "data-plane connections through it"
    ]
    s = t["small"]
    if "skipped" in s:
        lines.append(f"   4 KiB files vs govc: SKIPPED, {s['skipped']}")
    else:
        lines.append(
            f"   {s['files']} files of 4 KiB, fresh processes (the govc loop on the first "
            f"{s['govc_files']}: one process per file, session persisted), files/s"
        )
        lines += [
            f"   {name:<30} {fmt(v)}  client CPU {s['cpu_ms_per_file'][name]['median']:.1f} ms/file"
            for name, v in s.items()
            if name not in {*_NOT_RATES, "files", "govc_files", "cpu_ms_per_file"}
        ]
        lines += [
            f"   {name:<40} {fmt_ratio(v)}  target >= {targets['small']:g}"
            for name, v in s["ratios"].items()
        ]
    b = t["big"]
    lines.append("   256 MiB, one reused client vs curl -o (both initiate inside the timing), MB/s")
    lines += rate_lines(b)[: -len(b["ratios"])]
    lines += [
        f"   {name:<30} {fmt_ratio(v)}  target >= {targets['big']:g}"
        for name, v in b["ratios"].items()
    ]
    f = t["fleet"]
    lines.append(
        f"   Client.collect, {f['vms']} VMs x {f['files_per_vm']} files of 4 KiB, fresh processes "
        "(-j 1 and -j 16 on the same VMs), files/s"
    )
    lines += [
        f"   {name:<6} {f[name]['vms']:>2} VMs {fmt(f[name]['files_per_s'])}; "
        f"{f[name]['calls_per_file']:.2f} vCenter "
        f"calls/file, peak RSS {f[name]['rss_mib']['max']:.1f} MiB"
        for name in ("-j 16", "-j 1")
    ]
    lines.append(f"   {'-j 16/-j 1':<30} {fmt_ratio(f['ratio'])}  target >= {targets['fleet']:g}")
    return lines
