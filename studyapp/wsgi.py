"""WSGI entry point."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")
application = get_wsgi_application()


def _warm_up():
    """Import the URLconf (every view with it) and the Dutch catalogue now, not in each worker's
    first request: that request would otherwise take two seconds. With gunicorn's preload_app
    (gunicorn.conf.py) this happens once, in the master, and every worker starts warm. Nothing
    here opens a database connection, which a forked worker must never share."""
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 - the import is the point
    with translation.override("nl"):
        translation.gettext("Dutch")


_warm_up()
