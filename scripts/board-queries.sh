#!/usr/bin/env bash
# Writes docs/board-queries.md from a running local stack loaded with the demo data (./run-local.sh --demo):
# the board's queries, each with its real answer. Usage: scripts/board-queries.sh [engagement-base] > docs/board-queries.md
# The base defaults to http://localhost:8081; the document always shows that address.
set -euo pipefail

B=${1:-http://localhost:8081}
NAME="Buckinghamshire Local Industrial Strategy"
get() { curl -sf -u board:board "$B$1"; }

P=$(get /api/programmes | jq -r --arg n "$NAME" '.items[] | select(.name==$n) | .id')
[ -n "$P" ] || { echo "No '$NAME' programme at $B: load the demo first (./run-local.sh --demo)" >&2; exit 1; }
UOB=$(get "/api/partners?q=University%20of%20Buckingham" | jq -r '.items[] | select(.name=="University of Buckingham") | .id')

json() { printf '```json\n%s\n```\n' "$1"; }

cat <<EOF
# Board queries against the demo data

Real output of the engagement service after loading the demo data set (the Buckinghamshire
programme, \`local-stack\` with \`--demo\`, loaded by \`org.lis.localstack.demo.DemoDataLoader\`),
captured on $(date -u '+%-d %B %Y') by \`scripts/board-queries.sh\`, which writes this page. Ids are made by the server
and differ from one load to another; \`recordedBy\` defaults to now. How each figure is computed:
[coverage.md](coverage.md). What in the demo is the board paper's and what is illustrative: the README's
"Demo data" section.

\`\`\`sh
B=http://localhost:8081
PROGRAMME=\$(curl -s -u board:board "\$B/api/programmes" | jq -r '.items[] | select(.name=="$NAME") | .id')
\`\`\`

## 1. Coverage by theme as of 5 October 2018 (the LIS vision presentation)

\`\`\`sh
curl -s -u board:board "\$B/api/programmes/\$PROGRAMME/coverage?asOf=2018-10-05&groupBy=THEME"
\`\`\`
EOF
json "$(get "/api/programmes/$P/coverage?asOf=2018-10-05&groupBy=THEME" | jq .)"

cat <<EOF

BTVLEP convenes the strategy: the programme names it (\`convenorPartnerId\`), the report names it under
\`convenor\`, and it is not among the $(get "/api/programmes/$P/coverage?asOf=2018-10-05" | jq .totals.partners) partners counted.
EOF

cat <<EOF

## 2. Key partners not engaged

\`\`\`sh
curl -s -u board:board "\$B/api/programmes/\$PROGRAMME/coverage?asOf=2018-10-05" | jq '.gaps.keyPartnersNotEngaged'
\`\`\`
EOF
json "$(get "/api/programmes/$P/coverage?asOf=2018-10-05" | jq '.gaps.keyPartnersNotEngaged')"

cat <<EOF

The gap is illustrative: the Buckinghamshire Life Sciences Network is an invented key partner, invited to the
(illustrative) ageing-society workshop, which it declined. The paper says which partners were engaged; it names
none that was not. As of 31 July 2018 (before the workshops), the same query lists
$(get "/api/programmes/$P/coverage?asOf=2018-07-31" | jq -r '[.gaps.keyPartnersNotEngaged[].name | "`" + . + "`"] | join(", ")').

## 3. The paper's meetings on a partner's history: the University of Buckingham

\`\`\`sh
UOB=\$(curl -s -u board:board "\$B/api/partners?q=University%20of%20Buckingham" | jq -r '.items[] | select(.name=="University of Buckingham") | .id')
curl -s -u board:board "\$B/api/partners/\$UOB" | jq '[.history[] | select(.on <= "2018-07-31")]'
\`\`\`
EOF
json "$(get "/api/partners/$UOB" | jq '[.history[] | select(.on <= "2018-07-31")]')"

cat <<EOF

The round table of 30 April 2018 is the paper's (section 4); the invitation is to an illustrative workshop. The partner's
registration, dated the day the demo was loaded, is left out by the filter.

## 4. Readiness for adoption

\`\`\`sh
curl -s -u board:board "\$B/api/programmes/\$PROGRAMME/readiness"
\`\`\`
EOF
json "$(get "/api/programmes/$P/readiness" | jq .)"

cat <<EOF

## 5. The programme's milestones: loose dates and what is delivered

\`\`\`sh
curl -s -u board:board "\$B/api/programmes/\$PROGRAMME" | jq -c '.phases[] | {code, startsOn, startsOnPrecision, endsOn, endsOnPrecision, milestones: [.milestones[] | {name, dueOn, precision, status, deliveredOn}]}'
\`\`\`
EOF
json "$(get "/api/programmes/$P" | jq -c '.phases[] | {code, startsOn, startsOnPrecision, endsOn, endsOnPrecision, milestones: [.milestones[] | {name, dueOn, precision, status, deliveredOn}]}')"

cat <<'EOF'

As the paper writes them: phases in months ("August – September 2018" is `MONTH` to `MONTH`), the drafts due in
the week commencing (`WEEK`), the rest on the day. The two milestones the paper says are already done are
delivered; the paper gives them no date, so they are held on 17 May 2018, by which it was written, and say so.

## 6. The standing groups

```sh
curl -s -u board:board "$B/api/groups" | jq -r '.items[].id' | while read -r G; do
  curl -s -u board:board "$B/api/groups/$G" | jq -c '{name, kind, convenor: .convenor.name, formedOn, members: [.members[] | {name, status, invitedOn, joinedOn, invitedBy: .invitedBy.name}]}'
done
```
EOF
json "$(get /api/groups | jq -r '.items[].id' | while read -r G; do
    get "/api/groups/$G" | jq -c '{name, kind, convenor: .convenor.name, formedOn, members: [.members[] | {name, status, invitedOn, joinedOn, invitedBy: .invitedBy.name}]}'
done)"

cat <<'EOF'

All five are the paper's. Where it names no lead (the cross-corridor group, the task-and-finish group), BTVLEP is
the convenor and the group's description says why; where it gives no date, the group is formed on 17 May 2018.
Members count as engaged from the day they joined, an invitation as invited, the convenor from the group's
formation.

## 7. The consultation window, and coverage as of its close

```sh
C=$(curl -s -u board:board "$B/api/programmes/$PROGRAMME/consultations" | jq -r '.items[0].id')
curl -s -u board:board "$B/api/consultations/$C" | jq '{title, opensOn, closesOn, status, responseCount, byStance, late}'
curl -s -u board:board "$B/api/programmes/$PROGRAMME/coverage?asOf=consultation:$C" | jq '{asOf, totals}'
```
EOF
C=$(get "/api/programmes/$P/consultations" | jq -r '.items[0].id')
json "$(get "/api/consultations/$C" | jq '{title, opensOn, closesOn, status, responseCount, byStance, late}')"
json "$(get "/api/programmes/$P/coverage?asOf=consultation:$C" | jq '{asOf, totals}')"

cat <<'EOF'

The window, 5 October to 23 November 2018, is the paper's; its responses are illustrative, each from an
illustrative business.

## 8. Adopting before the checks pass

```sh
curl -s -u board:board -H 'Content-Type: application/json' -X POST "$B/api/programmes/$PROGRAMME/adoption" \
  -d '{"adoptedOn": "2018-12-13"}' | jq '{status, code, detail}'
```
EOF
# a refusal records nothing, so asking leaves the demo as it was
json "$(curl -s -u board:board -H 'Content-Type: application/json' -X POST "$B/api/programmes/$P/adoption" \
    -d '{"adoptedOn": "2018-12-13"}' | jq '{status, code, detail}')"

cat <<'EOF'

With `"overrideReason"` the adoption is recorded, and the reason and the failed checks then show under `adoption`
in the readiness answer. Afterwards `coverage?asOf=adoption` gives coverage as it stood on the adoption date.
EOF
