"""Knowledge -> questions and cards. `generate_bank` is the one entry point."""

from .bank import BankReport, build_drafts, generate_bank

__all__ = ["BankReport", "build_drafts", "generate_bank"]
