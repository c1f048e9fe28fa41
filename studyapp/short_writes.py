"""Long jobs write in short transactions and leave room between them for learners' writes.

SQLite has one writer at a time, and a writer that waits polls the lock (every 100 ms once it
has waited a while). A job that commits and at once begins its next transaction can take the
lock again before a waiting answer polls, time after time. So after each of its transactions a
job pauses about as long as the transaction took: half the time the lock is free, and an answer
gets it within a poll or two. PostgreSQL locks rows, not the database, so there is no pause.
"""

import time
from contextlib import contextmanager

from django.db import connection, transaction

MIN_PAUSE, MAX_PAUSE = 0.02, 0.25  # seconds


@contextmanager
def short_write():
    """One transaction of a long job; on SQLite, followed by a pause as long as it took."""
    start = time.perf_counter()
    with transaction.atomic():
        yield
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        time.sleep(min(MAX_PAUSE, max(MIN_PAUSE, time.perf_counter() - start)))
