import AccessCore
import TerminalUI

/// Builds the snapshots the reducer swaps in. The runtime calls it in the request task, off the main actor, so
/// that a key pressed meanwhile is handled at once. `StandardSnapshotBuilder` is the app's; tests hold a build to
/// prove that nothing waits for it.
public protocol SnapshotBuilder: Sendable {
    func rules(_ list: [AllowRule], basis: IngestBasis) async -> RulesSnapshot
    func attempts(_ list: [AccessAttempt], basis: IngestBasis) async -> AttemptsSnapshot
}

/// Builds the snapshots with the pure builders of TerminalUI, where it is called (a list's coverage index on a second
/// thread).
public struct StandardSnapshotBuilder: SnapshotBuilder {
    public init() {}

    public func rules(_ list: [AllowRule], basis: IngestBasis) async -> RulesSnapshot {
        await RulesSnapshot.building(list, basis: basis)
    }

    public func attempts(_ list: [AccessAttempt], basis: IngestBasis) async -> AttemptsSnapshot {
        AttemptsSnapshot(list, basis: basis)
    }
}
