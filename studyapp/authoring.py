"""Authors add an essay: the upload is checked at once; loading and generating run in a worker.

A new upload never takes another essay's slug: when the slug derived from the title is taken,
the essay gets the first free one with a suffix (-2, -3, …); a slug the author chose that is
taken is refused. Only replacing, asked for explicitly, loads a file into an existing essay,
and only into one the author manages (studyapp.essays).
"""

from .models import EssayJob
from .processing import start_processing


def add_essay(upload, *, owner, title=None, slug=None, language=None, replace=False) -> EssayJob:
    """Check an upload and record its processing job; raises IngestError, storing nothing, if bad.

    The caller enqueues the job (studyapp.tasks.enqueue_processing); the essay page and
    GET /api/essays/SLUG/job/ show its progress. With `replace`, the file becomes the new text
    of the essay `slug`, which `owner` must manage (404 when they cannot see it, 403 when they
    only read it).
    """
    return start_processing(
        upload, owner=owner, title=title, slug=slug, language=language, replace=replace
    )
