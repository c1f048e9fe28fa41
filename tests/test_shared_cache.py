"""Shared reads go through Django's cache: local memory by default, Redis when REDIS_URL is set."""

import os

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

from studyapp import progress, stats

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/2")
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "studyapp-test",
    }
}

pytestmark = pytest.mark.django_db


def redis_answers():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:  # noqa: BLE001 - any failure means: no Redis here
        return False


def test_redis_url_selects_the_redis_cache(monkeypatch):
    import importlib

    from studyapp import settings as app_settings

    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    try:
        reloaded = importlib.reload(app_settings)
        assert reloaded.CACHES["default"]["BACKEND"].endswith("RedisCache")
        assert reloaded.CACHES["default"]["LOCATION"] == REDIS_URL
        monkeypatch.delenv("REDIS_URL")
        reloaded = importlib.reload(app_settings)
        assert reloaded.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    finally:
        importlib.reload(app_settings)


@pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379")
def test_topic_maps_are_shared_through_redis(shipped_bank, django_assert_num_queries):
    with override_settings(CACHES=REDIS):
        cache = caches["default"]
        assert isinstance(cache, RedisCache)
        cache.delete_many(
            [
                f"studyapp:card-topics:{shipped_bank.pk}",
                f"studyapp:question-topics:{shipped_bank.pk}",
            ]
        )
        try:
            first = progress.card_topics(shipped_bank)
            questions = stats.question_topics(shipped_bank)
            assert first and questions
            # Another process would read the same values, without a query.
            with django_assert_num_queries(0):
                assert progress.card_topics(shipped_bank) == first
                assert stats.question_topics(shipped_bank) == questions
        finally:
            cache.delete_many(
                [
                    f"studyapp:card-topics:{shipped_bank.pk}",
                    f"studyapp:question-topics:{shipped_bank.pk}",
                ]
            )


def test_nothing_another_server_needs_lives_in_process_memory(settings):
    # Sessions and login lockouts are in the database; the cache (and with it any throttling
    # counters) moves to Redis with REDIS_URL.
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
