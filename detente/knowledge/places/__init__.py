"""Gazetteer data read by detente.analyze.places (generated TSVs: see generate.py) and hand-kept names."""
