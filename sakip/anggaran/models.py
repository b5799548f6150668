"""Models of the anggaran app."""
