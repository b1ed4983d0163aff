"""One `Client.collect` in a fresh process, so the parent can read its peak RSS (os.wait4).

argv: CONFIG_JSON DEST CONCURRENCY VM...; collects /fleet of each VM and prints one JSON line
(seconds from login to the last file, records, statuses, client round trips)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter

from vsphere_guest import Client, GuestCredentials


def main() -> None:
    config = json.loads(sys.argv[1])
    dest, concurrency, vms = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    credentials = GuestCredentials(config["guest_user"], config["guest_password"])
    started = time.perf_counter()
    with Client(
        config["server"],
        username=config["username"],
        password=config["password"],
        verify=config["ca"],
    ) as client:
        records = client.collect(
            vms,
            ["/fleet"],
            dest,
            credentials=credentials,
            concurrency=concurrency,
            per_vm=min(concurrency, 4),
        )
        seconds = time.perf_counter() - started
        trips = client.round_trips
    statuses = Counter(r.status for r in records)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "records": len(records),
                "statuses": dict(statuses),
                "round_trips": trips,
            }
        )
    )


if __name__ == "__main__":
    main()
