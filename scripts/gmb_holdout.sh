#!/usr/bin/env bash
# A held-out score on GMB as it is distributed for training: the tagger is trained on the first
# 38,000 sentences of gmb_train.jsonl and the full extractor (and the tagger alone) is scored on
# the last 5,958, a contiguous block, so no article is on both sides. This measures news "from
# the same source" that the committed model never saw, unlike gmb_dev.jsonl, whose first 2,000
# GMB sentences follow other labelling habits (see the README).
#
#   scripts/gmb_holdout.sh [--newsgraph build/newsgraph] [GMB_TRAIN.jsonl]
set -euo pipefail
newsgraph=build/newsgraph
if [ "${1:-}" = "--newsgraph" ]; then
  newsgraph="$2"
  shift 2
fi
train="${1:-../shared/eval/train/gmb_train.jsonl}"
if [ ! -f "$train" ]; then
  echo "$0: $train not found (the GMB training data is not part of this repository)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n 38000 "$train" > "$work/train.jsonl"
tail -n +38001 "$train" > "$work/heldout.jsonl"
"$newsgraph" train --corpus "$work/train.jsonl" -o "$work/names.ngt" > /dev/null 2> "$work/train.log"
echo "== full extractor, tagger trained on sentences 1-38000 of $(basename "$train")"
"$newsgraph" eval --model "$work/names.ngt" --corpus "$work/heldout.jsonl" --labels gmb | sed -n 1,8p
echo
echo "== the tagger alone"
"$newsgraph" eval --tagger-only --model "$work/names.ngt" --corpus "$work/heldout.jsonl" \
  --labels gmb | sed -n 3,8p
