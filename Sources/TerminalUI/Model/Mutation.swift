import AccessCore

/// A rule as a change names it: its id and its (sanitised) text.
public struct RuleRef: Hashable, Sendable {
    public let id: Int
    public let ip: String

    public init(id: Int, ip: String) {
        self.id = id
        self.ip = ip
    }
}

/// Every change to the allow list the app can make, as a value. A confirmation dialog holds one and hands it
/// back unchanged when the operator confirms; the runtime performs it from the `Effect` that carries it.
public enum Mutation: Hashable, Sendable {
    /// `n`: add the typed ranges.
    case add([CIDR])
    /// `a`: allow one attempt's address (/32 or /128).
    case allowAttempt(CIDR)
    /// `A`: allow the attempt's /24 (IPv4) or /64 (IPv6).
    case allowSlash24(CIDR)
    /// `d`: remove these rules (one, or every marked one).
    case remove([RuleRef])
    /// `u`: undo the newest journal entry not undone yet (re-add what it removed, or remove what it added).
    case undo(UndoChange)

    /// The ranges an adding mutation sends, as SendGrid stores them.
    public var addedIPs: [String] {
        switch self {
        case .add(let ranges): return ranges.map(\.description)
        case .allowAttempt(let range), .allowSlash24(let range): return [range.description]
        case .undo(let change): return change.readd.map(\.ip)
        case .remove: return []
        }
    }

    /// The ids a removing mutation sends.
    public var removedIDs: [Int] {
        switch self {
        case .remove(let refs): return refs.map(\.id)
        case .undo(let change): return change.remove.map(\.id)
        default: return []
        }
    }

    /// The rules a removing mutation sends (a removal, or the undo of an add).
    public var removedRefs: [RuleRef] {
        switch self {
        case .remove(let refs): return refs
        case .undo(let change): return change.remove
        default: return []
        }
    }

    /// True when the change deletes rules (`d`, or `u` undoing an add).
    public var isRemoval: Bool { !removedRefs.isEmpty }
    public var isUndo: Bool { if case .undo = self { return true } else { return false } }

    /// The change in the lockout analysis' terms.
    public var proposedChange: ProposedChange {
        switch self {
        case .remove,
            .undo where isRemoval:
            return .remove(ids: removedIDs)
        default: return .add(addedIPs.compactMap { try? AllowEntryParser.parse($0).get().range })
        }
    }

    /// The equivalent API call, shown in confirmations: `DELETE /v3/access_settings/whitelist/12`.
    public var apiCall: String {
        switch self {
        case _ where removedRefs.count == 1:
            return "DELETE \(AccessSettingsPath.rule(removedRefs[0].id))"
        case _ where isRemoval:
            let refs = removedRefs
            return "DELETE \(AccessSettingsPath.rules) {\"ids\":[\(refs.map { String($0.id) }.joined(separator: ","))]}"
        default:
            let ips = addedIPs.map { "{\"ip\":\"\($0)\"}" }.joined(separator: ",")
            return "POST \(AccessSettingsPath.rules) {\"ips\":[\(ips)]}"
        }
    }

    /// Short description of the target: "203.0.113.0/24 (#12)", "3 rules", "198.51.100.23/32".
    public var targetDescription: String {
        switch self {
        case _ where removedRefs.count == 1: return "\(removedRefs[0].ip) (#\(removedRefs[0].id))"
        case _ where isRemoval: return "\(removedRefs.count) rules"
        default:
            let ips = addedIPs
            return ips.count == 1 ? ips[0] : "\(ips.count) ranges"
        }
    }
}
