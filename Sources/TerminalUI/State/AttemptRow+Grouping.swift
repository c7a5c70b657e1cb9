import AccessCore

extension AttemptRow {
    /// How bad a status is for triage: a row merging several shows its worst.
    var severity: Int {
        switch status {
        case .blocked: return 5
        case .noLongerAllowed: return 4
        case .unknown(let allowedThen): return allowedThen ? 2 : 3
        case .allowedSince: return 1
        case .allowed: return 0
        }
    }

    /// The canonical address ("2001:db8::1"), or the sanitised text when SendGrid's is not an address.
    var addressKey: String { attempt.address?.description ?? ip }

    /// One row for `members` (not empty): an address row when `range` is nil, else the range's row. It shows the
    /// worst status, the methods merged, the first and last time any member was seen, and is dismissed only
    /// when every member is.
    init(merging members: [AttemptRow], range: CIDR?) {
        let latest = members.max { $0.attempt.lastAt < $1.attempt.lastAt } ?? members[0]
        let worst = members.max { $0.severity < $1.severity } ?? members[0]
        var methods: [String] = [], rawMethods: [String] = [], addresses: [String] = [], locations: [String] = []
        for member in members {
            if !methods.contains(member.method) {
                methods.append(member.method)
                rawMethods.append(member.attempt.authMethod)
            }
            if !addresses.contains(member.addressKey) { addresses.append(member.addressKey) }
            if !locations.contains(member.location) { locations.append(member.location) }
        }
        let dismissed = Set(members.filter { $0.dismissal != nil }.map(\.addressKey))
        attempt = AccessAttempt(
            ip: range?.description ?? latest.attempt.ip, allowed: worst.attempt.allowed,
            authMethod: rawMethods.joined(separator: ","), location: latest.attempt.location,
            firstAt: members.map(\.attempt.firstAt).min() ?? latest.attempt.firstAt, lastAt: latest.attempt.lastAt)
        ip = range?.description ?? latest.ip
        location = locations.count > 1 ? "\(latest.location) +\(locations.count - 1)" : latest.location
        method = methods.joined(separator: ",")
        status = worst.status
        coveringRuleIDs = Array(Set(members.flatMap(\.coveringRuleIDs))).sorted()
        isMine = members.contains(where: \.isMine)
        dismissal = dismissed.count == addresses.count ? members.first(where: { $0.dismissal != nil })?.dismissal : nil
        group = AttemptGroup(
            range: range, addresses: addresses, dismissedAddresses: dismissed.count, attempts: members.count,
            methods: methods)
    }
}

/// Marking, hiding and grouping as pure functions of the rows, shared by `AttemptsPane` and `AttemptsSnapshot`.
extension AttemptsPane {
    /// The rows with the dismissals that still hide them: a blocked row of a dismissed address, unless the
    /// address tried again after its dismissal (any of its attempts), which brings every row of it back.
    static func marked(_ rows: [AttemptRow], _ dismissals: [String: Dismissal]) -> [AttemptRow] {
        if dismissals.isEmpty && !rows.contains(where: { $0.dismissal != nil }) { return rows }
        var back = Set<String>()
        for row in rows {
            if let key = row.attempt.address?.description, let dismissal = dismissals[key],
                !dismissal.hides(row.attempt)
            {
                back.insert(key)
            }
        }
        return rows.map { row in
            var out = row
            let key = row.attempt.address?.description
            out.dismissal = key.flatMap { row.isBlocked && !back.contains($0) ? dismissals[$0] : nil }
            return out
        }
    }

    /// The rows merged by address or by range (`grouping` not `.none`), in order of first appearance.
    static func grouped(_ rows: [AttemptRow], by grouping: AttemptGrouping) -> [AttemptRow] {
        var keys: [String] = []
        var members: [String: [AttemptRow]] = [:]
        var ranges: [String: CIDR] = [:]
        for row in rows {
            var key = "a " + row.addressKey
            if grouping == .range, let address = row.attempt.address {
                let range = CIDR(address: address, prefixLength: AttemptGrouping.rangePrefix(address.family))
                key = "r " + range.description
                ranges[key] = range
            }
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(row)
        }
        return keys.map { AttemptRow(merging: members[$0]!, range: ranges[$0]) }
    }

    /// The rows to list, their order and the visible ones for `settings`. Not grouped, the list rows are the
    /// rows; grouped, the rows the filter lets through are merged, then sorted (every merged row is visible).
    static func arrange(
        _ rows: [AttemptRow], search: SearchIndex, settings: Settings
    )
        -> (items: [AttemptRow], order: [Int], visible: [Int])
    {
        if settings.triage.grouping == .none {
            let order = order(rows, settings)
            return (rows, order, visible(order, rows: rows, settings: settings, search: search))
        }
        let kept = visible(Array(rows.indices), rows: rows, settings: settings, search: search)
        let items = grouped(kept.map { rows[$0] }, by: settings.triage.grouping)
        let order = order(items, settings)
        return (items, order, order)
    }
}

extension AttemptsPane {
    /// What the title's scroll position counts against: the rows listed with no filter and "blocked only" off
    /// (dismissed ones count only while shown); grouped, the merged rows when nothing filters them.
    public var unfilteredCount: Int {
        if triage.grouping != .none {
            return filter.isEmpty && !blockedOnly ? visible.count : visible.count + 1
        }
        return triage.showDismissed ? rows.count : rows.lazy.filter { $0.dismissal == nil }.count
    }
}
