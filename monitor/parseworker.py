"""The parse-pool worker: a child process that analyses one document at a time.

    python -m monitor.parseworker READ_FD WRITE_FD

It imports only the CPU-bound stages (parser, tagger, watches), never the
store or the network, so it starts quickly and a hostile document can do no
more than waste this process, which the pool kills when it overruns its time
limit. The protocol is a few tuples over a `multiprocessing` pipe:

    ("config", generation, config)  -> ("ready", generation) | ("broken", generation, message)
    ("job", job_id, content, url, content_type, context, known)
                                    -> ("done", job_id, packed Analysis) | ("failed", job_id, message)
                                     | ("crashed", job_id, message)

A finished analysis travels packed (`monitor.poolwire`): plain values, and numbers
for the tags and hits this worker has sent before.

The end of the pipe (the parent closed it, or died) ends the worker.
"""

from __future__ import annotations

import signal
import sys
from multiprocessing.connection import Connection
from typing import Any

ADDRESS_SPACE_LIMIT = 4 << 30  # a runaway parse fails with MemoryError long before the machine swaps


def main(requests: Connection, replies: Connection, address_space: int = ADDRESS_SPACE_LIMIT) -> None:
    """Serve requests until the input pipe closes; every reply is sent before the next request is read."""
    # Ctrl+C in a terminal reaches the whole process group: the parent decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(address_space)
    from monitor.analysis import Analyzer, analyze_document
    from monitor.errors import FeedError
    from monitor.poolwire import Packer

    analyzer: Analyzer | None = None
    packer = Packer()
    while True:
        try:
            message: tuple[Any, ...] = requests.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        if kind == "config":
            _, generation, config = message
            try:
                analyzer = Analyzer(config)
            except Exception as exc:  # reported to the parent, which fails the feed that was waiting
                replies.send(("broken", generation, f"{type(exc).__name__}: {exc}"))
                continue
            replies.send(("ready", generation))
        elif kind == "job":
            _, job_id, content, url, content_type, context, known = message
            if analyzer is None:
                replies.send(("crashed", job_id, "worker has no configuration"))
                continue
            try:
                result = packer.pack(analyze_document(content, url, content_type, analyzer, context, known))
            except FeedError as exc:
                replies.send(("failed", job_id, exc.message))
            except MemoryError:
                replies.send(("crashed", job_id, "ran out of memory"))
            except Exception as exc:  # a parser bug must cost one feed, not the worker
                replies.send(("crashed", job_id, f"{type(exc).__name__}: {exc}"))
            else:
                replies.send(("done", job_id, result))
            del content, known
        elif kind == "stop":
            return


def _limit_memory(address_space: int) -> None:
    """Best effort: where the platform allows it, cap this process's address space."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, hard))
    except (ImportError, ValueError, OSError):
        pass


if __name__ == "__main__":
    main(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
