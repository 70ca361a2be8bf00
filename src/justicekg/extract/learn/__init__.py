"""Learned components of the extractor: trained on the real-article corpus's development part.

Each component scores candidates the rules propose (keep or drop a fact, choose between
readings) with a small model kept as data in ``data/models/`` and trained by a command of the
project, never by hand. The shared pieces live here:

- :mod:`.folds`: the development items with their texts, split into cross-validation folds;
- :mod:`.logreg`: a logistic regression over named features (numpy to train, plain Python to
  apply), saved as JSON;
- :mod:`.cv`: held-out scoring of the extractor with and without a component, fold by fold.

A component is only worth shipping when the held-out folds gain from it: its training data
never includes the items it is scored on.
"""
