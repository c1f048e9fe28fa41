"""Authors add an essay: check the upload, load it, and make a first question bank from it."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from .drafting import draft_study_pack
from .generation import generate_bank
from .ingest import IngestError, load_essay_bytes
from .models import Essay


def add_essay(upload, *, owner=None, title=None, slug=None, language=None):
    """Load an uploaded file and generate its bank; nothing is stored when anything is wrong."""
    if upload.size > settings.ESSAY_MAX_BYTES:
        raise IngestError(
            _(
                "The file is %(size)s bytes; the limit is %(limit)s bytes. Split the essay or "
                "raise ESSAY_MAX_BYTES."
            )
            % {"size": upload.size, "limit": settings.ESSAY_MAX_BYTES}
        )
    data = upload.read()
    with transaction.atomic():
        result = load_essay_bytes(
            data, upload.name, slug=slug or None, title=title or None, language=language or None
        )
        if result.created and owner is not None:
            # An upload starts as its author's draft; learners see it once it is published.
            Essay.objects.filter(pk=result.essay.pk).update(owner=owner, status=Essay.Status.DRAFT)
            result.essay.refresh_from_db()
        if result.changed:
            # The drafted pack waits for its author's review; until then the bank comes from the
            # raw text. The job pipeline will run this stage in the background.
            draft_study_pack(result.essay)
        report = generate_bank(result.essay)
    return result, report
