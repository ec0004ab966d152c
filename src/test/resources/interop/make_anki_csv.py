#!/usr/bin/env python3
"""Writes anki-notes-export.txt in the layout of Anki's "Notes in Plain Text" export (rslib/src/import_export/text/
csv/export.rs) with every option ticked: header lines #separator:tab, #html:true, #guid column:1, #notetype column:2,
#deck column:3, #tags column:N; then one record per note written by Python's csv module (tab delimiter, minimal
quoting: a field with a tab, a quote or a line break is quoted and its quotes doubled), as the Rust csv crate does.
Run: python3 make_anki_csv.py OUT.txt
"""
import csv, sys

rows = [
    ["b4U}kL!2qz", "Basic", "한국어::기울기", "기울기 소멸의 주된 <b>원인</b>은?",
     "시그모이드 도함수의 최댓값이 0.25라서\n층을 지날 때마다 곱해져 작아진다", "딥러닝 원인"],
    ["Ct9#x0@PwE", "Basic", "한국어::기울기", "Which init suits ReLU?", "He initialization (&quot;Kaiming&quot;)", "init"],
    ["vP1(m&Q0ds", "Cloze", "한국어::기울기", "LSTM은 {{c1::게이트}} 구조로 {{c2::장기 의존성}} 문제를 완화한다", "", "cloze rnn"],
    ["aa\tbb", "Basic", "English", "A guid with a tab, \"quoted\"", "still one record", ""],
]
with open(sys.argv[1] if len(sys.argv) > 1 else "anki-notes-export.txt", "w", encoding="utf-8", newline="") as f:
    f.write("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n")
    w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for r in rows:
        w.writerow(r)
