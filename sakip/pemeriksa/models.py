"""Models of the pemeriksa app."""
