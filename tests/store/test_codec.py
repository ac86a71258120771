"""Layer encoding: compact columns, tolerant of fields added to or dropped from the records."""

from __future__ import annotations

import json

from rasd.models import DateMention, EntityMention
from rasd.store.codec import layer_data, layer_items


def test_layer_columns_round_trip_through_json() -> None:
    items = [EntityMention("سالم", "PERS", 3, 7, entity_id="e1"), EntityMention("الوادي", "LOC", 10, 16)]
    data = json.loads(json.dumps(layer_data(EntityMention, items), ensure_ascii=False))
    assert data["f"][:4] == ["text", "type", "start", "end"]
    assert layer_items(EntityMention, data) == items


def test_unknown_and_missing_fields_are_tolerated() -> None:
    data = {
        "f": ["text", "value", "granularity", "start", "end", "obsolete"],
        "r": [["أمس", None, "day", 0, 3, 1]],
    }
    [date] = layer_items(DateMention, data)
    assert date == DateMention("أمس", None, "day", 0, 3)  # dropped field ignored, new fields defaulted


def test_plain_list_of_dicts_is_read() -> None:
    data = [{"text": "أمس", "value": "2031-01-01", "granularity": "day", "start": 0, "end": 3, "x": 1}]
    assert layer_items(DateMention, data) == [DateMention("أمس", "2031-01-01", "day", 0, 3)]
