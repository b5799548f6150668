"""Models of the laporan app."""
