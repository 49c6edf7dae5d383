"""A reconciliation service: match names to kg's entities (and through them Wikidata's items),
then pull kg's facts about them, as OpenRefine and other tools ask through the W3C Entity
Reconciliation Community Group's Reconciliation Service API (0.2 and 1.0-draft).

* :mod:`kg.reconcile.service` — candidates with safe matches, data extension, suggest, preview
  facts, answered as dataclasses (no Flask, no JSON);
* :mod:`kg.reconcile.protocol` — the API's JSON, both versions, and the manifests;
* :mod:`kg.reconcile.types`, :mod:`kg.reconcile.properties` — the types (the ontology's entity
  classes) and the properties (SPARQL patterns over kg's facts) the service offers.

Names are found by :mod:`kg.search`; every read goes through ``kg.sparql.execute``.
``kg.web.reconcile`` serves it all under ``/reconcile``.
"""
from __future__ import annotations

from kg.reconcile.service import (
    Candidate,
    Condition,
    Extension,
    ReconcileService,
    ReconQuery,
)

__all__ = ["Candidate", "Condition", "Extension", "ReconQuery", "ReconcileService"]
