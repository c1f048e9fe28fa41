"""Fold settled answers into the progress aggregates (what a background task runs every minute)."""

from django.core.management.base import BaseCommand

from studyapp.models import Essay
from studyapp.stats import fold_answers


class Command(BaseCommand):
    help = "Fold new, settled answers into the dashboard aggregates of every essay (or one)."

    def add_arguments(self, parser):
        parser.add_argument("--essay", help="slug of one essay; all essays when left out")

    def handle(self, *args, essay=None, **options):
        essays = Essay.objects.filter(slug=essay) if essay else Essay.objects.all()
        total = 0
        for item in essays.order_by("pk"):
            total += fold_answers(item)
        self.stdout.write(f"Folded {total} answers.")
