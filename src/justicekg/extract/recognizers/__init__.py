"""Recognizers, one module per label, registered by name."""
