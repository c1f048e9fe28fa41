"""Background tasks (Django's Tasks API via django-tasks): thin wrappers over the services.

The backend is chosen in settings (TASKS_BACKEND): the app's database by default, Redis (RQ)
when several machines share the work. Task arguments are ids, never objects: the worker may be
another process on another machine.
"""

from django_tasks import task

from . import processing
from .models import EssayJob


@task()
def process_essay(job_id: int) -> str:
    """Split, draft and generate an uploaded essay; progress is recorded on its EssayJob."""
    return processing.run_job(job_id)


def enqueue_processing(job: EssayJob) -> EssayJob:
    """Put the job on the queue; a queue that cannot be reached fails the job with a message."""
    try:
        result = process_essay.enqueue(job.pk)
    except Exception as error:  # the queue's own errors differ per backend (DB, Redis)
        processing.fail_to_enqueue(job, error)
    else:
        # The immediate backend has already run the job: do not overwrite what it recorded.
        type(job).objects.filter(pk=job.pk).update(task_id=str(result.id))
    job.refresh_from_db()
    return job
