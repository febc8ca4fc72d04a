"""Errors of the audit stage: one base class, narrow subclasses, messages that say what to do."""

__all__ = [
    "AuditError",
    "ConfigError",
    "NetworkError",
    "OfflineMiss",
    "ResponseError",
    "LibraryError",
    "QuerySyntaxError",
    "PolicyError",
]


class AuditError(Exception):
    """Base class for every error raised by the audit stage."""


class ConfigError(AuditError):
    """NCBI settings are missing or invalid (for example no contact email)."""


class NetworkError(AuditError):
    """NCBI could not be reached or kept failing after retries."""


class OfflineMiss(AuditError):
    """An offline audit needed a response that is neither cached nor in a local library."""


class ResponseError(AuditError):
    """NCBI answered with something that is not a valid E-utilities reply (truncated, malformed)."""


class LibraryError(AuditError):
    """A local evidence library is missing, unreadable or of the wrong kind."""


class QuerySyntaxError(LibraryError):
    """A query uses syntax the local library does not support."""


class PolicyError(AuditError):
    """The verdict policy data file is missing or malformed."""
