import AccessCore
import Foundation

/// The triage inbox: `x` dismisses a blocked address ("known, not to be allowed") with an optional reason or
/// brings a dismissed one back, `X` shows the dismissed, `o` groups by address or range, `A` on a range row
/// allows the range. Dismissals are local records (the ledger), never a change to SendGrid.
extension AppState {
    /// Changes the triage settings and regroups the attempts pane.
    mutating func updateTriage(_ change: (inout TriageState) -> Void) {
        var next = attempts.triage
        change(&next)
        attempts.setTriage(next, page: page(.attempts))
    }

    /// `x` on the selected row: un-dismisses a dismissed one, opens the reason prompt for a blocked one,
    /// otherwise says why nothing happened.
    mutating func dismissSelected() -> [Effect] {
        guard let row = attempts.selected else {
            return error("No attempt selected: move to one in the attempts pane.")
        }
        let members = row.group?.addresses ?? [row.addressKey]
        if row.dismissal != nil { return undismiss(members) }
        guard row.isBlocked else {
            return info("x dismisses blocked attempts only: \(row.ip) is \(row.statusText); nothing was dismissed.")
        }
        let wanted = Set(members)
        var targets: [String] = []
        for base in attempts.rows where base.needsTriage && base.attempt.address != nil {
            let key = base.addressKey
            if wanted.contains(key) && !targets.contains(key) { targets.append(key) }
        }
        guard !targets.isEmpty else {
            return error("“\(row.ip)” is not an IP address, so it cannot be dismissed; use / to filter it out.")
        }
        let label =
            row.group?.range == nil
            ? row.ip : "\(targets.count) blocked address\(targets.count == 1 ? "" : "es") in \(row.ip)"
        overlay = .dismiss(DismissInput(addresses: targets, label: label))
        return []
    }

    /// Keys in the reason prompt: Enter dismisses (with no reason when nothing was typed), Esc cancels.
    mutating func dismissKey(_ key: Key, _ input: DismissInput) -> [Effect] {
        switch keymap.command(for: key, in: [.input]) {
        case .accept:
            overlay = nil
            return dismiss(input.addresses, label: input.label, reason: input.reason)
        case .cancel:
            overlay = nil
            return info("Nothing was dismissed.")
        default:
            guard let text = LineEdit.apply(key, to: input.reason, maxLength: 200) else { return [] }
            var next = input
            next.reason = text
            overlay = .dismiss(next)
            return []
        }
    }

    /// Dismisses `addresses` now, or at their last try when SendGrid's clock is ahead (so that the attempts
    /// seen so far are hidden and only a later one brings an address back); each is saved to the ledger.
    mutating func dismiss(_ addresses: [String], label: String, reason: String) -> [Effect] {
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        var latest: [String: Int64] = [:]
        for row in attempts.rows where addresses.contains(row.addressKey) {
            latest[row.addressKey] = max(latest[row.addressKey] ?? 0, row.attempt.lastAt)
        }
        let made = addresses.map { address in
            let at = max(now, latest[address] ?? now)
            return Dismissal(
                address: address, at: Date(timeIntervalSince1970: TimeInterval(at)),
                reason: trimmed.isEmpty ? nil : trimmed)
        }
        updateTriage { triage in for dismissal in made { triage.dismissals[dismissal.address] = dismissal } }
        let why = made.first?.reason.map { " (\(Sanitizer.clean($0, maxColumns: 60)))" } ?? ""
        let shown = attempts.triage.showDismissed ? "x again brings it back" : "X shows dismissed"
        return made.map { .triage(.save(address: $0.address, $0)) }
            + info(
                "Dismissed \(label)\(why): hidden until \(made.count == 1 ? "it tries" : "they try") again; \(shown).")
    }

    /// Brings dismissed addresses back into the blocked list at once; the ledger forgets their dismissals.
    mutating func undismiss(_ addresses: [String]) -> [Effect] {
        let gone = addresses.filter { attempts.triage.dismissals[$0] != nil }
        guard !gone.isEmpty else { return info("Nothing to bring back: no address of this row is dismissed.") }
        updateTriage { triage in for address in gone { triage.dismissals[address] = nil } }
        let label = gone.count == 1 ? gone[0] : "\(gone.count) addresses"
        return gone.map { .triage(.save(address: $0, nil)) } + info("\(label) is back among the blocked attempts.")
    }

    /// `X`: dismissed addresses are listed, marked, or hidden again.
    mutating func toggleShowDismissed() -> [Effect] {
        updateTriage { $0.showDismissed.toggle() }
        let count = attempts.dismissedCount
        if attempts.triage.showDismissed {
            return info("Showing \(count) dismissed address\(count == 1 ? "" : "es"), marked; x on one brings it back.")
        }
        return info("Dismissed addresses hidden (\(count)); X shows them.")
    }

    /// `o`: none → by address → by /24 (/48) → none.
    mutating func cycleGrouping() -> [Effect] {
        updateTriage { $0.grouping = $0.grouping.next }
        switch attempts.triage.grouping {
        case .none: return info("One row per attempt.")
        case .address: return info("Grouped by address: one row per address, its methods merged.")
        case .range: return info("Grouped by /24 (IPv4) and /48 (IPv6): A on a range row allows the range.")
        }
    }

    /// `a`/`A` on a range row: `A` proposes the range (always confirmed); `a` says it allows one address. Nil
    /// when the selected row is not a range row (the usual path then runs).
    mutating func allowGroup(slash24: Bool) -> [Effect]? {
        guard let row = attempts.selected, let range = row.group?.range else { return nil }
        guard slash24 else {
            let count = row.group?.addresses.count ?? 0
            return info(
                "a allows one address, and this row is the range \(range) (\(count) address\(count == 1 ? "" : "es")): "
                    + "A allows the range, o lists its addresses.")
        }
        guard rules.isLoaded else { return error(listUnavailableSentence) }
        if let covering = rules.index.rules(containing: range).first {
            return error(
                "\(range) is already allowed by #\(covering.id) (\(Sanitizer.sanitize(covering.ip))); nothing to add.")
        }
        return propose(.allowSlash24(range))
    }

    /// Answers of the ledger.
    mutating func triage(_ action: TriageAction) -> [Effect] {
        switch action {
        case .start: return [.triage(.load)]
        case .loaded(let stored):
            // A dismissal made while the file was being read wins over the stored one.
            updateTriage { triage in
                triage.dismissals = stored.merging(triage.dismissals) { _, made in made }
                triage.loaded = true
            }
            return []
        case .loadFailed(let reason):
            updateTriage { $0.loaded = true }
            return error(
                "The dismissed addresses could not be read, so every blocked address shows: "
                    + Sanitizer.clean(reason, maxColumns: 300))
        case .saveFailed(let address, let reason):
            return error(
                "The dismissal of \(Sanitizer.clean(address, maxColumns: 60)) was not saved and holds for this session "
                    + "only: " + Sanitizer.clean(reason, maxColumns: 300))
        }
    }
}
