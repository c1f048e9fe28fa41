"""Load: N learners taking quizzes at once against gunicorn on 127.0.0.1, for a bounded time.

Run: .venv/bin/python bench/load.py [--learners 50] [--seconds 20] [--database sqlite|postgres|both]
        [--servers 2] [--postgres-url URL] [--redis-url URL]
Prints throughput, p50/p99 latency and errors for the quiz traffic, beside the throughput of a
trivial Django view on the same server, and checks that every answer sent was stored once.
Each measurement starts with a few seconds of uncounted quiz traffic (warm workers).
With --servers 2 it first measures one server, then two gunicorn servers on different loopback
ports against the same database (and Redis, when given), learners spread over both: once with
each server given its share of the workers (the same total on the same cores), once with each
given them all; it prints every throughput beside one server's from the same run.
With --database both it ends with the two ratios side by side.
--postgres-url uses (and empties) that database instead of creating a throw-away one.
Only loopback addresses are used; every loop stops by itself at its deadline.
"""

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")

SETUP = """
import json, os
from django.contrib.auth.hashers import make_password
from rest_framework.authtoken.models import Token
from studyapp.models import Profile
from django.contrib.auth import get_user_model
User = get_user_model()
password = make_password("load-test-password-1")
users = User.objects.bulk_create([User(username=f"load{n:03d}", password=password)
                                  for n in range({n})])
Profile.objects.bulk_create([Profile(user=u, role="learner") for u in users])
json.dump([Token.objects.create(user=u).key for u in users], open(os.environ["TOKENS_FILE"], "w"))
"""
COUNT_ANSWERS = "from studyapp.models import Answer; print(Answer.objects.count())"


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env, *args, code=None):
    command = [PYTHON, "manage.py", *args]
    if code:
        command = [PYTHON, "manage.py", "shell", "-v", "0", "-c", code]
    return subprocess.run(
        command, cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def request(port, method, path, token=None, body=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    start = time.perf_counter()
    connection.request(
        method, path, body=json.dumps(body) if body is not None else None, headers=headers
    )
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, time.perf_counter() - start


class Tally:
    def __init__(self, counted_from=0.0):
        self.lock = threading.Lock()
        self.latencies, self.errors, self.answers_created, self.requests = [], 0, 0, 0
        self.counted_from = counted_from  # requests that end before this are the warm-up

    def add(self, status, latency, ok=(200, 201)):
        with self.lock:
            if status not in ok:
                self.errors += 1  # errors count from the start, warm-up included
            if time.time() < self.counted_from:
                return
            self.requests += 1
            self.latencies.append(latency)


def learner_loop(port, token, essay, deadline, tally):
    rng = random.Random(token)
    while time.time() < deadline:
        try:
            status, data, latency = request(
                port,
                "POST",
                "/api/quizzes/",
                token,
                {"essay": essay, "count": 10, "mode": "practice"},
            )
            tally.add(status, latency, ok=(201,))
            if status != 201:
                continue
            quiz = json.loads(data)["id"]
            status, data, latency = request(port, "GET", f"/api/quizzes/{quiz}/questions/", token)
            tally.add(status, latency)
            for question in json.loads(data):
                if time.time() >= deadline:
                    break
                options = question["options"]
                if question["type"] == "ordering":
                    response = options
                elif question["type"] == "matching":
                    response = dict(zip(question["left"], options, strict=False))
                elif options:
                    response = rng.choice(options)
                else:
                    response = "een antwoord"
                status, data, latency = request(
                    port,
                    "POST",
                    f"/api/quizzes/{quiz}/answers/",
                    token,
                    {
                        "question": question["question"],
                        "response": response,
                        "key": f"{quiz}-{question['number']}",
                    },
                )
                tally.add(status, latency, ok=(201,))
                if status == 201:
                    with tally.lock:
                        tally.answers_created += 1
            status, _data, latency = request(port, "POST", f"/api/quizzes/{quiz}/submit/", token)
            tally.add(status, latency)
        except OSError:
            with tally.lock:
                tally.errors += 1


def trivial_loop(port, deadline, tally):
    while time.time() < deadline:
        try:
            status, _data, latency = request(port, "GET", "/healthz/")
            tally.add(status, latency)
        except OSError:
            with tally.lock:
                tally.errors += 1


def run_threads(target, count, seconds, make_args, warm_up=0):
    """Run `count` threads of `target` until the deadline; each stops by itself.

    The first `warm_up` seconds are not counted: the same threads go on, mid-quiz, so the
    counted requests have the mix of learners who have been at it for a while.
    """
    counted_from = time.time() + warm_up
    tally = Tally(counted_from)
    deadline = counted_from + seconds
    threads = [
        threading.Thread(target=target, args=(*make_args(n), deadline, tally)) for n in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(warm_up + seconds + 60)
    return tally, time.time() - counted_from


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids):
    """CPU time (user and system) the live processes `pids` have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICK


def serving_pids(processes, database_url):
    """The gunicorn masters and workers, and the PostgreSQL backends serving this database.

    What serving the requests costs on this machine, whatever else runs beside: the database's
    own work is in these processes on PostgreSQL, in the workers on SQLite.
    """
    masters = {process.pid for process in processes}
    pids = set(masters)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) in masters:
                pids.add(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    if database_url.startswith("postgres"):
        import psycopg

        name = database_url.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (name,)
            ).fetchall()
        pids.update(pid for (pid,) in rows)
    return pids


def start_servers(env, count, workers):
    ports, servers = [], []
    for _ in range(count):
        port = free_port()
        servers.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "-c",
                    "gunicorn.conf.py",
                    "studyapp.wsgi",
                    "-b",
                    f"{HOST}:{port}",
                    "-w",
                    str(workers),
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=env,
            )
        )
        ports.append(port)
    for port in ports:
        for _ in range(200):
            try:
                if request(port, "GET", "/healthz/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
    return ports, servers


def measure(env, tokens, learners, seconds, workers, servers, warm_up=5):
    """Quiz traffic and the trivial view against `servers` servers; learners spread over them.

    The first seconds of quiz traffic are not counted: a server that has run for a while, and
    learners in the middle of their quizzes, are what is measured. Their answers are checked.
    """
    ports, processes = start_servers(env, servers, workers)
    try:
        # The trivial view just before and just after the quiz traffic, added up: on a machine
        # shared with other work both then see about the same share of the cores. The CPU
        # time the servers (and PostgreSQL) spend on each is measured too: that figure does
        # not depend on what else the machine is doing.
        trivial_cpu = -cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))
        before, before_elapsed = run_threads(
            trivial_loop, learners, max(3, seconds // 6), lambda n: (ports[n % len(ports)],)
        )
        trivial_cpu += cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))
        warm_end = time.time() + warm_up
        quiz_cpu = None

        def start_counting_cpu():
            nonlocal quiz_cpu
            time.sleep(max(0.0, warm_end - time.time()))
            quiz_cpu = -cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))

        counter = threading.Thread(target=start_counting_cpu)
        counter.start()
        quiz, elapsed = run_threads(
            learner_loop,
            learners,
            seconds,
            lambda n: (ports[n % len(ports)], tokens[n], "trotski-deel-2"),
            warm_up=warm_up,
        )
        counter.join()
        quiz_cpu += cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))
        trivial_cpu -= cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))
        trivial, after_elapsed = run_threads(
            trivial_loop, learners, max(3, seconds // 6), lambda n: (ports[n % len(ports)],)
        )
        trivial_cpu += cpu_seconds(serving_pids(processes, env["DATABASE_URL"]))
        trivial.requests += before.requests
        trivial.errors += before.errors
        trivial.latencies += before.latencies
        trivial_elapsed = before_elapsed + after_elapsed
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    quiz.cpu_ms = 1000 * quiz_cpu / max(1, quiz.requests)
    trivial.cpu_ms = 1000 * trivial_cpu / max(1, trivial.requests)
    return quiz, quiz.requests / elapsed, trivial, trivial.requests / trivial_elapsed


def report(title, quiz, throughput, trivial, floor):
    # The load average says how much else the machine was doing: compare ratios, not req/s.
    print(f"{title} (load average {os.getloadavg()[0]:.1f})")
    print(
        f"  quiz traffic     {throughput:7.1f} req/s   p50 {statistics.median(quiz.latencies) * 1000:6.1f} ms"
        f"   p99 {percentile(quiz.latencies, 0.99) * 1000:6.1f} ms   errors {quiz.errors}"
    )
    print(
        f"  trivial view     {floor:7.1f} req/s   p50 {statistics.median(trivial.latencies) * 1000:6.1f} ms"
        f"   p99 {percentile(trivial.latencies, 0.99) * 1000:6.1f} ms   errors {trivial.errors}"
    )
    print(f"  ratio            {throughput / floor:.2f} of the framework's floor")
    print(
        f"  server CPU per request: quiz {quiz.cpu_ms:.2f} ms, trivial {trivial.cpu_ms:.2f} ms"
        f" (ratio {trivial.cpu_ms / max(quiz.cpu_ms, 1e-9):.2f}; the workers' CPU, and on"
        f" PostgreSQL its backends', whatever else runs)"
    )


def bench(database_url, label, learners, seconds, workers, servers=1, redis_url="", fresh=True):
    workdir = tempfile.mkdtemp(prefix="studyapp-load-")
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "VAR_DIR": workdir,
        "SECRET_KEY": "load-benchmark-secret-key-not-for-production-0123456789abcdef",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "AXES_FAILURE_LIMIT": "1000",
        "REDIS_URL": redis_url,
        # Cached ids from an earlier run in the same Redis must not be read as this run's.
        "CACHE_KEY_PREFIX": f"load-{os.getpid()}-{time.time_ns()}",
    }
    manage(env, "migrate", "--no-input")
    if not fresh:
        manage(env, "flush", "--no-input")
    manage(env, "collectstatic", "--no-input")
    manage(env, "load_study_pack", "fixtures/trotski-deel-2.yaml")
    manage(env, "generate_bank")
    tokens_file = Path(workdir) / "tokens.json"
    manage({**env, "TOKENS_FILE": str(tokens_file)}, code=SETUP.replace("{n}", str(learners)))
    tokens = json.loads(tokens_file.read_text())
    cache = f", cache in Redis {redis_url}" if redis_url else ""
    ok = True
    sent = 0
    # One server with every worker; then, with --servers N, N servers sharing this machine's
    # cores (each its share of the workers, the same total), and N servers each sized for the
    # whole machine (N times the workers on the same cores).
    runs = [(1, workers)]
    if servers > 1:
        runs += [(servers, max(1, workers // servers)), (servers, workers)]
    results = {}
    for count, each in runs:
        quiz, throughput, trivial, floor = measure(env, tokens, learners, seconds, each, count)
        sent += quiz.answers_created
        results[count, each] = (throughput, floor)
        report(
            f"{label}: {learners} learners for {seconds} s, {count} gunicorn server(s) with "
            f"{each} workers each{cache}",
            quiz,
            throughput,
            trivial,
            floor,
        )
        ok &= quiz.errors == 0
    stored = int(manage(env, code=COUNT_ANSWERS).strip())
    shutil.rmtree(workdir, ignore_errors=True)
    one = results[1, workers][0]
    for count, each in runs[1:]:
        print(
            f"  {count} servers x {each} workers: {results[count, each][0]:.1f} req/s beside "
            f"one server's {one:.1f} req/s in the same run ({results[count, each][0] / one:.2f}x)"
        )
    verdict = "all stored once" if stored == sent else "MISMATCH"
    print(f"  answers sent {sent}, stored {stored}: {verdict}")
    throughput, floor = results[1, workers]
    return ok and stored == sent, throughput / floor


def postgres_database():
    """A fresh database for the run on the local server, or None when none answers."""
    try:
        import psycopg
    except ImportError:
        return None
    name = f"studyapp_load_{os.getpid()}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        return None
    return name


def drop_postgres(name):
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("LOAD_POSTGRES_URL", ""),
        help="use (and empty) this database instead of a throw-away one",
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    args = parser.parse_args()
    ok = True
    ratios = {}
    options = {"servers": args.servers, "redis_url": args.redis_url}
    if args.database in ("sqlite", "both"):
        path = Path(tempfile.mkdtemp(prefix="studyapp-load-db-")) / "load.sqlite3"
        passed, ratios["SQLite"] = bench(
            f"sqlite:///{path}", "SQLite", args.learners, args.seconds, args.workers, **options
        )
        ok &= passed
    if args.database in ("postgres", "both"):
        if args.postgres_url:
            passed, ratios["PostgreSQL"] = bench(
                args.postgres_url,
                "PostgreSQL",
                args.learners,
                args.seconds,
                args.workers,
                fresh=False,
                **options,
            )
            ok &= passed
        else:
            name = postgres_database()
            if name is None:
                print("PostgreSQL: no server answers on 127.0.0.1:5432; skipped")
            else:
                try:
                    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
                    passed, ratios["PostgreSQL"] = bench(
                        url, "PostgreSQL", args.learners, args.seconds, args.workers, **options
                    )
                    ok &= passed
                finally:
                    drop_postgres(name)
    if len(ratios) == 2:
        print(
            f"Same run: quiz traffic / trivial view {ratios['PostgreSQL']:.2f} on PostgreSQL "
            f"beside {ratios['SQLite']:.2f} on SQLite (one server)"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
