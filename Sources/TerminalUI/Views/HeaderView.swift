import AccessCore

extension Canvas {
    /// Two lines: who and how fresh, then the rule count, this host's address and the operator's, with verdicts.
    /// The account comes right after the name, before anything that may grow, so that it is never cut first.
    mutating func header(_ state: AppState, rect: Rect) {
        let sep = (" · ", Theme.muted)
        var first: [(String, Style)] = [(" sgaccess", Theme.appName)]
        if state.isReadOnly { first += [(" ", Theme.text), (" READ-ONLY ", Theme.readOnly)] }
        let status = pollSegments(state) + switchingSegments(state)
        first += [sep] + accountSegments(state, room: rect.width - Canvas.width(of: first + [sep, sep] + status))
        first += [sep] + status
        segments(first, x: rect.x, y: rect.y, limit: rect.maxX)

        var second: [(String, Style)]
        if !state.rules.isLoaded, let failure = state.poll.rulesFailure {
            second = [(" cannot read the allow list: \(failure.reason)", Theme.bad)]
        } else {
            let shown = state.rules.isLoaded ? state.rules.rows.count : state.rules.preview?.count
            let count = shown.map { "\($0)" } ?? "…"
            let nearCap = (shown ?? 0) >= 900
            second = [(" rules ", Theme.muted), ("\(count)/1000", nearCap ? Theme.warning : Theme.text)]
        }
        if let rate = state.poll.rateLimit {
            let low = rate.remaining * 10 < max(1, rate.limit)
            let slowed = state.poll.pace.isSlowed ? "slowed: " : ""
            let style = low || !slowed.isEmpty ? Theme.warning : Theme.muted
            second += [sep, ("\(slowed)rate \(rate.remaining)/\(rate.limit)", style)]
        }
        second.append(sep)
        second += addressSegments(state)
        segments(second, x: rect.x, y: rect.y + 1, limit: rect.maxX)
    }

    /// "profile prod · subuser sub1 · eu" in the profile's accent; its compact form when the full one would
    /// leave the status fewer than `room` columns.
    func accountSegments(_ state: AppState, room: Int) -> [(String, Style)] {
        let full = DisplayWidth.of(state.accountLabel) <= room
        return [(full ? state.accountLabel : state.accountShortLabel, Theme.account(state.accent))]
    }

    /// " → opening profile eu · …" while a switch is pending.
    func switchingSegments(_ state: AppState) -> [(String, Style)] {
        state.switching.map { [(" → opening \($0.label)…", Theme.muted)] } ?? []
    }

    static func width(of parts: [(String, Style)]) -> Int { parts.reduce(0) { $0 + DisplayWidth.of($1.0) } }

    /// "this host 198.51.100.7 ✓ allowed by #16 — seen at our last 3 polls · SSH 10.0.0.5 private, not seen by
    /// SendGrid"; "this host ? unknown" while nothing tells it.
    func addressSegments(_ state: AppState) -> [(String, Style)] {
        var out: [(String, Style)] = [("this host ", Theme.muted)]
        let knowledge = state.knowledge
        if !knowledge.isHostKnown {
            out.append(("? unknown (set --my-ip)", Theme.warning))
        }
        for (i, verdict) in state.myVerdicts.enumerated() {
            if verdict.role == .sshClient {
                out += [(" · ", Theme.muted), ("SSH ", Theme.muted)]
            } else if i > 0 {
                out.append(("  ", Theme.text))
            }
            out.append(("\(verdict.address) ", Theme.text))
            if verdict.role == .sshClient, let ssh = knowledge.operatorAddress, !ssh.isVisibleToSendGrid {
                out.append(("\(ssh.scope.word): unseen by SendGrid", Theme.muted))
                continue
            }
            out.append(verdictSegment(verdict, loaded: state.rules.isLoaded))
            if verdict.role == .host, let address = IPAddress(verdict.address) {
                out.append((" " + learnedHow(address, knowledge), Theme.muted))
            }
        }
        return out
    }

    func verdictSegment(_ verdict: MyIPVerdict, loaded: Bool) -> (String, Style) {
        if !loaded { return ("? checking", Theme.muted) }
        if let id = verdict.coveringRuleIDs.first { return ("✓ allowed by #\(id)", Theme.good) }
        if verdict.allowed { return ("✓ allowed (list empty)", Theme.warning) }
        return ("✗ NOT allowed", Theme.bad)
    }

    /// "(configured)", "(discovered)", "— seen at our last 3 polls".
    func learnedHow(_ address: IPAddress, _ knowledge: AddressKnowledge) -> String {
        if let given = knowledge.given.first(where: { $0.address == address && $0.source.tellsThisHost }) {
            return "(\(given.source.rawValue))"
        }
        let streak = knowledge.learner.streak(of: address)
        return streak > 0 ? "— seen at our last \(streak) polls" : "— not seen at our last poll"
    }

    /// How fresh the data is: "↻ " while a GET is in flight, then "updated 7s ago" (seconds below a minute, then
    /// "3m ago") followed by the list's own age when it is older ("· list 41s ago"), a countdown or the failure. Every clock-dependent word of the header is here, and
    /// `AppState.clockFace` reads it to decide whether a tick changes the screen.
    func pollSegments(_ state: AppState) -> [(String, Style)] { Canvas.pollSegments(state) }

    static func pollSegments(_ state: AppState) -> [(String, Style)] {
        var parts: [(String, Style)] = []
        if state.isFetching { parts.append((Canvas.fetchingMarker + " ", Theme.key)) }
        if state.poll.paused { parts.append(("PAUSED ", Theme.warning)) }
        if let waited = state.poll.waitingSeconds(at: state.now) {
            let limit =
                state.poll.longestWaitIsAChange
                ? "each try gives up after \(state.config.requestTimeout)s"
                : "gives up at \(state.config.requestTimeout)s"
            parts.append(("waiting for SendGrid… \(waited)s (\(limit)) · ", Theme.warning))
        }
        if let failure = state.poll.failure {
            if failure.isTransient, let retryAt = state.poll.retryAt {
                parts.append(("API unreachable — retrying in \(max(0, retryAt - state.now))s", Theme.bad))
            } else if failure.isTransient {
                parts.append(("API unreachable — press r to retry", Theme.bad))
            } else {
                parts.append(("API error — press r to retry", Theme.bad))
            }
        } else if let last = state.poll.lastSuccess {
            let updated = TimeFormat.since(state.now - last)
            parts.append(("updated \(updated)", Theme.muted))
            // The list is read less often than the activity: its own age, once it differs.
            if let listAt = state.rules.loadedAt, case let list = TimeFormat.since(state.now - listAt), list != updated
            {
                parts.append((" · list \(list)", Theme.muted))
            }
        } else {
            parts.append(("loading…", Theme.muted))
        }
        return parts
    }

    /// Drawn before the poll segment while a GET to SendGrid is in flight: one fixed glyph, not a spinner, so a
    /// poll costs a few bytes on the wire rather than a frame per spinner step.
    static let fetchingMarker = "↻"
}
