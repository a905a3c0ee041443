# The type of _schema_document.py, which tools/generate_surface.py writes from openapi.yaml
# beside validation.py: this stub lets mypy check templates/validation.py where it lives.

DEFINITIONS: str
