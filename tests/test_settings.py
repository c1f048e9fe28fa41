import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, env_overrides, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
    }
    env.update({"VAR_DIR": str(tmp_path), **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7!q2m#v9zr4k8w1t5y3p6u0s-long-enough-random-production-secret-key",
    "ALLOWED_HOSTS": "studyapp.example.org",
}


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION, tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_secret_key_refuses_to_start(tmp_path):
    result = manage("check", env_overrides={"DEBUG": "0"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_the_default_database_is_sqlite_under_var_in_wal_mode(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.db import connection; c = connection.cursor(); "
        "print(connection.settings_dict['NAME']); "
        "print(c.execute('PRAGMA journal_mode').fetchone()[0])",
        env_overrides={"DEBUG": "1"},
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    name, mode = result.stdout.split()[-2:]
    assert name == str(tmp_path / "studyapp.sqlite3")
    assert mode == "wal"


def test_database_url_selects_another_database(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
        env_overrides={"DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path}/other.db"},
        tmp_path=tmp_path,
    )
    assert result.stdout.strip().endswith("other.db")
