"""Arabic named-entity recognition: a CRF trained here on ANERcorp (PERS, LOC, ORG, MISC).

``tag_tokens(words)`` tags one sentence; :class:`NerStage` is the pipeline stage. Importing this
package does not load the model: it is opened on first use (see :mod:`rasd.ner.tagger`).
"""

from __future__ import annotations

from rasd.ner.stage import NerStage
from rasd.ner.tagger import load_model, tag_tokens

__all__ = ["NerStage", "load_model", "tag_tokens"]
