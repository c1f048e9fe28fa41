"""One settings module for every environment, configured by environment variables."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(or DEBUG=1 for local development)."
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "studyapp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale, so its 400s speak the user's language; before any view reads the query.
    "studyapp.middleware.QueryLimitsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as its documentation asks: it locks out repeated failed logins.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed logins for one username from one address: locked for fifteen minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

ROOT_URLCONF = "studyapp.urls"
WSGI_APPLICATION = "studyapp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # First: the app's own account pages win over the admin's registration/ templates.
        "DIRS": [BASE_DIR / "studyapp" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'studyapp.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Opening a PostgreSQL connection costs milliseconds: a request borrows one from Django's
    # psycopg pool instead, one pool per process. A gunicorn sync worker serves one request at
    # a time and so holds one connection (the pool opens more only for threads: runserver,
    # threaded workers); size the database for servers x workers x threads, under its
    # max_connections (100 by default). DB_POOL is the most one process opens (default 4);
    # DB_POOL=0 keeps one persistent connection per process instead (CONN_MAX_AGE, checked).
    # DB_HEALTH_CHECKS=1 checks a pooled connection before each request: one round trip more,
    # against one failed request per worker after the database restarts.
    pool_size = int(os.environ.get("DB_POOL", "4"))
    options = DATABASES["default"].setdefault("OPTIONS", {})
    if pool_size:
        DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps them instead
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_bool("DB_HEALTH_CHECKS", False)
        options["pool"] = {"min_size": 1, "max_size": pool_size, "timeout": 10}
    else:
        DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # The answer path's fixed statements (studyapp/prepared.py) bind on the server, so psycopg
    # prepares each once per connection after a few uses: PostgreSQL parses and plans it once
    # (bench/answer.py: 5.5 -> 3.7 ms per answer). The ORM's own queries bind in the client and
    # are never prepared. DB_PREPARED_STATEMENTS=0 for a pooler that cannot keep them
    # (PgBouncer in transaction mode before 1.21).
    options["prepare_threshold"] = 5 if env_bool("DB_PREPARED_STATEMENTS", True) else None
    if not env_bool("PG_SYNCHRONOUS_COMMIT", True):
        # Commits return before the WAL reaches the disk (~4 ms per commit on a slow disk): a
        # crash of the database server may lose the last fraction of a second of answers, never
        # store one twice. Off only when that trade is wanted; on by default.
        options["options"] = "-c synchronous_commit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a learner's answer is written; IMMEDIATE avoids
    # "database is locked" when two writes start at once.
    # Opening a SQLite connection (its functions, the pragmas) cost about a millisecond of a
    # quiz request's five: a process keeps its connection (bench/load.py: 282 -> 334 req/s).
    # Django's autocommit leaves no transaction open between requests, so the WAL checkpoints.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A file, not memory, for the test database: threads then use it as a server would.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-studyapp.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared reads are cached: in this process's memory by default, in Redis when REDIS_URL is set,
# so that several app servers share one cache (sessions and lockouts live in the database).
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache"
        if REDIS_URL
        else "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
# The overrides say "je" where Django's own Dutch says "u"; they win over Django's catalogue.
LOCALE_PATHS = [BASE_DIR / "studyapp" / "locale", BASE_DIR / "studyapp" / "locale_overrides"]
FORMAT_MODULE_PATH = ["studyapp.formats"]  # short dates as each language writes its months
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# In development the app serves static files straight from the source folders.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Password-reset mail: printed on the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "studyapp <noreply@localhost>")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous request gets 401 with WWW-Authenticate, not 403.
        "studyapp.api.authentication.PreparedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "studyapp.api.errors.json_exception_handler",
    # JSON bodies are bounded in size and depth, and their text checked, before parsing.
    "DEFAULT_PARSER_CLASSES": [
        "studyapp.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # Stored text that cannot be encoded is shown with U+FFFD rather than failing the response.
    "DEFAULT_RENDERER_CLASSES": [
        "studyapp.api.parsers.DisplayableJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}

SPECTACULAR_SETTINGS = {
    "TITLE": "studyapp API",
    "DESCRIPTION": "Quizzes, flashcards, classes, progress and exports for studying an essay.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI's files come from the sidecar package, served by the app: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Two "state" fields with different choices: name their enums after what they describe.
    "ENUM_NAME_OVERRIDES": {
        "LearnerAssignmentStateEnum": ["not_started", "started", "handed_in"],
        "InvitationStateEnum": ["open", "used", "revoked", "expired"],
    },
    # The `<id:…>` URL converter (studyapp.validation.IdConverter) takes a positive 64-bit integer.
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 1, "format": "int64"}},
}

# Background tasks (Django's Tasks API through the django-tasks backport). "database" keeps the
# queue in the app's own database, run by `manage.py db_worker` (what `make run` starts);
# "rq" keeps it in Redis at REDIS_URL, run by `manage.py rqworker --job-class django_tasks_rq.Job`
# on as many machines as share the work; "immediate" runs a task inside the request (tests).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND is {TASKS_BACKEND!r}; use one of: {', '.join(TASK_BACKENDS)}."
    )
if TASKS_BACKEND == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL, e.g. redis://127.0.0.1:6379/0.")
TASKS = {"default": TASK_BACKENDS[TASKS_BACKEND]}
# An essay's processing may take minutes; RQ stops a job after DEFAULT_TIMEOUT seconds.
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 3600}}

# A question is flagged in the item analysis only when this many learners of a class answered it.
ITEM_FLAG_MIN_LEARNERS = int(os.environ.get("ITEM_FLAG_MIN_LEARNERS", "20"))

# Largest essay file that load_essay accepts.
ESSAY_MAX_BYTES = int(os.environ.get("ESSAY_MAX_BYTES", str(5 * 1024 * 1024)))

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
