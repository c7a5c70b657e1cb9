import AccessCore

extension Canvas {
    /// Everything about the selected rule or attempt, as labelled lines (two columns when wide).
    mutating func detailPane(_ state: AppState, rect: Rect) {
        let lines: [(String, String, Style)]
        let name: String
        switch state.detailSubject {
        case .rules:
            guard let row = state.rules.selected else {
                paneTitle(rect, number: 3, name: "Detail", facts: [], focused: state.focus == .detail)
                return emptyMessage(
                    "No rule selected.", rect: Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: rect.height))
            }
            name = "Rule #\(row.id)"
            lines = DetailLines.rule(row, state: state)
        case .attempts:
            guard let row = state.attempts.selected else {
                paneTitle(rect, number: 3, name: "Detail", facts: [], focused: state.focus == .detail)
                return emptyMessage(
                    "No attempt selected.", rect: Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: rect.height)
                )
            }
            name = "Attempt \(row.ip)"
            lines = DetailLines.attempt(row, state: state)
        }
        paneTitle(rect, number: 3, name: "Detail", facts: [name], focused: state.focus == .detail)
        let rows = max(1, rect.height - 1)
        let columns = lines.count > rows && rect.width >= 100 ? 2 : 1
        let columnWidth = rect.width / columns
        for (i, line) in lines.enumerated() {
            let column = i / rows
            guard column < columns else { break }
            let x = rect.x + column * columnWidth + 1
            let y = rect.y + 1 + i % rows
            let limit = rect.x + (column + 1) * columnWidth - 1
            grid.write(TextLayout.fit(line.0, to: 11), x: x, y: y, style: Theme.muted, limit: limit)
            grid.write(
                TextLayout.truncate(line.1, to: max(0, limit - x - 12)), x: x + 12, y: y, style: line.2, limit: limit)
        }
    }
}

/// The labelled facts of the detail pane.
enum DetailLines {
    static func when(_ unix: Int64, now: Int64) -> String {
        "\(TimeFormat.utc(unix)) (\(TimeFormat.ago(max(0, now - unix))))"
    }

    /// The clock-dependent lines of the detail pane for what it describes (read by `AppState.clockFace`).
    static func times(_ state: AppState) -> [String] {
        switch state.detailSubject {
        case .rules: return state.rules.selected.map { ruleTimes($0, now: state.now).map(\.1) } ?? []
        case .attempts: return state.attempts.selected.map { attemptTimes($0, now: state.now).map(\.1) } ?? []
        }
    }

    static func ruleTimes(_ row: RuleRow, now: Int64) -> [(String, String)] {
        [("Created", when(row.rule.createdAt, now: now)), ("Updated", when(row.rule.updatedAt, now: now))]
    }

    static func attemptTimes(_ row: AttemptRow, now: Int64) -> [(String, String)] {
        [("First seen", when(row.attempt.firstAt, now: now)), ("Last seen", when(row.attempt.lastAt, now: now))]
    }

    static func rule(_ row: RuleRow, state: AppState) -> [(String, String, Style)] {
        var out: [(String, String, Style)] = [("Rule", "#\(row.id)  \(row.ip)", Theme.text)]
        if let range = row.rule.range {
            out.append(
                (
                    "Range",
                    "\(range.first) – \(range.last) (\(range.sizeDescription) address\(range.isSingleHost ? "" : "es"))",
                    Theme.text
                ))
        } else {
            out.append(("Range", "not a valid range: never counted as covering anything", Theme.warning))
        }
        out += ruleTimes(row, now: state.now).map { ($0.0, $0.1, Theme.text) }
        let mine = row.rule.range.map { r in state.myAddresses.filter(r.contains).map(\.description) } ?? []
        out.append(
            mine.isEmpty
                ? ("My IPs", "covers none of my IPs", Theme.muted)
                : ("My IPs", "\(Theme.mineGlyph) covers \(mine.joined(separator: ", "))", Theme.mine))
        out.append(("Attempts", coveredAttempts(row, state: state), Theme.text))
        out += annotationLines(state.ledger.annotation(of: row.rule), now: state.now)
        if !state.isReadOnly { out.append(("Remove", "d → DELETE \(AccessSettingsPath.rule(row.id))", Theme.muted)) }
        return out
    }

    static func attempt(_ row: AttemptRow, state: AppState) -> [(String, String, Style)] {
        var out: [(String, String, Style)] = [
            (
                "Address", row.ip + (row.isMine ? "  \(Theme.mineGlyph) one of my IPs" : ""),
                row.isMine ? Theme.mine : Theme.text
            ),
            ("Status", Canvas.statusLabel(row), Canvas.statusStyle(row)),
            ("At the time", row.attempt.allowed ? "allowed by SendGrid" : "refused by SendGrid", Theme.text),
            ("Location", row.location.isEmpty ? "(none given)" : row.location, Theme.text),
            ("Method", row.method.isEmpty ? "(none given)" : row.method, Theme.text),
        ]
        out += attemptTimes(row, now: state.now).map { ($0.0, $0.1, Theme.text) }
        out.append(
            ("Covered by", coverage(row, state: state), row.coveringRuleIDs.isEmpty ? Theme.warning : Theme.good))
        if let address = row.attempt.address, !state.isReadOnly {
            let host = CIDR(host: address)
            let wide = CIDR(address: address, prefixLength: address.family == .v4 ? 24 : 64)
            out.append(("Would add", "a → \(host)   A → \(wide)", Theme.muted))
        }
        return out
    }

    /// "covers 3 recent: a, b, c"; an address seen with several methods (API and Web rows) is named once:
    /// "covers 3 recent from 2 addresses: a, b".
    static func coveredAttempts(_ row: RuleRow, state: AppState) -> String {
        let covered = state.attempts.rows.filter { $0.coveringRuleIDs.contains(row.id) }
        if covered.isEmpty { return "covers no recent attempt" }
        var seen = Set<String>()
        let addresses = covered.map(\.ip).filter { seen.insert($0).inserted }
        let sample = addresses.prefix(4).joined(separator: ", ") + (addresses.count > 4 ? ", …" : "")
        if addresses.count == covered.count { return "covers \(covered.count) recent: \(sample)" }
        let plural = addresses.count == 1 ? "address" : "addresses"
        return "covers \(covered.count) recent from \(addresses.count) \(plural): \(sample)"
    }

    static func coverage(_ row: AttemptRow, state: AppState) -> String {
        if let range = row.group?.range, row.coveringRuleIDs.isEmpty, state.rules.isLoaded {
            return "no rule covers its \(row.group?.addresses.count ?? 0) addresses; A allows \(range)"
        }
        guard let address = row.attempt.address else { return "nothing: “\(row.ip)” is not an IP address" }
        if !row.coveringRuleIDs.isEmpty {
            return row.coveringRuleIDs.prefix(3).map { "#\($0) \(state.rules.row(id: $0)?.ip ?? "")" }.joined(
                separator: ", ")
        }
        if !state.rules.isLoaded { return "unknown: the allow list has not been read" }
        if state.rules.rows.isEmpty { return "no rule: the list is empty, so everyone is allowed" }
        return "no rule covers \(address)"
    }
}
