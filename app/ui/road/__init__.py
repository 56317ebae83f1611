"""The road of life, drawn: `RoadPage` (the whole screen) and `RoadCanvas` (the road)."""

from app.ui.road.canvas import RoadCanvas
from app.ui.road.page import RoadPage

__all__ = ["RoadCanvas", "RoadPage"]
