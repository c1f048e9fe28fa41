"""Helpers for the review page's forms."""

from django import template

register = template.Library()


@register.filter
def get_field(fields, name):
    return fields.get(name)


@register.filter
def join_if_list(value):
    """Variants and other lists as the comma-separated text the edit form takes back."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value
