#!/usr/bin/env python3
"""Builds anki21b-fixture.apkg: a package in the layout current Anki (2.1.50+) writes for a default export.

meta (protobuf PackageMetadata, version 3 = LATEST), collection.anki21b (a schema-18 SQLite collection compressed
with the real zstd tool of Debian's `zstd` package), media (zstd-compressed protobuf MediaEntries), one media file
"0" (zstd), and a dummy legacy collection.anki2 holding one "please update" note, as Anki adds for old clients.
The schema-18 tables follow ankitects/anki rslib/src/storage/schema11.sql plus upgrades 14, 15, 17 and 18.
Run: python3 make_anki21b.py OUT.apkg   (needs python3 and /usr/bin/zstd)
"""
import os, sqlite3, subprocess, sys, tempfile, zipfile

def varint(v):
    out = bytearray()
    while True:
        b = v & 0x7f
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)

def pb_varint(n, v): return varint(n << 3) + varint(v)
def pb_bytes(n, b): return varint((n << 3) | 2) + varint(len(b)) + b

SCHEMA18 = """
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
  odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL,
  val blob NOT NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE INDEX idx_templates_usn ON templates (usn);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE INDEX idx_notetypes_usn ON notetypes (usn);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE INDEX idx_notes_mid ON notes (mid);
CREATE INDEX idx_cards_odid ON cards (odid) WHERE odid != 0;
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL, collapsed boolean NOT NULL,
  config blob NULL) without rowid;
CREATE TABLE graves (oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL,
  PRIMARY KEY (oid, type)) WITHOUT ROWID;
CREATE INDEX idx_graves_pending ON graves (usn);
"""

BASIC, CLOZE, DECK = 1711000000001, 1711000000002, 1711000000100
DAY = 86400000
T0 = 1780000000000  # 2026-05-28, the first review

def collection(path):
    db = sqlite3.connect(path)
    db.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
    db.executescript(SCHEMA18)
    db.execute("INSERT INTO col VALUES (1, 1779926400, 1780500000000, 1780500000000, 18, 0, 0, 0, '', '', '', '', '')")
    db.execute("INSERT INTO notetypes VALUES (?, 'Basic', 1780000000, 0, ?)", (BASIC, pb_bytes(3, b".card{}")))
    db.execute("INSERT INTO notetypes VALUES (?, 'Cloze', 1780000000, 0, ?)", (CLOZE, pb_varint(1, 1) + pb_bytes(3, b".card{}")))
    for ntid, names in ((BASIC, ["Front", "Back"]), (CLOZE, ["Text", "Back Extra"])):
        for i, n in enumerate(names):
            db.execute("INSERT INTO fields VALUES (?, ?, ?, ?)", (ntid, i, n, pb_bytes(3, b"Arial") + pb_varint(4, 20)))
    db.execute("INSERT INTO templates VALUES (?, 0, 'Card 1', 1780000000, 0, ?)", (BASIC, pb_bytes(1, b"{{Front}}") + pb_bytes(2, b"{{Back}}")))
    db.execute("INSERT INTO templates VALUES (?, 0, 'Cloze', 1780000000, 0, ?)", (CLOZE, pb_bytes(1, b"{{cloze:Text}}") + pb_bytes(2, b"{{cloze:Text}}")))
    db.execute("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x'0a00')")
    db.execute("INSERT INTO decks VALUES (?, ?, 1780000000, 0, x'', x'0a00')", (DECK, "한국어\x1f기울기"))
    db.execute("INSERT INTO deck_config VALUES (1, 'Default', 0, 0, x'')")
    notes = [
        (1780000000001, "Kq&1x:ab9Z", BASIC, " 딥러닝 기초::용어 ",
         "ReLU의 <b>장점</b>은?\x1f양수 구간에서 기울기가 <u>1</u>이라 소멸하지 않음<br>&nbsp;<img src=\"relu.png\">"),
        (1780000000002, "Wp2#dd/8Lm", CLOZE, " cloze 시그모이드 ",
         "시그모이드 도함수의 최댓값은 {{c1::0.25::숫자}}이고, 깊은 망에서는 기울기가 {{c2::소멸}}한다. {{c1::0.25}}&lt;1<br>\x1f<i>S04</i> 참고 [sound:note.mp3]"),
    ]
    for nid, guid, mid, tags, flds in notes:
        db.execute("INSERT INTO notes VALUES (?, ?, ?, 1780000000, 0, ?, ?, ?, 0, 0, '')", (nid, guid, mid, tags, flds, flds.split("\x1f")[0]))
    cards = [(1780000000101, 1780000000001, 0), (1780000000102, 1780000000002, 0), (1780000000103, 1780000000002, 1)]
    for cid, nid, ord_ in cards:
        db.execute("INSERT INTO cards VALUES (?, ?, ?, ?, 1780000000, 0, 2, 2, 10, 5, 2500, 3, 0, 0, 0, 0, 0, '')", (cid, nid, DECK, ord_))
    # review log: ease 1-4; type 0 learn, 1 review, 2 relearn; one manual entry (type 4, ease 0) to be ignored
    revlog = [(T0, 1780000000101, 3, -600, 0, 0, 8000, 0), (T0 + 600000, 1780000000101, 3, 1, -600, 2500, 5000, 0),
              (T0 + 3 * DAY, 1780000000101, 4, 5, 1, 2500, 4000, 1), (T0 + 9 * DAY, 1780000000101, 1, -600, 5, 2300, 9000, 1),
              (T0 + 9 * DAY + 700000, 1780000000101, 0, 0, 0, 0, 0, 4),
              (T0 + 1000, 1780000000102, 1, -60, 0, 0, 12000, 0), (T0 + 61000, 1780000000102, 3, 1, -60, 2500, 7000, 0)]
    for r in revlog:
        db.execute("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)", (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
    db.commit()
    db.close()

def legacy_dummy(path):
    db = sqlite3.connect(path)
    db.executescript(SCHEMA18.split("CREATE TABLE deck_config")[0])
    models = '{"1":{"id":1,"name":"Basic","type":0,"mod":0,"usn":0,"sortf":0,"did":1,"tmpls":[{"name":"Card 1","ord":0,"qfmt":"{{Front}}","afmt":"{{Back}}"}],"flds":[{"name":"Front","ord":0,"sticky":false,"rtl":false,"font":"Arial","size":20},{"name":"Back","ord":1,"sticky":false,"rtl":false,"font":"Arial","size":20}],"css":""}}'
    db.execute("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, '{\"1\":{\"id\":1,\"name\":\"Default\"}}', '{}', '{}')", (models,))
    db.execute("INSERT INTO notes VALUES (1, 'dummy', 1, 0, 0, '', ?, 'x', 0, 0, '')", ("Please update to the latest Anki version, then import the .colpkg/.apkg file again.\x1f",))
    db.execute("INSERT INTO cards VALUES (1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')")
    db.commit()
    db.close()

def zstd(data):
    return subprocess.run(["zstd", "-q", "-19", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout

def main(out):
    with tempfile.TemporaryDirectory() as tmp:
        col, dummy = os.path.join(tmp, "c.anki21b"), os.path.join(tmp, "c.anki2")
        collection(col)
        legacy_dummy(dummy)
        png = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        entry = pb_bytes(1, "relu.png".encode()) + pb_varint(2, len(png)) + pb_bytes(3, bytes(20))
        with zipfile.ZipFile(out, "w") as z:
            z.writestr(zipfile.ZipInfo("meta"), pb_varint(1, 3))
            z.writestr("collection.anki21b", zstd(open(col, "rb").read()))
            z.writestr("collection.anki2", open(dummy, "rb").read(), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("media", zstd(pb_bytes(1, entry)))
            z.writestr("0", zstd(png))

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "anki21b-fixture.apkg")
