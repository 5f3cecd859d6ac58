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

cat <<'EOF'

Adopting now needs an override reason:
`POST $B/api/programmes/$PROGRAMME/adoption` as `board` with `{"adoptedOn": "2018-12-13"}` is
`409 READINESS_CHECKS_FAILED`; with `"overrideReason"` it is 200, and the reason and the failed
checks then show under `adoption` in the readiness answer. Afterwards
`coverage?asOf=adoption` gives coverage as it stood on the adoption date.
EOF
