"""Authors add an essay: check the upload, load it, and make a first question bank from it.

A new upload never takes another essay's slug: when the slug derived from the title is taken,
the essay gets the first free one with a suffix (-2, -3, …); a slug the author chose that is
taken is refused. Only replacing, asked for explicitly, loads a file into an existing essay,
and only into one the author manages (studyapp.essays).
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .essays import managed_essay
from .generation import generate_bank
from .ingest import IngestError, SlugTaken, load_essay_bytes
from .models import Essay

MAX_SLUG = 80


def free_slug(base: str) -> str:
    """The first of base-2, base-3, … that no essay uses."""
    taken = set(Essay.objects.filter(slug__startswith=base[:60]).values_list("slug", flat=True))
    number = 2
    while True:
        suffix = f"-{number}"
        slug = f"{base[: MAX_SLUG - len(suffix)]}{suffix}"
        if slug not in taken:
            return slug
        number += 1


def _check_size(upload):
    if upload.size > settings.ESSAY_MAX_BYTES:
        raise IngestError(
            _(
                "The file is %(size)s bytes; the limit is %(limit)s bytes. Split the essay or "
                "raise ESSAY_MAX_BYTES."
            )
            % {"size": upload.size, "limit": settings.ESSAY_MAX_BYTES}
        )


def add_essay(upload, *, owner=None, title=None, slug=None, language=None, replace=False):
    """Load an uploaded file and generate its bank; nothing is stored when anything is wrong.

    With `replace`, the file becomes the new text of the essay `slug`, which `owner` must manage
    (404 when they cannot see it, 403 when they only read it).
    """
    _check_size(upload)
    if replace:
        return _replace_text(upload, owner=owner, slug=slug, title=title, language=language)
    data = upload.read()
    chosen = bool(slug)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                result = load_essay_bytes(
                    data,
                    upload.name,
                    slug=slug or None,
                    title=title or None,
                    language=language or None,
                    new_only=True,
                )
                if owner is not None:
                    # An upload starts as its author's draft; learners see it once published.
                    Essay.objects.filter(pk=result.essay.pk).update(
                        owner=owner, status=Essay.Status.DRAFT
                    )
                    result.essay.refresh_from_db()
                report = generate_bank(result.essay)
            return result, report
        except SlugTaken as taken:
            if chosen:
                raise
            slug = free_slug(taken.slug)
        except IntegrityError:
            # Another upload took the same new slug at the same moment: look again.
            if chosen:
                raise SlugTaken(slug) from None
    raise IngestError(_("Could not find a free short name; choose one yourself."))


def _replace_text(upload, *, owner, slug, title, language):
    if not slug:
        raise IngestError(_("Say which essay to replace: give its short name."))
    essay = managed_essay(owner, slug)
    with transaction.atomic():
        result = load_essay_bytes(
            upload.read(),
            upload.name,
            slug=essay.slug,
            title=title or essay.title,
            language=language or essay.language,
        )
        report = generate_bank(result.essay)
    return result, report
