#!/usr/bin/env bash
# Issue 7 experiment: the trade-off table of the last-resort reading (claims/lastResort.ts) on studied sets only
# (never held-out ones): per setting, supported precision/recall and near misses supported wrongly.
# Usage: bash server/eval/lastResortTable.sh  (from the checkout's root)
C=server/test/corpus; R=../shared/eval/real
r() { npx tsx server/eval/run.ts "$@" --no-rows 2>/dev/null | awk '/^label /{if(!d)f=1} f&&/^supported /{printf "P %s R %s n %-4s ",$2,$3,$5; f=0; d=1}'; }
wrong() { npx tsx server/eval/run.ts $C/nearmiss.jsonl "$@" 2>/dev/null | grep -c '^      got      supported'; }
printf '%-34s | %-26s | %-26s | %-26s | %-26s | %s\n' setting dev studied-halfB fresh3+fresh5 team near-wrong-SUP
for setting in '--no-last-resort' '' '--lr-gap=14' '--lr-comma' '--lr-same-type' '--lr-any-head' '--lr-gap=14 --lr-same-type' '--lr-gap=14 --lr-comma --lr-same-type --lr-any-head'; do
  printf '%-34s | ' "${setting:-default (strict)}"
  r $R --split=dev $setting; printf '| '
  r $C/fresh-hcc.jsonl $C/fresh-il11.jsonl $C/fresh-scope.jsonl $C/fresh2-hcc.jsonl $C/fresh2-il11.jsonl $C/fresh4-hcc.jsonl $C/fresh4-il11.jsonl $C/fresh6-hcc.jsonl $C/fresh6-il11.jsonl $C/fresh7-hcc.jsonl $C/fresh7-il11.jsonl $C/fresh8-hcc.jsonl $C/fresh8-il11.jsonl --half=B $setting; printf '| '
  r $C/fresh3-hcc.jsonl $C/fresh3-il11.jsonl $C/fresh5-hcc.jsonl $C/fresh5-il11.jsonl $setting; printf '| '
  r $C/claims.jsonl $C/heldout.jsonl $C/blind.jsonl $setting; printf '| '
  wrong $setting
done
