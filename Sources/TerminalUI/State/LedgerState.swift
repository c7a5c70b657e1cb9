import AccessCore
import Foundation

/// What the app knows of the account's local records: the journal (for `u` and the journal view) and the notes
/// and expiries of its rules. Read by the runtime off the main actor (`Effect.loadLedger`, `.reconcile`) at the
/// first list read of an account and after every change; the reducer only swaps it in.
public struct LedgerState: Hashable, Sendable {
    /// This account's journal entries, oldest first.
    public var records: [JournalRecord] = []
    /// Notes and expiries by normalised range (`CIDR.description`).
    public var annotations: [String: Annotation] = [:]
    public var unreadableLines = 0
    /// True once the records were read for this account.
    public var isLoaded = false
    /// A read is asked for and not answered yet (a change finished since the last one): `u` waits for it.
    public var isReading = false
    /// Entries without an outcome are settled against the next list read (at the account's first one, and after
    /// a change whose answer never came).
    public var needsReconcile = true
    /// True until the account's first reconciliation was asked for: its outcomes are "from an earlier run".
    public var firstReconcile = true
    /// The reconciliation asked for is the one at start (not one after a change whose answer was lost).
    public var reconcilingAtStart = false
    /// The last read failed: the sentence says why.
    public var failure: String?
    /// The note and expiry the operator gave the change being sent, and what kind of entry it makes.
    public var outgoing: Outgoing?
    /// The range the last `a` allowed in this session, for `N` in the attempts pane.
    public var lastAllowed: String?

    public init() {}

    /// The annotation of `rule`'s range, if the store holds one.
    public func annotation(of rule: AllowRule) -> Annotation? {
        rule.range.flatMap { annotations[$0.description] }
    }

    /// The rules of `rows` whose expiry has passed at `now`, in the order given.
    public func expired(_ rows: [RuleRow], now: Int64) -> [RuleRow] {
        guard !annotations.isEmpty else { return [] }
        let instant = Date(unix: now)
        return rows.filter { annotation(of: $0.rule)?.isExpired(at: instant) == true }
    }
}

/// What goes with a change on its way: the note and expiry typed for it, and the journal kind when it is not
/// the mutation's own (`E` removes expired rules: `.expire`).
public struct Outgoing: Hashable, Sendable {
    public var mutation: Mutation
    public var annotation: Annotation?
    public var kind: JournalKind?
    /// What the operator did to get past the guard, for the journal ("typed 203.0.113.10").
    public var overrides: [String]

    public init(
        mutation: Mutation, annotation: Annotation? = nil, kind: JournalKind? = nil, overrides: [String] = []
    ) {
        self.mutation = mutation
        self.annotation = annotation
        self.kind = kind
        self.overrides = overrides
    }
}
