"""gunicorn's settings for studyapp: `gunicorn studyapp.wsgi` reads this file by itself.

Workers: sync workers serve one request each, so a server runs about two per core (one
computes while the other waits on the database); WEB_CONCURRENCY sets the number per server.
On one machine with several servers, give each server its share of the cores, not all of them:
servers x workers should stay about 2 x cores, or they only take turns on the same cores.
PostgreSQL connections: each worker holds one (Django's psycopg pool, see settings.py), so
servers x workers must stay under PostgreSQL's max_connections (100 by default).
"""

import multiprocessing
import os

workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
# Import Django, the URLconf and the catalogues once in the master (studyapp/wsgi.py warms
# them up): workers start warm and share that memory. No database connection is open then.
preload_app = True


def post_worker_init(worker):
    """Weigh the pairs of the most used banks' questions before this worker serves (see
    quizzes.warm_up_picks): the first quizzes it starts then cost what later ones do. A worker
    that cannot (no database yet, no tables) serves anyway."""
    if os.environ.get("WARM_UP_QUIZZES", "1") == "0":
        return
    from django.db import connections

    from studyapp.quizzes import warm_up_picks

    try:
        pairs = warm_up_picks()
    except Exception:  # noqa: BLE001 - warming up is optional; serving is not
        worker.log.exception("studyapp: quiz pick warm-up failed; serving without it")
    else:
        worker.log.info("studyapp: weighed %d pairs of quiz questions", pairs)
    finally:
        connections.close_all()
