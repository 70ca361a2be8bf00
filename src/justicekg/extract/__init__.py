"""Extraction: Vietnamese article text → ExtractionReport."""
