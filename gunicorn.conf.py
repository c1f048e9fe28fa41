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
