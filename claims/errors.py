"""Errors of the claims stage: one base class, narrow subclasses, messages that say what to do."""

__all__ = ["ClaimsError", "IngestError", "VocabularyError"]


class ClaimsError(Exception):
    """Base class for every error raised by the claims stage."""


class IngestError(ClaimsError):
    """The article could not be read: missing, empty, binary, too large, undecodable or unreachable."""


class VocabularyError(ClaimsError):
    """A vocabulary data file is missing or malformed."""
