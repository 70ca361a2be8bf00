"""The learned event model applied after the event rules (:mod:`justicekg.extract.learn.events`)."""

from __future__ import annotations

from justicekg.extract.doc import Doc
from justicekg.extract.recognizers.base import register


@register("event_model")
class EventModel:
    """Drops rule events the model in use finds very unlikely and gives an event another kind
    when the model reads that kind with confidence (the shipped one: ``data/models/events.json``,
    read once; a missing or broken file is an error naming it)."""

    name = "event_model"

    def __call__(self, doc: Doc) -> Doc:
        from justicekg.extract.learn.events import active_model, revise

        model = active_model()
        return revise(doc, model) if model is not None else doc
