"""Input checked at the edge, and stored data made safe to show: the one place for both.

Web forms, serializers, the JSON parser and the services call these, so a text field, an id,
a topic list or a JSON body is judged the same way whichever door it came in by.
"""

import json
import re

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

# A JSON body is small: an answer, a class, an assignment. Essays come in as files.
MAX_JSON_BYTES = 256 * 1024
# Answers nest two levels ({"left": "right"}); twenty leaves room and stops a stack overflow.
MAX_JSON_DEPTH = 20
# Ids are 64-bit in every database we run on; a larger number names nothing.
MAX_ID = 2**63 - 1
# A topic list or a file name made of them stays short.
MAX_TOPICS = 50
MAX_FILENAME_STEM = 120

SURROGATE = re.compile("[\ud800-\udfff]")  # after decoding, any surrogate left is unpaired
UNSAFE_TEXT = re.compile("[\x00\ud800-\udfff]")
SLUG = re.compile(r"^[-a-zA-Z0-9_]+\Z")
JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
JSON_BRACKET = re.compile(rb"[\[\]{}]")


class InputError(ValueError):
    """Input that is refused at the edge; the message says why, in the user's language."""


def unsafe_text_message() -> str:
    return _(
        "Text may not contain NUL characters or unpaired surrogates (broken characters); "
        "remove them and try again."
    )


def text_problem(value: str) -> str | None:
    """Why this text cannot be stored, or None when it can."""
    if isinstance(value, str) and UNSAFE_TEXT.search(value):
        return unsafe_text_message()
    return None


def check_text(value) -> None:
    """A validator for form and serializer text fields: no NUL, no unpaired surrogate."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(problem, code="unsafe_text")


def check_json_text(data) -> None:
    """Refuse JSON data whose keys or strings, at any depth, cannot be stored as text."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                raise InputError(problem)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def json_too_deep(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON text nests arrays and objects deeper than `limit`; read before parsing."""
    depth = 0
    for bracket in JSON_BRACKET.finditer(JSON_STRING.sub(b'""', raw)):
        if bracket.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _no_constants(name):
    raise ValueError(f"{name} is not valid JSON")


def load_json(raw: bytes | str) -> object:
    """Parse a JSON body whose size, depth and text are bounded; InputError tells what was wrong."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_JSON_BYTES:
        raise InputError(
            _("The request is too large: at most %(kb)s KB of JSON.")
            % {"kb": MAX_JSON_BYTES // 1024}
        )
    if json_too_deep(raw):
        raise InputError(
            _("The JSON is nested too deeply: at most %(max)s levels.") % {"max": MAX_JSON_DEPTH}
        )
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (ValueError, RecursionError) as error:
        raise InputError(_("The request is not valid JSON: %(error)s") % {"error": error}) from None
    check_json_text(data)
    return data


def displayable(data):
    """Stored data made safe to encode: unpaired surrogates become U+FFFD, at any depth.

    For readers of what an older version let in; a writer refuses such text instead.
    """
    if isinstance(data, str):
        return SURROGATE.sub("\ufffd", data)
    if isinstance(data, dict):
        return {displayable(k): displayable(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [displayable(v) for v in data]
    return data


def topic_slugs(values) -> list[str]:
    """A list of topic slugs from a query or a form; anything else is an InputError."""
    values = list(values)
    if len(values) > MAX_TOPICS:
        raise InputError(_("Choose at most %(max)s topics.") % {"max": MAX_TOPICS})
    for value in values:
        if not SLUG.match(value or "") or len(value) > 80:
            raise InputError(
                _("%(topic)r is not a topic; topics are short names in links, such as kronstadt.")
                % {"topic": displayable(value)[:40]}
            )
    return values


def known_topics(essay, values) -> list[str]:
    """Topic slugs that the essay has, in the given order; an unknown one is an InputError."""
    values = topic_slugs(values)
    known = set(essay.topics.values_list("slug", flat=True)) if values else set()
    unknown = [value for value in values if value not in known]
    if unknown:
        raise InputError(
            _("This essay has no topic %(topic)s; choose from its topics.")
            % {"topic": ", ".join(unknown[:3])}
        )
    return values


def download_name(*parts: str, extension: str) -> str:
    """A download's file name made of slugs only, so no header can be forged through it."""
    stem = "-".join(filter(None, (slugify(part) for part in parts))) or "download"
    return f"{stem[:MAX_FILENAME_STEM]}.{extension}"


def content_disposition(*parts: str, extension: str) -> str:
    return f'attachment; filename="{download_name(*parts, extension=extension)}"'


def database_id(value) -> int:
    """An id from a URL or a body; an InputError when it cannot name a row."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InputError(_("An id is a whole number.")) from None
    if not 0 < number <= MAX_ID:
        raise InputError(_("No such id."))
    return number


class IdConverter:
    """`<id:name>` in URLs: a positive 64-bit integer; anything larger does not match (404)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        try:
            return database_id(value)
        except InputError as error:
            raise ValueError(str(error)) from None

    def to_url(self, value):
        return str(value)
