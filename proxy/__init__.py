"""phi-proxy: an OpenAI-compatible gateway that keeps PHI from leaving for unapproved places."""

__version__ = "0.1.0"
