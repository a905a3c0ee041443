"""The compiled validator, a module for the definitions the same request schemas use: see ../_compiled_schemas.py."""
