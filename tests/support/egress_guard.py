"""Runs `phi-proxy` with a Python audit hook that records every outbound connection and DNS lookup.

Usage: python egress_guard.py LOGFILE phi-proxy-args...  Each line of LOGFILE: event<TAB>target.
"""

import sys


def main() -> int:
    log_path, argv = sys.argv[1], sys.argv[2:]
    log = open(log_path, "a", buffering=1, encoding="utf-8")

    def hook(event, args):
        if event == "socket.connect":
            address = args[1]
            if isinstance(address, tuple):
                log.write(f"connect\t{address[0]}:{address[1]}\n")
            else:
                log.write(f"connect\t{address}\n")  # unix sockets
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"):
            log.write(f"resolve\t{args[0]}\n")

    sys.addaudithook(hook)
    from proxy.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
