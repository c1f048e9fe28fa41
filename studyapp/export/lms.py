"""The question bank for a learning management system: GIFT and Moodle XML.

Multiple choice (with quote attribution and argument questions), true/false, short answer,
matching and cloze go across; timeline ordering has no counterpart in GIFT and is left out of
both, so the two files hold the same questions.
"""

import re
from xml.etree import ElementTree as ET

from studyapp.grading import TRUE_LABEL
from studyapp.models import Question

CHOICE = {"multiple_choice", "quote_attribution", "argument"}
LMS_TYPES = CHOICE | {"true_false", "short_answer", "cloze", "matching"}
GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def lms_questions(questions):
    return [q for q in questions if q.qtype in LMS_TYPES]


def gift_escape(text: str) -> str:
    return GIFT_SPECIAL.sub(r"\\\1", str(text)).replace("\n", "\\n")


def _pairs(question):
    return list(question.matching_pairs().items())


def _source_note(question) -> str:
    return f"{question.explanation} Bron, §{question.passage.number}: «{question.excerpt}»"


def gift(questions) -> str:
    """GIFT text: one question per block, separated by a blank line."""
    blocks = []
    for q in lms_questions(questions):
        title = f"::{gift_escape(q.uid)}::"
        feedback = f"####{gift_escape(_source_note(q))}"
        prompt = gift_escape(q.prompt)
        if q.qtype in CHOICE:
            options = " ".join(("=" if o in q.answers else "~") + gift_escape(o) for o in q.options)
            body = f"{{{options} {feedback}}}"
        elif q.qtype == "true_false":
            body = f"{{{'T' if q.answers[0] == TRUE_LABEL else 'F'}{feedback}}}"
        elif q.qtype == "matching":
            pairs = " ".join(f"={gift_escape(a)} -> {gift_escape(b)}" for a, b in _pairs(q))
            body = f"{{{pairs}}}"
        else:  # short answer and cloze: every accepted form is right
            body = "{" + " ".join("=" + gift_escape(a) for a in q.answers) + f" {feedback}}}"
        blocks.append(
            f"// {q.get_qtype_display()} · §{q.passage.number}\n{title}[markdown]{prompt} {body}"
        )
    return "\n\n".join(blocks) + "\n"


def _text(parent, tag, value, fmt=None):
    element = ET.SubElement(parent, tag)
    if fmt:
        element.set("format", fmt)
    ET.SubElement(element, "text").text = value
    return element


def moodle_xml(questions, category: str) -> str:
    """Moodle XML: a category, then one <question> per question."""
    quiz = ET.Element("quiz")
    cat = ET.SubElement(quiz, "question", type="category")
    _text(cat, "category", f"$course$/{category}")
    for q in lms_questions(questions):
        kind = {
            "true_false": "truefalse",
            "short_answer": "shortanswer",
            "matching": "matching",
            "cloze": "shortanswer",
        }.get(q.qtype, "multichoice")
        if q.qtype == "cloze":
            kind = "cloze"
        element = ET.SubElement(quiz, "question", type=kind)
        _text(element, "name", q.uid)
        if kind == "cloze":
            # Moodle's embedded answers: the blank becomes {1:SHORTANSWER:=a~=b}.
            answers = "~".join("=" + a.replace("}", "\\}").replace("~", "\\~") for a in q.answers)
            _text(
                element,
                "questiontext",
                q.prompt.replace("_____", f"{{1:SHORTANSWER:{answers}}}"),
                "moodle_auto_format",
            )
        else:
            _text(element, "questiontext", q.prompt, "moodle_auto_format")
        _text(element, "generalfeedback", _source_note(q), "moodle_auto_format")
        ET.SubElement(element, "defaultgrade").text = "1"
        if kind == "multichoice":
            ET.SubElement(element, "single").text = "true"
            ET.SubElement(element, "shuffleanswers").text = "1"
            ET.SubElement(element, "answernumbering").text = "abc"
            for option in q.options:
                answer = _text(element, "answer", option, "plain_text")
                answer.set("fraction", "100" if option in q.answers else "0")
        elif kind == "truefalse":
            right = q.answers[0] == TRUE_LABEL
            for label, value in (("true", right), ("false", not right)):
                answer = _text(element, "answer", label)
                answer.set("fraction", "100" if value else "0")
        elif kind == "shortanswer":
            ET.SubElement(element, "usecase").text = "0"
            for accepted in q.answers:
                answer = _text(element, "answer", accepted, "plain_text")
                answer.set("fraction", "100")
        elif kind == "matching":
            ET.SubElement(element, "shuffleanswers").text = "true"
            for left, right in _pairs(q):
                sub = _text(element, "subquestion", left, "plain_text")
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = right
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def all_lms_questions(essay):
    return list(
        Question.objects.filter(essay=essay, status="active", qtype__in=LMS_TYPES)
        .select_related("passage")
        .order_by("passage__number", "uid")
    )
