"""Within-document resolution on fictional texts: coreference, roles, nisba links, metonyms."""

from __future__ import annotations

from rasd.entities.keys import exact_key
from rasd.entities.resolve import prepare_document, resolve_document
from rasd.models import Document, EntityMention, Statement
from tests.entities.conftest import make_doc

TEXT = (
    "التقى وزير الخارجية الكوري الجنوبي بارك سو هيون في مدينة خيالية بنظيره الياباني تاناكا هيروشي. "
    "وقال بارك إن اللقاء كان مثمرا. "
    "وأكد وزير الخارجية الكوري الجنوبي أن المحادثات ستستمر. "
    "ونفت سول أي خلاف، فيما قال كيم دونغ هو إن الحوار مهم، ورأى كيم تاي يون أن الوقت مناسب، "
    "وأضاف كيم أن الوفد سيعود."
)
PEOPLE = [(n, "PERS") for n in ["بارك سو هيون", "تاناكا هيروشي", "بارك", "كيم دونغ هو", "كيم تاي يون", "كيم"]]


def _resolved() -> Document:
    doc = make_doc(TEXT, PEOPLE)
    prepare_document(doc)
    return doc


def _by_text(doc: Document, text: str) -> list[EntityMention]:
    return [m for m in doc.entities if m.text == text]


def test_role_and_role_of_from_title_and_nisba() -> None:
    doc = _resolved()
    park = _by_text(doc, "بارك سو هيون")[0]
    assert park.role == "وزير الخارجية"
    assert park.role_of == "كوريا الجنوبية"
    assert _by_text(doc, "تاناكا هيروشي")[0].role is None


def test_bare_name_resolves_to_the_one_earlier_full_name() -> None:
    doc = _resolved()
    park = _by_text(doc, "بارك سو هيون")[0]
    assert _by_text(doc, "بارك")[0].key == park.key


def test_bare_name_left_alone_when_ambiguous() -> None:
    doc = _resolved()
    bare = [m for m in doc.entities if m.text == "كيم"]
    assert len(bare) == 1 and bare[0].key == "كيم"


def test_later_mention_by_role_alone_links_to_the_person() -> None:
    doc = _resolved()
    park = _by_text(doc, "بارك سو هيون")[0]
    role_only = [m for m in doc.entities if m.type == "PERS" and m.text.startswith("وزير الخارجية")]
    assert len(role_only) == 1
    assert role_only[0].key == park.key
    assert role_only[0].text == "وزير الخارجية الكوري الجنوبي"
    assert TEXT[role_only[0].start : role_only[0].end] == role_only[0].text


def test_nisba_link_and_capital_metonym_next_to_reporting_verb() -> None:
    doc = _resolved()
    nisba = _by_text(doc, "الكوري الجنوبي")
    assert nisba and all(m.link == "كوريا الجنوبية" for m in nisba)
    seoul = _by_text(doc, "سول")[0]
    assert seoul.metonym and seoul.link == "كوريا الجنوبية"


def test_capital_metonym_when_speaker_of_a_statement() -> None:
    text = "موسكو ترى أن الاتفاق الخيالي مفيد، بينما تبقى باريس هادئة."
    doc = make_doc(text)
    start = text.index("موسكو")
    doc.statements = [
        Statement(
            id="s1",
            speaker="موسكو",
            speaker_start=start,
            speaker_end=start + 5,
            speaker_entity=None,
            cue="ترى",
            cue_start=6,
            cue_end=9,
            act="say",
            negated=False,
            content="أن الاتفاق الخيالي مفيد",
            start=0,
            end=30,
            content_start=10,
            content_end=30,
            direct=False,
        )
    ]
    prepare_document(doc)
    moscow, paris = _by_text(doc, "موسكو")[0], _by_text(doc, "باريس")[0]
    assert moscow.metonym and moscow.link == "روسيا"
    assert not paris.metonym and paris.link is None


def test_appositive_role_after_the_name() -> None:
    text = "وقال لي مين سو، نائب وزير خارجية كوريا الجنوبية للشؤون الآسيوية، إن الاجتماع الخيالي انتهى."
    doc = make_doc(text, [("لي مين سو", "PERS")])
    prepare_document(doc)
    lee = _by_text(doc, "لي مين سو")[0]
    assert lee.role == "نائب وزير خارجية"
    assert lee.role_of == "كوريا الجنوبية"


def test_resolution_is_idempotent() -> None:
    doc = _resolved()
    before = [(m.start, m.end, m.key, m.role, m.role_of, m.link, m.metonym) for m in doc.entities]
    resolve_document(doc)
    prepare_document(doc)
    assert [(m.start, m.end, m.key, m.role, m.role_of, m.link, m.metonym) for m in doc.entities] == before


def test_bare_or_other_titles_do_not_link() -> None:
    text = (
        "قال وزير الدفاع يان بيرك إن التدريب الخيالي انتهى. "
        "ثم زار وزير خارجية إيران المدينة المتخيلة، وقال وزير إن الزيارة ناجحة."
    )
    doc = make_doc(text, [("يان بيرك", "PERS")])
    prepare_document(doc)
    assert [m.text for m in doc.entities if m.type == "PERS"] == ["يان بيرك"]
    later = "وأكد وزير الدفاع أن التدريب سيتكرر."
    doc = make_doc(text + " " + later, [("يان بيرك", "PERS")])
    prepare_document(doc)
    linked = [m for m in doc.entities if m.type == "PERS" and m.text == "وزير الدفاع"]
    assert len(linked) == 1 and linked[0].key == exact_key("يان بيرك", article=False)
