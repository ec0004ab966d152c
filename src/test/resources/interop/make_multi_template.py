#!/usr/bin/env python3
"""Builds multi-template.apkg and multi-template-21b.apkg: notes whose note type has two card templates.

No Anki package generator on this machine writes more than one card per note (anki-apkg-generator 1.0.7 writes every
card with ord 0), so this script writes the collections with Python's sqlite3, in the two layouts Anki reads:
  multi-template.apkg      a legacy package: collection.anki21 (schema 11, note types as JSON in col.models with
                           their "tmpls"), as Anki's "support older Anki versions" export writes;
  multi-template-21b.apkg  a current package: zstd collection.anki21b (schema 18, templates in the `templates` table
                           with protobuf configs: 1 = question format, 2 = answer format), built with the helpers of
                           make_anki21b.py and the real zstd tool.
The note types are Anki's stock "Basic (and reversed card)", "Basic (optional reversed card)" and "Basic (type in the
answer)" with their stock templates. Notes (guids fixed):
  rev-1   reversed: 기울기 소멸 / vanishing gradient, cards for ord 0 and ord 1 (in two different decks)
  opt-no  optional reversed, "Add Reverse" empty: a card for ord 0 only (as Anki generates)
  opt-yes optional reversed, "Add Reverse" = y: cards for ord 0 and 1
  typed   type in the answer: one card
Review log: two reviews of rev-1's second card (ord 1).
Run: python3 make_multi_template.py   (in this folder; needs python3 and /usr/bin/zstd)
"""
import json, os, sqlite3, tempfile, zipfile
from make_anki21b import SCHEMA18, pb_bytes, pb_varint, zstd, legacy_dummy

REV, OPT, TYPED = 1712000000001, 1712000000002, 1712000000003
DECK, DECK2 = 1712000000100, 1712000000200
FRONTSIDE = "{{FrontSide}}\n\n<hr id=answer>\n\n"
TYPES = [
    (REV, "Basic (and reversed card)", ["Front", "Back"],
     [("Card 1", "{{Front}}", FRONTSIDE + "{{Back}}"), ("Card 2", "{{Back}}", FRONTSIDE + "{{Front}}")]),
    (OPT, "Basic (optional reversed card)", ["Front", "Back", "Add Reverse"],
     [("Card 1", "{{Front}}", FRONTSIDE + "{{Back}}"),
      ("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", FRONTSIDE + "{{Front}}")]),
    (TYPED, "Basic (type in the answer)", ["Front", "Back"],
     [("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")]),
]
NOTES = [  # id, guid, note type, tags, fields, [(card id, ord, deck)]
    (1780000001001, "rev-1", REV, " 양방향 ", ["기울기 소멸", "vanishing gradient"],
     [(1780000001101, 0, DECK), (1780000001102, 1, DECK2)]),
    (1780000001002, "opt-no", OPT, "", ["ReLU의 x&gt;0 기울기", "1", ""], [(1780000001201, 0, DECK)]),
    (1780000001003, "opt-yes", OPT, " 선택 ", ["He 초기화", "Var(W) = 2 / n<sub>in</sub>", "y"],
     [(1780000001301, 0, DECK), (1780000001302, 1, DECK)]),
    (1780000001004, "typed", TYPED, "", ["시그모이드 도함수의 최댓값", "0.25"], [(1780000001401, 0, DECK)]),
]
REVLOG = [(1780000000000, 1780000001102, 3, -600, 0, 0, 6000, 0), (1780086400000, 1780000001102, 3, 1, -600, 2500, 4000, 0)]

def rows(db):
    for nid, guid, mid, tags, flds, cards in NOTES:
        db.execute("INSERT INTO notes VALUES (?, ?, ?, 1780000000, 0, ?, ?, ?, 0, 0, '')",
                   (nid, guid, mid, tags, "\x1f".join(flds), flds[0]))
        for cid, ord_, did in cards:
            db.execute("INSERT INTO cards VALUES (?, ?, ?, ?, 1780000000, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                       (cid, nid, did, ord_))
    for r in REVLOG:
        db.execute("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)", r)

def legacy(path):
    db = sqlite3.connect(path)
    db.executescript(SCHEMA18.split("CREATE TABLE deck_config")[0])
    models = {str(i): {"id": i, "name": n, "type": 0, "mod": 0, "usn": 0, "sortf": 0, "did": DECK,
                       "tmpls": [{"name": tn, "ord": k, "qfmt": q, "afmt": a, "bqfmt": "", "bafmt": "", "did": None}
                                 for k, (tn, q, a) in enumerate(t)],
                       "flds": [{"name": f, "ord": k, "sticky": False, "rtl": False, "font": "Arial", "size": 20}
                                for k, f in enumerate(fs)], "css": ""} for i, n, fs, t in TYPES}
    decks = {str(d): {"id": d, "name": n} for d, n in ((1, "Default"), (DECK, "양방향::앞"), (DECK2, "양방향::뒤"))}
    db.execute("INSERT INTO col VALUES (1, 1779926400, 1780500000000, 1780500000000, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')",
               (json.dumps(models, ensure_ascii=False), json.dumps(decks, ensure_ascii=False)))
    rows(db)
    db.commit()
    db.close()

def modern(path):
    db = sqlite3.connect(path)
    db.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
    db.executescript(SCHEMA18)
    db.execute("INSERT INTO col VALUES (1, 1779926400, 1780500000000, 1780500000000, 18, 0, 0, 0, '', '', '', '', '')")
    for i, n, fs, t in TYPES:
        db.execute("INSERT INTO notetypes VALUES (?, ?, 1780000000, 0, ?)", (i, n, pb_bytes(3, b".card{}")))
        for k, f in enumerate(fs):
            db.execute("INSERT INTO fields VALUES (?, ?, ?, ?)", (i, k, f, pb_bytes(3, b"Arial") + pb_varint(4, 20)))
        for k, (tn, q, a) in enumerate(t):
            db.execute("INSERT INTO templates VALUES (?, ?, ?, 1780000000, 0, ?)",
                       (i, k, tn, pb_bytes(1, q.encode()) + pb_bytes(2, a.encode())))
    for d, n in ((1, "Default"), (DECK, "양방향\x1f앞"), (DECK2, "양방향\x1f뒤")):
        db.execute("INSERT INTO decks VALUES (?, ?, 1780000000, 0, x'', x'0a00')", (d, n))
    db.execute("INSERT INTO deck_config VALUES (1, 'Default', 0, 0, x'')")
    rows(db)
    db.commit()
    db.close()

def main():
    with tempfile.TemporaryDirectory() as tmp:
        old, new, dummy = (os.path.join(tmp, n) for n in ("c.anki21", "c.anki21b", "c.anki2"))
        legacy(old)
        modern(new)
        legacy_dummy(dummy)
        with zipfile.ZipFile("multi-template.apkg", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("collection.anki21", open(old, "rb").read())
            z.writestr("media", "{}")
        with zipfile.ZipFile("multi-template-21b.apkg", "w") as z:
            z.writestr(zipfile.ZipInfo("meta"), pb_varint(1, 3))
            z.writestr("collection.anki21b", zstd(open(new, "rb").read()))
            z.writestr("collection.anki2", open(dummy, "rb").read(), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("media", zstd(b""))

if __name__ == "__main__":
    main()
