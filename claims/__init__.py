"""Stage 1 — what does the article say? Ingest an article and record every health claim in it."""

from .errors import ClaimsError, IngestError, VocabularyError
from .extract import extract_claims, extract_claims_from_text
from .model import Article, CitationMention, Claim, ClaimLedger
from .vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "Article",
    "CitationMention",
    "Claim",
    "ClaimLedger",
    "ClaimsError",
    "IngestError",
    "Vocabulary",
    "VocabularyError",
    "extract_claims",
    "extract_claims_from_text",
    "load_vocabulary",
]
