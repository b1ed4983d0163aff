"""One download in a fresh process, so the parent can read its peak RSS (os.wait4)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vsphere_guest import Client, GuestCredentials


def main() -> None:
    config = json.loads(sys.argv[1])
    guest_path, dest = sys.argv[2], Path(sys.argv[3])
    with Client(
        config["server"],
        username=config["username"],
        password=config["password"],
        verify=config["ca"],
    ) as client:
        if guest_path != "-":
            credentials = GuestCredentials(config["guest_user"], config["guest_password"])
            client.download(
                client.find_vm("web-01"), guest_path, dest, credentials=credentials, overwrite=True
            )


if __name__ == "__main__":
    main()
