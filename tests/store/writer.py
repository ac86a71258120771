"""Subprocess used by the concurrency tests: save fictional documents in a loop.

``python -m tests.store.writer URL START COUNT BATCH`` saves documents START..START+COUNT-1
(COUNT 0: forever), BATCH whole documents per transaction, printing "ready" after the first batch.
"""

from __future__ import annotations

import itertools
import sys

from rasd.store import Store
from tests.store.docs import fictional_doc


def main(url: str, start: int, count: int, batch: int) -> None:
    numbers = itertools.count(start) if count == 0 else iter(range(start, start + count))
    with Store.open(url) as store:
        first = True
        while chunk := list(itertools.islice(numbers, batch)):
            # big removed/annotation layers make a kill inside a transaction likely
            store.save_documents([fictional_doc(i, k=20 + i % 30) for i in chunk], batch=batch)
            if first:
                print("ready", flush=True)
                first = False


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
