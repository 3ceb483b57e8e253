"""Article → Document: nlp, actors, time, places, events, quotes and tone (see pipeline.py).

This subpackage shares its name with the public function ``detente.analyze``. Importing it sets the
attribute ``detente.analyze`` to this module, which would shadow the function; so the module itself
is callable and does what the function does.
"""
from __future__ import annotations

import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, text_or_html, published=None, url=None):
        from detente.process import document_from_input

        return document_from_input(text_or_html, published=published, url=url)


sys.modules[__name__].__class__ = _CallableModule
