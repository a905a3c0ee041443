"""The compiled validator, one module per definition: see ../_compiled_schemas.py."""
