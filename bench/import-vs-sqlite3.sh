#!/usr/bin/env bash
# Whole-process benchmark (not a test): generates a CSV of N indicator values (default 1,000,000) as Excel in a Russian
# locale writes it (';', decimal comma, CRLF), then times in the same run
#   1. RiskWorker import indicators FILE        (parse, validate everything, write in one transaction, into a fresh file)
#   2. sqlite3 :memory: '.import FILE'          (the floor: the header names the columns, no validation, no durability)
#   3. sqlite3 FILE '.import' into the same table with its primary key (durable, no validation)
# and prints the times and the ratios. Usage: bash bench/import-vs-sqlite3.sh [ROWS] [RULES_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
rules=${2:-$PWD/rules}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 1; }

dotnet build src/RiskWorker -c Release --nologo -v q >/dev/null
worker=(dotnet "$PWD/src/RiskWorker/bin/Release/net10.0/RiskWorker.dll" --rules "$rules")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${worker[@]}" indicators list --json --db "$work/catalogue.db" > "$work/indicators.json"
python3 - "$work" "$rows" <<'PY'
import json, math, sys, datetime, random
work, rows = sys.argv[1], int(sys.argv[2])
inds = json.load(open(f"{work}/indicators.json"))
scopes = [f"F{i:03d}" for i in range(100)]
with open(f"{work}/scopes.csv", "w", encoding="utf-8") as f:
    f.write("code;name;kind\r\n" + "".join(f"{s};Faculty {s};faculty\r\n" for s in scopes))
days = math.ceil(rows / (len(inds) * len(scopes)))
start = datetime.date(2000, 1, 1)
rnd = random.Random(42)
n = 0
with open(f"{work}/values.csv", "w", encoding="utf-8", newline="") as f:
    f.write("Показатель;Период;Значение;Подразделение;Примечание\r\n")
    for d in range(days):
        period = (start + datetime.timedelta(days=d)).strftime("%d.%m.%Y")
        for i in inds:
            for s in scopes:
                if n == rows: break
                v = rnd.uniform(1, 99) if i["unit"] == "%" else rnd.uniform(0, 5000)
                value = f"{v:.1f}".replace(".", ",")  # decimal comma, as Excel ru/ky writes it
                f.write(f"{i['code']};{period};{value};{s};\r\n")
                n += 1
print(f"generated {n:,} rows ({len(inds)} indicators × {len(scopes)} scopes × {days} days)")
PY
ls -la "$work/values.csv" | awk '{printf "file: %.1f MB\n", $5/1048576}'

"${worker[@]}" scopes import "$work/scopes.csv" --db "$work/bench.db" >/dev/null
now() { date +%s.%N; }

t0=$(now)
"${worker[@]}" import indicators "$work/values.csv" --db "$work/bench.db" > "$work/worker.out"
t1=$(now)
sqlite3 :memory: ".separator ;" ".import $work/values.csv obs" "SELECT count(*) FROM obs;" > "$work/mem.out"
t2=$(now)
sqlite3 "$work/sqlite.db" "CREATE TABLE obs (indicator TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL, scope TEXT NOT NULL, note TEXT, PRIMARY KEY (indicator, period, scope));" \
  ".separator ;" ".import --skip 1 $work/values.csv obs" "SELECT count(*) FROM obs;" > "$work/file.out"
t3=$(now)

tail -1 "$work/worker.out"
python3 - "$t0" "$t1" "$t2" "$t3" "$(cat "$work/mem.out")" "$(cat "$work/file.out")" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5])
w, m, f = t1 - t0, t2 - t1, t3 - t2
print(f"RiskWorker import indicators : {w:6.2f} s (whole process: start, rules, parse, validate, one transaction)")
print(f"sqlite3 :memory: .import     : {m:6.2f} s ({sys.argv[5]} rows)")
print(f"sqlite3 file + PK .import    : {f:6.2f} s ({sys.argv[6]} rows)")
print(f"ratio RiskWorker / sqlite3 :memory: = {w / m:.1f}x; RiskWorker / sqlite3 file+PK = {w / f:.1f}x")
PY
