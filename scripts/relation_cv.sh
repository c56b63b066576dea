#!/usr/bin/env bash
# K-fold cross-validation of the relation model on a corpus with relations (CoNLL04): for each
# fold R, train on the records whose number mod K is not R, score the records whose number mod
# K is R, and sum the relation counts over the folds. The only honest relation numbers for a
# model trained on the corpus it is scored on.
#
#   scripts/relation_cv.sh [--newsgraph build/newsgraph] [--k 5] CORPUS.jsonl [train options]
set -euo pipefail
newsgraph=build/newsgraph
k=5
while [ $# -gt 0 ]; do
  case "$1" in
    --newsgraph) newsgraph="$2"; shift 2 ;;
    --k) k="$2"; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 1 ]; then
  echo "usage: $0 [--newsgraph PATH] [--k K] CORPUS.jsonl [train options]" >&2
  exit 2
fi
corpus="$1"
shift
if [ ! -f "$corpus" ]; then
  echo "$0: corpus not found: $corpus" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 0; r < k; r++)); do
  "$newsgraph" train --relations --corpus "$corpus" --every "$k" --skip "$r" -o "$work/fold$r.ngr" "$@" \
    > /dev/null 2> "$work/train$r.log"
  "$newsgraph" eval --corpus "$corpus" --every "$k" --only "$r" \
    --relation-model "$work/fold$r.ngr" --json "$work/fold$r.json" > /dev/null
  # The same fold with the rules alone, for comparison.
  "$newsgraph" eval --corpus "$corpus" --every "$k" --only "$r" --no-relation-model \
    --json "$work/rules$r.json" > /dev/null
done
python3 - "$work" "$k" <<'PY'
import json, sys
work, k = sys.argv[1], int(sys.argv[2])
def total(prefix):
    rows = {}
    for r in range(k):
        j = json.load(open(f"{work}/{prefix}{r}.json"))
        for name, c in list(j["relations"]["types"].items()) + [("micro", j["relations"]["micro"])]:
            t = rows.setdefault(name, [0, 0, 0])
            t[0] += c["gold"]; t[1] += c["pred"]; t[2] += c["correct"]
    return rows
for title, prefix in (("rules and the relation model", "fold"), ("rules alone", "rules")):
    print(f"{k}-fold cross-validation, {title}")
    print("relation         gold   pred correct  P      R      F1")
    rows = total(prefix)
    for name in sorted(n for n in rows if n != "micro") + ["micro"]:
        g, p, c = rows[name]
        P = c / p if p else 0.0
        R = c / g if g else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        print(f"{name:<14} {g:6d} {p:6d} {c:7d}  {P:6.4f} {R:6.4f} {F:6.4f}")
    print()
PY
