"""openapi.yaml as `make generate` reads it: each form body with its own derived schema
(``SendForm`` from ``SendRequest``...), by tools/derive_forms.py itself."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "derive_forms.py"


def derived(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the form schemas derived, as the generator and the validator get it."""
    spec = importlib.util.spec_from_file_location("derive_forms", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result: dict[str, Any] = module.derive(document)
    return result
