"""Exports of the bank: JSON now; Anki, GIFT, Moodle XML and CSV build on the same selectors."""
