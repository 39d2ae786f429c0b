"""PHI detection: presidio-style recognizers, one per file, run by a lean engine."""
