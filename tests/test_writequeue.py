"""Group commit: feeds finishing together share a transaction, and one bad feed costs only itself."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Connection, text

from monitor.store import Database
from monitor.writequeue import WriteQueue


def insert_meta(key: str):  # type: ignore[no-untyped-def]
    def work(conn: Connection) -> str:
        conn.execute(text("INSERT INTO meta(key, value) VALUES (:k, 'v')"), {"k": key})
        return key

    return work


def stored_keys(db: Database) -> set[str]:
    with db.reader.connect() as conn:
        return {k for (k,) in conn.execute(text("SELECT key FROM meta WHERE key LIKE 'job-%'"))}


async def run_blocked(queue: WriteQueue, executor: ThreadPoolExecutor, jobs) -> list:  # type: ignore[no-untyped-def]
    """Submit every job while the database thread is held busy, so they queue up as a busy pass's do."""
    gate = threading.Event()
    executor.submit(gate.wait)
    tasks = [asyncio.ensure_future(queue.write(job)) for job in jobs]
    await asyncio.sleep(0)  # let every task enqueue its job
    gate.set()
    return await asyncio.gather(*tasks, return_exceptions=True)


def test_jobs_waiting_together_are_written_in_one_transaction(db: Database) -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor)
    results = asyncio.run(run_blocked(queue, executor, [insert_meta(f"job-{i}") for i in range(10)]))
    executor.shutdown()
    assert results == [f"job-{i}" for i in range(10)]
    assert queue.transactions == 1
    assert stored_keys(db) == {f"job-{i}" for i in range(10)}


def test_a_failing_job_fails_alone_and_the_rest_of_its_group_is_kept(db: Database) -> None:
    def broken(conn: Connection) -> str:
        conn.execute(text("INSERT INTO meta(key, value) VALUES ('job-broken', 'v')"))
        raise RuntimeError("a bug in one feed's write")

    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor)
    jobs = [insert_meta("job-a"), broken, insert_meta("job-b")]
    results = asyncio.run(run_blocked(queue, executor, jobs))
    executor.shutdown()
    assert results[0] == "job-a" and results[2] == "job-b"
    assert isinstance(results[1], RuntimeError)
    assert stored_keys(db) == {"job-a", "job-b"}  # the broken job's own row was rolled back with it


def test_a_group_is_capped(db: Database) -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor, max_jobs=4)
    asyncio.run(run_blocked(queue, executor, [insert_meta(f"job-{i}") for i in range(10)]))
    executor.shutdown()
    assert queue.transactions == 3  # 4 + 4 + 2
    assert len(stored_keys(db)) == 10


def test_a_lone_job_does_not_wait_for_company(db: Database) -> None:
    async def one() -> str:
        return await queue.write(insert_meta("job-alone"))

    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor)
    assert asyncio.run(asyncio.wait_for(one(), timeout=30)) == "job-alone"
    executor.shutdown()
    assert queue.transactions == 1


def test_an_error_reaches_the_caller_of_a_lone_job(db: Database) -> None:
    def broken(conn: Connection) -> None:
        raise ValueError("no")

    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor)
    with pytest.raises(ValueError, match="no"):
        asyncio.run(queue.write(broken))
    executor.shutdown()


def test_a_group_stops_at_its_weight_and_a_heavy_job_goes_alone(db: Database) -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    queue = WriteQueue(db, executor, max_weight=100)
    jobs = [insert_meta(f"job-{i}") for i in range(5)]

    async def submit() -> list:  # type: ignore[type-arg]
        gate = threading.Event()
        executor.submit(gate.wait)
        weights = [40, 40, 40, 500, 10]  # groups: 40+40 | 40 | 500 alone | 10
        tasks = [asyncio.ensure_future(queue.write(job, weight=w)) for job, w in zip(jobs, weights)]
        await asyncio.sleep(0)
        gate.set()
        return await asyncio.gather(*tasks)

    assert asyncio.run(submit()) == [f"job-{i}" for i in range(5)]
    executor.shutdown()
    assert queue.transactions == 4
    assert len(stored_keys(db)) == 5
