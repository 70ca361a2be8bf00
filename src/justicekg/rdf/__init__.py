"""Mapping extraction reports to RDF: IRIs (:mod:`.mint`) and graphs (:mod:`.build`)."""
