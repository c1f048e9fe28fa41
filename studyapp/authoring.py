"""Authors add an essay: the upload is checked at once; loading and generating run in a worker."""

from .models import EssayJob
from .processing import start_processing


def add_essay(upload, *, owner, title=None, slug=None, language=None) -> EssayJob:
    """Check an upload and record its processing job; raises IngestError, storing nothing, if bad.

    The caller enqueues the job (studyapp.tasks.enqueue_processing); the essay page and
    GET /api/essays/SLUG/job/ show its progress.
    """
    return start_processing(upload, owner=owner, title=title, slug=slug, language=language)
