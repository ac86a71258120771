"""Python API tests."""
