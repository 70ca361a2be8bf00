"""Text layer: reading, normalization, segmentation and dates for Vietnamese articles."""
