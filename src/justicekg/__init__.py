"""justicekg: a semantic knowledge graph of Vietnam's justice-sector institutions and events."""

from __future__ import annotations

__version__ = "0.1.0"
