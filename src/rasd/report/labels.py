"""Arabic interface labels of the report (display strings, not matching rules)."""

from __future__ import annotations

STANCE_LABELS: dict[str, tuple[str, str]] = {
    "supports": ("يؤكد", "✔"),
    "denies": ("ينفي", "✘"),
    "evades": ("يتهرب", "…"),
    "reports": ("ينقل", "↩"),
    "unverified": ("غير مؤكد", "؟"),
}
"""stance → (label, symbol): a stance is always shown with its label, never by colour alone."""

ENTITY_LABELS: dict[str, str] = {"PERS": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى"}

ACT_LABELS: dict[str, str] = {
    "say": "قال",
    "confirm": "أكد",
    "deny": "نفى",
    "allege": "زعم",
    "announce": "أعلن",
    "warn": "حذر",
    "condemn": "أدان",
    "accuse": "اتهم",
    "call": "دعا",
    "promise": "تعهد",
    "express_concern": "أبدى قلقه",
    "evade": "تهرب",
    "report": "نقل",
    "reject": "رفض",
    "reveal": "كشف",
    "admit": "اعترف",
}

KIND_LABELS: dict[str, str] = {
    "statement": "تصريح",
    "event": "حدث",
    "publication": "نشر",
    "stance": "تعارض في الموقف",
    "numeric": "تعارض في الأرقام",
    "relation": "تعارض في المضمون",
}

GRANULARITY_LABELS: dict[str, str] = {
    "day": "يوم",
    "week": "أسبوع",
    "month": "شهر",
    "quarter": "ربع سنة",
    "year": "سنة",
    "decade": "عقد",
    "unknown": "غير محدد",
}
