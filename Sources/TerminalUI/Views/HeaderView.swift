extension Canvas {
    /// Two lines: who and how fresh, then the rule count and my IPs with their verdicts.
    mutating func header(_ state: AppState, rect: Rect) {
        let sep = (" · ", Theme.muted)
        var first: [(String, Style)] = [(" sgaccess", Theme.appName)]
        if state.isReadOnly { first += [(" ", Theme.text), (" READ-ONLY ", Theme.readOnly)] }
        first.append(sep)
        first += pollSegments(state)
        first += [sep, (state.accountLabel, Theme.text)]
        if let obo = state.onBehalfOfLabel { first += [(" on behalf of ", Theme.muted), (obo, Theme.text)] }
        first += [sep, (state.regionLabel, Theme.text)]
        segments(first, x: rect.x, y: rect.y, limit: rect.maxX)

        let count = state.rules.isLoaded ? "\(state.rules.rows.count)" : "…"
        let nearCap = state.rules.rows.count >= 900
        var second: [(String, Style)] = [(" rules ", Theme.muted), ("\(count)/1000", nearCap ? Theme.warning : Theme.text)]
        if let rate = state.poll.rateLimit {
            let low = rate.remaining * 10 < max(1, rate.limit)
            second += [sep, ("rate \(rate.remaining)/\(rate.limit)", low ? Theme.warning : Theme.muted)]
        }
        second += [sep, ("my IPs ", Theme.muted)]
        if state.myVerdicts.isEmpty { second.append(("none known (set --my-ip)", Theme.warning)) }
        for (i, verdict) in state.myVerdicts.enumerated() {
            if i > 0 { second.append(("  ", Theme.text)) }
            second.append(("\(verdict.address) ", Theme.text))
            if !state.rules.isLoaded {
                second.append(("? checking", Theme.muted))
            } else if let id = verdict.coveringRuleIDs.first {
                second.append(("✓ allowed by #\(id)", Theme.good))
            } else if verdict.allowed {
                second.append(("✓ allowed (list empty)", Theme.warning))
            } else {
                second.append(("✗ NOT allowed", Theme.bad))
            }
        }
        segments(second, x: rect.x, y: rect.y + 1, limit: rect.maxX)
    }

    func pollSegments(_ state: AppState) -> [(String, Style)] {
        var parts: [(String, Style)] = []
        if state.poll.paused { parts.append(("PAUSED ", Theme.warning)) }
        if let failure = state.poll.failure {
            if failure.isTransient, let retryAt = state.poll.retryAt {
                parts.append(("API unreachable — retrying in \(max(0, retryAt - state.now))s", Theme.bad))
            } else if failure.isTransient {
                parts.append(("API unreachable — press r to retry", Theme.bad))
            } else {
                parts.append(("API error — press r to retry", Theme.bad))
            }
        } else if let last = state.poll.lastSuccess {
            parts.append(("updated \(TimeFormat.ago(max(0, state.now - last)))", Theme.muted))
        } else {
            parts.append(("loading…", Theme.muted))
        }
        return parts
    }
}
