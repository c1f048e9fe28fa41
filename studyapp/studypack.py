"""Load a curated study pack (YAML) into knowledge items, each checked against its passage."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from .ingest import load_essay_file
from .models import (
    Argument,
    ArgumentPoint,
    Centrality,
    Concept,
    Essay,
    Event,
    Fact,
    Passage,
    Person,
    Quote,
    Topic,
    Work,
)


class StudyPackError(ValueError):
    """The pack cannot be loaded; `problems` lists every item that is wrong."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(problems))


# Section of the pack -> model and the fields copied as they are.
SECTIONS = {
    "people": (Person, ["name", "variants", "role"]),
    "events": (Event, ["title", "when", "year", "place"]),
    "works": (Work, ["title", "kind", "year", "footnote"]),
    "quotes": (Quote, ["text", "year"]),
    "facts": (Fact, ["statement", "answer", "kind"]),
    "concepts": (Concept, ["term", "definition"]),
    "arguments": (Argument, ["subject", "claim", "position", "stance"]),
}
REQUIRED = {
    "people": ["name", "role"],
    "events": ["title", "when", "year"],
    "works": ["title", "kind"],
    "quotes": ["text"],
    "facts": ["statement", "answer", "kind"],
    "concepts": ["term", "definition"],
    "arguments": ["subject", "claim", "position", "stance", "points"],
}


@dataclass
class PackReport:
    essay: Essay
    counts: dict = field(default_factory=dict)

    def summary(self):
        parts = ", ".join(f"{n} {section}" for section, n in self.counts.items())
        return f"{self.essay.title}: {parts}"


def read_pack(path) -> dict:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudyPackError([_("There is no study pack at %(path)s.") % {"path": path}]) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise StudyPackError(
            [_("The study pack is not valid UTF-8 YAML: %(err)s") % {"err": exc}]
        ) from None
    if not isinstance(data, dict) or "essay" not in data:
        raise StudyPackError([_("The study pack must be a mapping with an 'essay' section.")])
    return data


def pack_problems(data: dict, passages: dict[int, Passage]) -> list[str]:
    """Every problem in the pack: missing fields, unknown references, spans not in the text."""
    problems = []
    topic_slugs = {t["slug"] for t in data.get("topics", [])}
    keys: dict[str, set[str]] = {section: set() for section in SECTIONS}
    for section in SECTIONS:
        for item in data.get(section, []) or []:
            keys[section].add(item.get("key", ""))

    def check_anchor(where, item):
        number = item.get("passage")
        span = item.get("span")
        if number not in passages:
            problems.append(f"{where}: passage {number!r} does not exist")
        elif not span or span not in passages[number].text:
            problems.append(f"{where}: span not found word for word in passage {number}: {span!r}")

    for section, required in REQUIRED.items():
        seen = set()
        for item in data.get(section, []) or []:
            key = item.get("key")
            where = f"{section}.{key}"
            if not key:
                problems.append(f"{section}: an item has no key: {item!r}"[:200])
                continue
            if key in seen:
                problems.append(f"{where}: the key is used twice")
            seen.add(key)
            for name in required:
                if item.get(name) in (None, "", []):
                    problems.append(f"{where}: '{name}' is missing")
            if section == "quotes" and "span" not in item:
                item["span"] = item.get("text")
            check_anchor(where, item)
            if item.get("centrality", "supporting") not in Centrality.values:
                problems.append(f"{where}: centrality must be core, supporting or detail")
            for slug in item.get("topics", []):
                if slug not in topic_slugs:
                    problems.append(f"{where}: unknown topic {slug!r}")
            if section == "quotes":
                if not item.get("speaker") and not item.get("work"):
                    problems.append(f"{where}: a quote needs a speaker or a work")
                if item.get("speaker") and item["speaker"] not in keys["people"]:
                    problems.append(f"{where}: unknown speaker {item.get('speaker')!r}")
                if item.get("work") and item["work"] not in keys["works"]:
                    problems.append(f"{where}: unknown work {item['work']!r}")
                if item.get("text") and item["text"] not in (item.get("span") or ""):
                    problems.append(f"{where}: the quote does not stand in its span")
            if section == "works" and item.get("author") and item["author"] not in keys["people"]:
                problems.append(f"{where}: unknown author {item['author']!r}")
            if section == "events":
                for person in item.get("people", []):
                    if person not in keys["people"]:
                        problems.append(f"{where}: unknown person {person!r}")
            if section == "facts":
                answer = str(item.get("answer", ""))
                if answer not in str(item.get("statement", "")):
                    problems.append(f"{where}: the answer does not stand in the statement")
                if answer not in str(item.get("span", "")):
                    problems.append(f"{where}: the answer does not stand in the span")
                if item.get("kind") not in Fact.Kind.values:
                    problems.append(f"{where}: unknown kind {item.get('kind')!r}")
            if section == "arguments":
                if item.get("stance") not in Argument.Stance.values:
                    problems.append(f"{where}: stance must be endorses or rejects")
                for n, point in enumerate(item.get("points", []) or [], start=1):
                    if point.get("kind") not in ArgumentPoint.Kind.values:
                        problems.append(f"{where}.point{n}: unknown kind {point.get('kind')!r}")
                    if not point.get("text"):
                        problems.append(f"{where}.point{n}: 'text' is missing")
                    check_anchor(f"{where}.point{n}", point)
    return problems


def _topics_for(item, data, topics_by_slug):
    slugs = item.get("topics") or data.get("passage_topics", {}).get(item.get("passage"), [])
    return [topics_by_slug[s] for s in slugs if s in topics_by_slug]


def load_study_pack(path, *, load_source=True) -> PackReport:
    """Load the pack's essay (from the source it names) and all its knowledge, atomically."""
    path = Path(path)
    data = read_pack(path)
    meta = data["essay"]
    if load_source and meta.get("source"):
        source = Path(meta["source"])
        if not source.is_absolute():
            source = Path(settings.BASE_DIR) / source
        load_essay_file(
            source, slug=meta["slug"], title=meta.get("title"), language=meta.get("language")
        )
    essay = Essay.objects.filter(slug=meta.get("slug")).first()
    if essay is None:
        raise StudyPackError(
            [
                _("Essay %(slug)s is not loaded; load it first with load_essay.")
                % {"slug": meta.get("slug")}
            ]
        )
    return apply_study_pack(essay, data)


def apply_study_pack(essay: Essay, data: dict) -> PackReport:
    """Make the essay's knowledge what the pack says (all accepted), or change nothing."""
    passages = {p.number: p for p in essay.current_passages()}
    problems = pack_problems(data, passages)
    if problems:
        raise StudyPackError(problems)

    report = PackReport(essay=essay)
    with transaction.atomic():
        topics_by_slug = {}
        for position, topic in enumerate(data.get("topics", [])):
            topics_by_slug[topic["slug"]], _created = Topic.objects.update_or_create(
                essay=essay,
                slug=topic["slug"],
                defaults={"name": topic["name"], "position": position},
            )
        essay.topics.exclude(slug__in=topics_by_slug).delete()

        stored: dict[str, dict[str, object]] = {}
        for section, (model, fields) in SECTIONS.items():
            items = data.get(section, []) or []
            stored[section] = {}
            for item in items:
                values = {name: item.get(name) for name in fields if name in item}
                values["passage"] = passages[item["passage"]]
                values["span"] = item["span"]
                # Arguments are the essay's core unless the pack says otherwise.
                values["centrality"] = item.get(
                    "centrality", "core" if section == "arguments" else "supporting"
                )
                # What a pack holds was reviewed: its items are accepted.
                values["review_status"] = "accepted"
                values["confidence"] = 1.0
                if section == "quotes":
                    values["speaker"] = stored["people"].get(item.get("speaker"))
                    values["work"] = stored["works"].get(item.get("work"))
                if section == "works":
                    values["author"] = stored["people"].get(item.get("author"))
                obj, _created = model.objects.update_or_create(
                    essay=essay, key=item["key"], defaults=values
                )
                obj.topics.set(_topics_for(item, data, topics_by_slug))
                if section == "events":
                    obj.people.set(stored["people"][k] for k in item.get("people", []))
                if section == "arguments":
                    obj.points.all().delete()
                    ArgumentPoint.objects.bulk_create(
                        ArgumentPoint(
                            argument=obj,
                            kind=p["kind"],
                            position=n,
                            text=p["text"],
                            passage=passages[p["passage"]],
                            span=p["span"],
                        )
                        for n, p in enumerate(item["points"])
                    )
                stored[section][item["key"]] = obj
            model.objects.filter(essay=essay).exclude(key__in=stored[section]).delete()
            report.counts[section] = len(items)
    return report


def unanchored_items(essay: Essay) -> list[str]:
    """Knowledge items of a loaded essay whose span no longer stands in their passage."""
    problems = []
    for section, (model, _fields) in SECTIONS.items():
        for item in model.objects.filter(essay=essay).select_related("passage"):
            if item.passage.retired or not item.span_is_anchored():
                problems.append(f"{section}.{item.key}: span not in passage {item.passage.number}")
    points = ArgumentPoint.objects.filter(argument__essay=essay).select_related(
        "passage", "argument"
    )
    for point in points:
        if point.passage.retired or not point.span_is_anchored():
            problems.append(
                f"arguments.{point.argument.key}.point{point.position + 1}: span not in "
                f"passage {point.passage.number}"
            )
    return problems


PACK_MAX_BYTES = 2_000_000


def import_study_pack(essay: Essay, text: str) -> PackReport:
    """Load a pack (YAML text, e.g. one exported earlier) into this essay, whatever slug it names."""
    if len(text) > PACK_MAX_BYTES:
        raise StudyPackError(
            [_("The study pack is larger than %(n)s bytes.") % {"n": PACK_MAX_BYTES}]
        )
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise StudyPackError(
            [_("The study pack is not valid UTF-8 YAML: %(err)s") % {"err": exc}]
        ) from None
    if not isinstance(data, dict) or "essay" not in data:
        raise StudyPackError([_("The study pack must be a mapping with an 'essay' section.")])
    return apply_study_pack(essay, data)


def export_study_pack(essay: Essay) -> str:
    """The essay's accepted knowledge as YAML in the fixtures' format (knowledge, never questions)."""

    def anchor(item):
        return {"passage": item.passage.number, "span": item.span}

    def topics(item):
        return {"topics": [t.slug for t in item.topics.all()]} if item.topics.all() else {}

    def accepted(model, *related):
        return (
            model.objects.filter(essay=essay, review_status="accepted")
            .select_related("passage", *related)
            .prefetch_related("topics")
            .order_by("passage__number", "key")
        )

    people = list(accepted(Person))
    person_keys = {p.pk for p in people}
    works = list(accepted(Work, "author"))
    work_keys = {w.pk for w in works}
    data = {
        "essay": {"slug": essay.slug, "title": essay.title, "language": essay.language},
        "topics": [{"slug": t.slug, "name": t.name} for t in essay.topics.order_by("position")],
        "people": [
            {
                "key": p.key,
                "name": p.name,
                "variants": p.variants,
                "role": p.role,
                **anchor(p),
                **topics(p),
            }
            for p in people
        ],
        "events": [
            {
                "key": e.key,
                "title": e.title,
                "when": e.when,
                "year": e.year,
                **({"place": e.place} if e.place else {}),
                "people": [p.key for p in e.people.all() if p.pk in person_keys],
                **anchor(e),
                **topics(e),
            }
            for e in accepted(Event).prefetch_related("people")
        ],
        "works": [
            {
                "key": w.key,
                "title": w.title,
                "kind": w.kind,
                **({"author": w.author.key} if w.author_id in person_keys else {}),
                **({"year": w.year} if w.year else {}),
                **({"footnote": w.footnote} if w.footnote else {}),
                **anchor(w),
                **topics(w),
            }
            for w in works
        ],
        "quotes": [
            {
                "key": q.key,
                "text": q.text,
                **({"speaker": q.speaker.key} if q.speaker_id in person_keys else {}),
                **({"work": q.work.key} if q.work_id in work_keys else {}),
                **({"year": q.year} if q.year else {}),
                **anchor(q),
                **topics(q),
            }
            for q in accepted(Quote, "speaker", "work")
            if q.speaker_id in person_keys or q.work_id in work_keys
        ],
        "facts": [
            {
                "key": f.key,
                "statement": f.statement,
                "answer": f.answer,
                "kind": f.kind,
                **anchor(f),
                **topics(f),
            }
            for f in accepted(Fact)
        ],
        "concepts": [
            {"key": c.key, "term": c.term, "definition": c.definition, **anchor(c), **topics(c)}
            for c in accepted(Concept)
        ],
        "arguments": [
            {
                "key": a.key,
                "subject": a.subject,
                "claim": a.claim,
                "position": a.position,
                "stance": a.stance,
                **anchor(a),
                **topics(a),
                "points": [
                    {"kind": p.kind, "text": p.text, "passage": p.passage.number, "span": p.span}
                    for p in a.points.select_related("passage").order_by("position")
                ],
            }
            for a in accepted(Argument)
            if a.points.exists()
        ],
    }
    header = (
        f"# Study pack for {essay.title}, exported from studyapp.\n"
        "# Knowledge only, never questions; every span stands word for word in its passage.\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
