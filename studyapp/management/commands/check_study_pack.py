from django.core.management.base import BaseCommand, CommandError

from studyapp.models import Essay
from studyapp.studypack import StudyPackError, pack_problems, read_pack, unanchored_items


class Command(BaseCommand):
    help = (
        "Prove that every study-pack item's supporting span stands word for word in its passage: "
        "in a pack file (against the loaded essay) or in the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="A pack file; without it, the loaded packs.")
        parser.add_argument("--essay", help="Slug of a loaded essay to check.")

    def handle(self, path, essay, **options):
        problems = []
        if path:
            try:
                data = read_pack(path)
            except StudyPackError as exc:
                raise CommandError(str(exc)) from None
            loaded = Essay.objects.filter(slug=data["essay"].get("slug")).first()
            if loaded is None:
                raise CommandError("Load the essay first: python manage.py load_study_pack " + path)
            passages = {p.number: p for p in loaded.current_passages()}
            problems = pack_problems(data, passages)
        else:
            essays = Essay.objects.all() if not essay else Essay.objects.filter(slug=essay)
            for each in essays:
                problems += [f"{each.slug}: {p}" for p in unanchored_items(each)]
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Every item is anchored in its passage."))
