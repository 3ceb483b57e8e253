"""Relations between actors over time: dyad series, turning points, story clusters (see docs/relations.md)."""
from __future__ import annotations

from detente.relations.clusters import ClusterStats, cluster_store
from detente.relations.dyads import Dyad, parse_dyad
from detente.relations.series import DyadSeries, Period, dyad_series, turning_points
from detente.relations.turning import Segment, TurningPoint, TurningPoints, detect

__all__ = ["ClusterStats", "Dyad", "DyadSeries", "Period", "Segment", "TurningPoint", "TurningPoints",
           "cluster_store", "detect", "dyad_series", "parse_dyad", "turning_points"]
