"""The API's JSON parser and renderer: bounded input in, encodable output out."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer

from studyapp.validation import MAX_JSON_BYTES, InputError, displayable, load_json


class BoundedJSONParser(JSONParser):
    """DRF's JSONParser, but a body too large, too deep or with unstorable text is a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        raw = stream.read(MAX_JSON_BYTES + 1) if stream is not None else b""
        try:
            return load_json(raw)
        except InputError as error:
            raise ParseError(str(error)) from None


class DisplayableJSONRenderer(JSONRenderer):
    """DRF's JSONRenderer; stored text with an unpaired surrogate is sent with U+FFFD, not a 500."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        try:
            return super().render(data, accepted_media_type, renderer_context)
        except UnicodeEncodeError:
            return super().render(displayable(data), accepted_media_type, renderer_context)
