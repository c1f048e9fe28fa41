"""PostgreSQL connections last: pooled per process by default, or kept per process with DB_POOL=0."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/h7_perf")
SHOW = (
    "import json; from django.conf import settings; d = settings.DATABASES['default']; "
    "print(json.dumps({'age': d['CONN_MAX_AGE'], 'checks': d.get('CONN_HEALTH_CHECKS'), "
    "'pool': d.get('OPTIONS', {}).get('pool')}))"
)
CONNECT = (
    "from django.db import connection; connection.ensure_connection(); "
    "print(type(connection.pool).__name__)"
)


def run(code, tmp_path, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DB_POOL",
            "DB_HEALTH_CHECKS",
            "CONN_MAX_AGE",
            "DATABASE_URL",
            "DB_PREPARED_STATEMENTS",
        }
    }
    environment.update({"DEBUG": "1", "VAR_DIR": str(tmp_path), **env})
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_postgresql_connections_come_from_a_pool_by_default(tmp_path):
    shown = json.loads(run(SHOW, tmp_path, DATABASE_URL=PG_URL))
    assert shown == {
        "age": 0,
        "checks": False,
        "pool": {"min_size": 1, "max_size": 4, "timeout": 10},
    }


def test_db_pool_sizes_the_pool_and_health_checks_are_a_choice(tmp_path):
    shown = json.loads(run(SHOW, tmp_path, DATABASE_URL=PG_URL, DB_POOL="2", DB_HEALTH_CHECKS="1"))
    assert shown["age"] == 0 and shown["pool"]["max_size"] == 2 and shown["checks"] is True


def test_db_pool_0_keeps_one_checked_connection_per_process(tmp_path):
    shown = json.loads(run(SHOW, tmp_path, DATABASE_URL=PG_URL, DB_POOL="0"))
    assert shown == {"age": 600, "checks": True, "pool": None}


def postgres_answers():
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=2).close()
        return True
    except Exception:  # noqa: BLE001 - any failure means: no server here
        return False


@pytest.mark.skipif(not postgres_answers(), reason="no PostgreSQL database to connect to")
def test_the_pool_really_connects(tmp_path):
    assert run(CONNECT, tmp_path, DATABASE_URL=PG_URL, DB_POOL="2") == "ConnectionPool"


# Three requests through Django's WSGI handler, as gunicorn serves them (the test client keeps
# its connection whatever the setting); prints how many connections they opened.
KEPT = (
    "from django.core.management import call_command; call_command('migrate', verbosity=0); "
    "from django.db.backends.signals import connection_created; "
    "from django.core.handlers.wsgi import WSGIHandler; "
    "from wsgiref.util import setup_testing_defaults; "
    "opened = []; connection_created.connect(lambda **kw: opened.append(1), weak=False); "
    "app = WSGIHandler(); environs = [{'PATH_INFO': '/', 'HTTP_HOST': 'testserver'} for _ in '123']; "
    "[setup_testing_defaults(e) or b''.join(app(e, lambda *a: None)) for e in environs]; "
    "print(len(opened))"
)


def test_a_sqlite_process_keeps_its_connection_across_requests(tmp_path):
    shown = json.loads(run(SHOW, tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'k.db'}"))
    assert shown["age"] == 600 and shown["pool"] is None
    sqlite = {"DATABASE_URL": f"sqlite:///{tmp_path / 'k.db'}", "ALLOWED_HOSTS": "testserver"}
    assert run(KEPT, tmp_path, **sqlite) == "0"
    assert run(KEPT, tmp_path, **sqlite, CONN_MAX_AGE="0") == "3"  # one per request


THRESHOLD = (
    "from django.conf import settings; "
    "print(settings.DATABASES['default']['OPTIONS'].get('prepare_threshold'))"
)


def test_postgresql_prepares_statements_unless_a_pooler_forbids_it(tmp_path):
    assert run(THRESHOLD, tmp_path, DATABASE_URL=PG_URL) == "5"
    assert run(THRESHOLD, tmp_path, DATABASE_URL=PG_URL, DB_PREPARED_STATEMENTS="0") == "None"
