"""Where the road runs and where each building stands, for a given width.

Plain arithmetic (no Qt), so it can be tested for every window size: the road
is a serpentine of straight rows joined by half circles, from birth at the top
left to old age at the end of the last row. Buildings stand on alternate sides
of the road, as in a street. A wide window (a 4K monitor) gets one long row of
larger buildings; a laptop two rows; a narrow window more rows, scrolled
vertically (never dragged).
"""

from __future__ import annotations

import bisect
import math
from typing import Final, NamedTuple

# Neighbours stand on opposite sides, so they may overlap along the road.
PITCH_RATIO: Final = 0.62
MAX_GROWTH: Final = 1.8  # buildings grow on big screens, up to this factor
GAP_RATIO: Final = 0.22  # space between a row's lower buildings and the next row's upper ones
ROAD_RATIO: Final = 0.28
HEIGHT_RATIO: Final = 0.95
RADIUS_RATIO: Final = (ROAD_RATIO + 2 * HEIGHT_RATIO + GAP_RATIO) / 2

# Plain value records as NamedTuples: a start defines them before it draws the
# road, and a NamedTuple costs a sixth of a frozen dataclass to define.


class Point(NamedTuple):
    x: float
    y: float


class Segment(NamedTuple):
    """A straight piece (`radius` 0) or a half circle around (`cx`, `cy`)."""

    start: Point
    end: Point
    radius: float = 0.0
    cx: float = 0.0
    cy: float = 0.0
    # +1: the half circle bulges to the right (x grows), -1 to the left.
    bulge: int = 0

    @property
    def length(self) -> float:
        if self.radius == 0.0:
            return math.hypot(self.end.x - self.start.x, self.end.y - self.start.y)
        return math.pi * self.radius

    def point_at(self, distance: float) -> Point:
        fraction = 0.0 if self.length == 0 else min(1.0, max(0.0, distance / self.length))
        if self.radius == 0.0:
            return Point(self.start.x + (self.end.x - self.start.x) * fraction,
                         self.start.y + (self.end.y - self.start.y) * fraction)
        # From the top of the circle (angle -90°) round to the bottom (+90°).
        angle = -math.pi / 2 + math.pi * fraction
        return Point(self.cx + self.bulge * self.radius * math.cos(angle),
                     self.cy + self.radius * math.sin(angle))


class Slot(NamedTuple):
    number: int  # the station's place along the road (not `index`: tuples have one)
    row: int
    centre: Point  # on the road's centre line, in front of the building
    above: bool  # the building stands above the road (else below)
    distance: float  # along the road from its start


class Building(NamedTuple):
    """The rectangle of one station's building."""

    x: float
    y: float
    width: float
    height: float


class RoadGeometry(NamedTuple):
    width: float
    height: float
    road_width: float
    building_width: float
    building_height: float
    scale: float  # how much the buildings grew beyond their base size
    rows: int
    slots: tuple[Slot, ...]
    segments: tuple[Segment, ...]

    @property
    def length(self) -> float:
        return sum(segment.length for segment in self.segments)

    def point_at(self, distance: float) -> Point:
        for segment in self.segments:
            if distance <= segment.length:
                return segment.point_at(distance)
            distance -= segment.length
        last = self.segments[-1]
        return last.end

    def building(self, slot: Slot) -> Building:
        half_road = self.road_width / 2
        y = (slot.centre.y - half_road - self.building_height if slot.above
             else slot.centre.y + half_road)
        return Building(slot.centre.x - self.building_width / 2, y,
                        self.building_width, self.building_height)


def lay_out(count: int, width: float, base_building: float, *, margin: float = 16.0,
            max_height: float | None = None) -> RoadGeometry:
    """The road for `count` stations in `width` logical pixels.

    `base_building` is the building width the text needs (from the font); the
    road width and the building height follow from it. Buildings grow into
    spare width, but not so far that the road outgrows `max_height` (the
    visible height) when it would fit at the base size.
    """
    if count < 1:
        raise ValueError("a road needs at least one station")
    width = max(width, base_building * 2 + margin * 2)
    # Every length follows from the building width b: the road is 0.28 b wide,
    # a building 0.95 b high, a turn's radius RADIUS_RATIO b. A row of n
    # buildings needs b * (1 + (n - 1) * PITCH_RATIO + 2 * RADIUS_RATIO).
    def row_factor(n: int) -> float:
        return 1 + (n - 1) * PITCH_RATIO + 2 * RADIUS_RATIO

    available = width - 2 * margin
    rows = 1
    while rows < count and base_building * row_factor(math.ceil(count / rows)) > available:
        rows += 1
    per_row = math.ceil(count / rows)
    grown = min(base_building * MAX_GROWTH, available / row_factor(per_row))
    if max_height is not None:
        column_factor = 2 * HEIGHT_RATIO + ROAD_RATIO + (rows - 1) * 2 * RADIUS_RATIO
        grown = min(grown, (max_height - 2 * margin) / column_factor)
    building = max(base_building, grown)
    scale = building / base_building
    road = building * ROAD_RATIO
    height = building * HEIGHT_RATIO
    radius = building * RADIUS_RATIO
    usable = available - 2 * radius
    # Spread a row over the width, but keep same-side neighbours close enough
    # to read as one street.
    pitch = building * PITCH_RATIO
    if per_row > 1:
        pitch = max(pitch, min(building * 1.1, (usable - building) / (per_row - 1)))
    left, right = margin + radius, width - margin - radius
    top = margin + height + road / 2
    row_step = 2 * radius
    slots: list[Slot] = []
    segments: list[Segment] = []
    travelled = 0.0
    for row in range(rows):
        y = top + row * row_step
        forward = row % 2 == 0
        first = row == 0
        last = row == rows - 1
        start_x = (margin if forward else right) if first else (left if forward else right)
        end_x = (width - margin if forward else margin) if last else (right if forward else left)
        line = Segment(Point(start_x, y), Point(end_x, y))
        in_row = min(per_row, count - row * per_row)
        span = (in_row - 1) * pitch
        offset = left + (right - left - span) / 2
        for j in range(in_row):
            x = offset + j * pitch if forward else right - (offset - left) - j * pitch
            index = row * per_row + j
            slots.append(Slot(index, row, Point(x, y), above=index % 2 == 0,
                              distance=travelled + abs(x - start_x)))
        segments.append(line)
        travelled += line.length
        if not last:
            turn = Segment(Point(end_x, y), Point(end_x, y + row_step), radius=radius,
                           cx=end_x, cy=y + radius, bulge=1 if forward else -1)
            segments.append(turn)
            travelled += turn.length
    total_height = top + (rows - 1) * row_step + road / 2 + height + margin
    return RoadGeometry(width=width, height=total_height, road_width=road,
                        building_width=building, building_height=height, scale=scale,
                        rows=rows, slots=tuple(slots), segments=tuple(segments))


def age_distance(anchors: list[tuple[float, float]], age: float, end: float) -> float:
    """Where on the road a person of `age` stands.

    `anchors` are (age, distance) of the main-line stations (birth at 0,
    studying at 18, working at 25, retiring at 65…), sorted by age; between two
    anchors the place is interpolated, after the last one the road runs on to
    `end` at the age of 100.
    """
    if not anchors:
        return 0.0
    points = [*anchors, (max(100.0, anchors[-1][0] + 1), end)]
    ages = [a for a, _ in points]
    if age <= ages[0]:
        return points[0][1]
    index = bisect.bisect_right(ages, age)
    if index >= len(points):
        return end
    (a0, d0), (a1, d1) = points[index - 1], points[index]
    return d0 + (d1 - d0) * (age - a0) / (a1 - a0)
