#!/usr/bin/env bash
# K-fold cross-validation of the relation model trained on news articles with gold files as well
# as on a corpus with relations: the gold files of FOLDER, sorted by name, are dealt into K folds
# (file number mod K); for each fold R, a model is trained on CORPUS and the other folds'
# articles, and fold R's articles are scored with it (newsgraph eval --gold). The entity, fact
# and event counts are summed over the folds, beside the same articles scored with the installed
# relation model (the committed one, trained on CORPUS alone) and with the rules alone.
#
#   scripts/relation_article_cv.sh [--newsgraph build/newsgraph] [--k 5] CORPUS.jsonl FOLDER \
#       [train options]
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
if [ $# -lt 2 ]; then
  echo "usage: $0 [--newsgraph PATH] [--k K] CORPUS.jsonl FOLDER [train options]" >&2
  exit 2
fi
corpus="$1"
folder="$2"
shift 2
if [ ! -f "$corpus" ]; then
  echo "$0: corpus not found: $corpus" >&2
  exit 1
fi
mapfile -t golds < <(find "$folder" -maxdepth 1 -name '*.gold.json' | LC_ALL=C sort)
if [ ${#golds[@]} -lt "$k" ]; then
  echo "$0: fewer than $k gold files in $folder" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 0; r < k; r++)); do mkdir -p "$work/train$r" "$work/test$r"; done
for i in "${!golds[@]}"; do
  gold="${golds[$i]}"
  text="${gold%.gold.json}.txt"
  for ((r = 0; r < k; r++)); do
    if [ $((i % k)) -eq "$r" ]; then to="$work/test$r"; else to="$work/train$r"; fi
    ln -s "$(realpath "$gold")" "$to/"
    ln -s "$(realpath "$text")" "$to/"
  done
done
for ((r = 0; r < k; r++)); do
  "$newsgraph" train --relations --corpus "$corpus" --gold "$work/train$r" -o "$work/fold$r.ngr" \
    "$@" > /dev/null 2> "$work/train$r.log"
  "$newsgraph" eval --gold "$work/test$r" --relation-model "$work/fold$r.ngr" \
    --json "$work/fold$r.json" > /dev/null
  "$newsgraph" eval --gold "$work/test$r" --json "$work/installed$r.json" > /dev/null
  "$newsgraph" eval --gold "$work/test$r" --no-relation-model --json "$work/rules$r.json" \
    > /dev/null
done
python3 - "$work" "$k" "${#golds[@]}" <<'PY'
import json, sys
work, k, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print(f"{k}-fold cross-validation over {n} articles (entities / facts / events)")
print("model                                   item      gold   pred  P      R      F1")
for title, prefix in (("trained on the corpus and other folds", "fold"),
                      ("installed (the corpus alone)", "installed"),
                      ("rules alone", "rules")):
    for item in ("entities", "facts", "events"):
        g = p = mg = mp = 0
        for r in range(k):
            for a in json.load(open(f"{work}/{prefix}{r}.json"))["articles"].values():
                c = a[item]
                g += c["gold"]; p += c["pred"]; mg += c["matched_gold"]; mp += c["matched_pred"]
        P = mp / p if p else 0.0
        R = mg / g if g else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        print(f"{title:<39} {item:<8} {g:6d} {p:6d}  {P:6.4f} {R:6.4f} {F:6.4f}")
PY
