# The types of _validation_tables.py, which tools/generate_surface.py writes from openapi.yaml
# beside validation.py: this stub lets mypy check templates/validation.py where it lives.

SCHEMAS: frozenset[str]
UNION_TYPES: dict[str, str]
CHOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
