"""The question bank as JSON, in the documented export format."""

import json

from studyapp.models import Essay, Question


def active_questions(essay: Essay):
    return (
        Question.objects.filter(essay=essay, status=Question.Status.ACTIVE)
        .select_related("passage")
        .prefetch_related("topics")
        .order_by("passage__number", "uid")
    )


def question_as_dict(question: Question) -> dict:
    return {
        "id": question.uid,
        "type": question.qtype,
        "prompt": question.prompt,
        "options": question.options,
        "answers": question.answers,
        "explanation": question.explanation,
        "source": {"passage": question.passage.number, "excerpt": question.excerpt},
        "sources": question.sources,
        "topics": [t.name for t in question.topics.all()],
        "difficulty": question.difficulty,
        "language": question.language,
    }


def bank_as_dict(essay: Essay) -> dict:
    return {
        "essay": {"slug": essay.slug, "title": essay.title, "language": essay.language},
        "questions": [question_as_dict(q) for q in active_questions(essay)],
    }


def bank_as_json(essay: Essay) -> str:
    return json.dumps(bank_as_dict(essay), ensure_ascii=False, indent=2)
