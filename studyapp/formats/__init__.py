"""Date formats per language (FORMAT_MODULE_PATH): tables show "30 okt 2026" in Dutch, which
writes months in lower case, and "30 Oct 2026" in English."""
