"""An essay's processing as a background job: split, draft, generate, with visible progress.

`start_processing` runs in the request: it checks the upload at the edge (size, encoding,
format, slug), records an EssayJob holding the text, and returns at once. `run_job` runs in a
worker (studyapp/tasks.py): it walks the STAGES, each writing in short transactions, and
records stage, progress and outcome on the job row, which every app server can read.
"""

import logging
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .drafting import draft_study_pack
from .essays import can_manage_essay, managed_essay
from .generation import generate_bank
from .ingest import (
    RESERVED_SLUGS,
    IngestError,
    SlugTaken,
    decode_essay_bytes,
    detect_language,
    guess_format,
    parse_essay,
    store_essay,
    title_from_name,
)
from .models import Essay, EssayJob

logger = logging.getLogger(__name__)
Stage = EssayJob.Stage
ACTIVE = (Stage.QUEUED, Stage.SPLITTING, Stage.DRAFTING, Stage.GENERATING)
# A job that has not moved for this long lost its worker: a new upload may replace it.
STALE_AFTER = timedelta(minutes=30)


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


def start_processing(
    upload, *, owner, title=None, slug=None, language=None, replace=False
) -> EssayJob:
    """Check an uploaded essay and record a queued job for it; raises IngestError when bad.

    A new upload never takes another essay: a derived slug that is taken gets a free suffix, a
    chosen one is refused (SlugTaken). `replace` loads the file into the essay `slug`, which
    `owner` must manage (managed_essay: 404 when they cannot see it, 403 when they only read it).
    """
    if upload.size > settings.ESSAY_MAX_BYTES:
        raise IngestError(
            _(
                "The file is %(size)s bytes; the limit is %(limit)s bytes. Split the essay or "
                "raise ESSAY_MAX_BYTES."
            )
            % {"size": upload.size, "limit": settings.ESSAY_MAX_BYTES}
        )
    text = decode_essay_bytes(upload.read())
    fmt = guess_format(upload.name, text)
    parsed = parse_essay(text, fmt)
    if replace:
        if not slug:
            raise IngestError(_("Say which essay to replace: give its short name."))
        target = managed_essay(owner, slug)
        title = (title or target.title).strip()[:300]
        language = language or target.language
    title = (title or parsed.title or title_from_name(upload.name)).strip()[:300]
    chosen = bool(slug)
    slug = slug or slugify(title)[:MAX_SLUG] or "essay"
    if slug in RESERVED_SLUGS:
        raise IngestError(
            _("The slug %(slug)s is taken by the app itself; choose another.") % {"slug": slug}
        )
    if slugify(slug) != slug:
        raise IngestError(
            _("The slug %(slug)s may hold only lower-case letters, digits and hyphens.")
            % {"slug": slug}
        )
    # Detecting the language loads word lists (seconds the first time): the worker does it.
    language = language or ""
    with transaction.atomic():
        essay = Essay.objects.select_for_update().filter(slug=slug).first()
        if essay is not None and not replace:
            if chosen:
                raise SlugTaken(slug)
            slug, essay = free_slug(slug), None
        if essay is not None and not can_manage_essay(owner, essay):
            raise IngestError(
                _("The slug %(slug)s belongs to another essay; choose another title or slug.")
                % {"slug": slug}
            )
        recent = timezone.now() - STALE_AFTER
        if (
            essay is not None
            and essay.jobs.filter(stage__in=ACTIVE, updated_at__gte=recent).exists()
        ):
            raise IngestError(
                _("This essay is still being processed; wait until that is done and try again.")
            )
        if essay is None:
            # A new upload starts as its author's draft, empty until the worker has loaded it.
            try:
                with transaction.atomic():
                    essay = Essay.objects.create(
                        slug=slug,
                        title=title,
                        language=language or settings.LANGUAGE_CODE,
                        owner=owner,
                        status=Essay.Status.DRAFT,
                        source_name=Path(upload.name).name,
                    )
            except IntegrityError:
                # Another upload took this slug a moment ago: say so rather than fail.
                raise SlugTaken(slug) from None
        return EssayJob.objects.create(
            essay=essay,
            requested_by=owner,
            source_name=Path(upload.name).name,
            source_text=text,
            source_format=fmt,
            title=title,
            language=language,
            user_language=translation.get_language() or settings.LANGUAGE_CODE,
        )


def latest_job(essay: Essay) -> EssayJob | None:
    """The essay's most recent job, if it ever had one."""
    return essay.jobs.order_by("-created_at", "-pk").first()


# --- the worker's side ------------------------------------------------------------------------


def _record(job: EssayJob, **fields):
    """Write the job's state in its own short statement; the page and the API read it."""
    for name, value in fields.items():
        setattr(job, name, value)
    fields["updated_at"] = timezone.now()
    EssayJob.objects.filter(pk=job.pk).update(**fields)


def _enter(job: EssayJob, stage: str, total: int = 0):
    _record(job, stage=stage, done=0, total=total)


def _progress(job: EssayJob):
    def report(done, total):
        _record(job, done=min(done, total), total=total)

    return report


def split_stage(job: EssayJob, context: dict):
    """Text -> passages, sentences and footnote references (learner history kept on reload)."""
    parsed = parse_essay(job.source_text, job.source_format)
    _enter(job, Stage.SPLITTING, total=len(parsed.paragraphs))
    if not job.language:
        _record(job, language=detect_language(" ".join(parsed.paragraphs[:50])))
    context["load"] = store_essay(
        parsed,
        slug=job.essay.slug,
        title=job.title,
        language=job.language,
        source_name=job.source_name,
        progress=_progress(job),
    )


def draft_stage(job: EssayJob, context: dict):
    """Draft the study pack from the text for the author to review (studyapp.drafting).

    Only when the text changed: drafts of an unchanged essay, and every item the author already
    accepted or rejected, stay as they are. Until the author accepts items, the bank comes from
    the raw text.
    """
    _enter(job, Stage.DRAFTING)
    load = context.get("load")
    if load is None or load.changed:
        context["draft"] = draft_study_pack(job.essay)


def generate_stage(job: EssayJob, context: dict):
    """Passages (and the reviewed study pack, if any) -> the question bank and cards."""
    _enter(job, Stage.GENERATING)
    context["bank"] = generate_bank(context["load"].essay, progress=_progress(job))


# The pipeline, in order; each stage writes in short transactions and reports its progress.
STAGES = [
    (Stage.SPLITTING, split_stage),
    (Stage.DRAFTING, draft_stage),
    (Stage.GENERATING, generate_stage),
]


def run_job(job_id: int) -> str:
    """Run a queued job's stages and record how it ended; returns the stage it ended in."""
    job = EssayJob.objects.select_related("essay").get(pk=job_id)
    if job.stage != Stage.QUEUED:
        return job.stage  # already run (a queue may deliver a task twice)
    with translation.override(job.user_language):
        _record(job, started_at=timezone.now())
        context: dict = {}
        try:
            for _stage, run in STAGES:
                run(job, context)
        except IngestError as error:
            _record(job, stage=Stage.FAILED, error=str(error), finished_at=timezone.now())
            return job.stage
        except Exception:
            logger.exception("Processing essay job %s failed", job.pk)
            _record(
                job,
                stage=Stage.FAILED,
                error=_(
                    "Processing stopped on an unexpected error; the administrator can find it "
                    "in the worker's log. Upload the essay again to retry."
                ),
                finished_at=timezone.now(),
            )
            raise
        report = context["bank"]
        summary = _("%(summary)s %(n)s questions were generated.") % {
            "summary": context["load"].summary(),
            "n": sum(report.by_type.values()),
        }
        if context.get("draft") is not None:
            summary += " " + _(
                "%(n)s items of a study pack were drafted: review them to deepen the bank."
            ) % {"n": sum(context["draft"].counts.values())}
        # The text is stored as passages now; the job keeps only its outcome.
        _record(
            job,
            stage=Stage.DONE,
            summary=summary,
            source_text="",
            finished_at=timezone.now(),
        )
    return job.stage


def fail_to_enqueue(job: EssayJob, error: Exception):
    """The queue refused the job (e.g. Redis is down): say so on the job instead of hanging."""
    logger.error("Could not enqueue essay job %s: %s", job.pk, error)
    _record(
        job,
        stage=Stage.FAILED,
        error=_("The task queue could not be reached; try the upload again in a moment."),
        finished_at=timezone.now(),
    )
