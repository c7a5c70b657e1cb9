#!/usr/bin/env python3
"""sim-state.py N PATH: a simulator state file with N /32 rules, 203.0.113.0/24 first (it covers --my-ip 203.0.113.10).

Used by scripts/figures.sh and scripts/bench-first-frame.sh (`sgaccess sim --state PATH`)."""
import json
import sys

n, path = int(sys.argv[1]), sys.argv[2]
rules = [{"id": i + 1, "ip": "10.%d.%d.%d/32" % (i >> 16 & 255, i >> 8 & 255, i & 255),
          "created_at": 1700000000 + i, "updated_at": 1700000000 + i} for i in range(n)]
rules[0]["ip"] = "203.0.113.0/24"
json.dump({"version": 1, "next_id": n + 1, "tenants": {"": rules}}, open(path, "w"))
