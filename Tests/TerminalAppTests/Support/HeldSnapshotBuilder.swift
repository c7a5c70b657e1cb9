import AccessCore
import Foundation
import TerminalApp
import TerminalUI

/// A `SnapshotBuilder` whose list builds, once held, wait until released: an ingest as long as the test wants.
/// It records whether each build ran on the main thread.
actor HeldSnapshotBuilder: SnapshotBuilder {
    private var holding = false
    private var parked: [CheckedContinuation<Void, Never>] = []
    private var heldWaiters: [CheckedContinuation<Void, Never>] = []
    private(set) var onMainThread: [Bool] = []

    func hold() { holding = true }

    func release() {
        holding = false
        for waiter in parked { waiter.resume() }
        parked = []
    }

    /// Returns once a list build is waiting to be released.
    func waitUntilHeld() async {
        if !parked.isEmpty { return }
        await withCheckedContinuation { heldWaiters.append($0) }
    }

    private func gate() async {
        guard holding else { return }
        await withCheckedContinuation { continuation in
            parked.append(continuation)
            for waiter in heldWaiters { waiter.resume() }
            heldWaiters = []
        }
    }

    private func record(_ main: Bool) { onMainThread.append(main) }

    nonisolated func rules(_ list: [AllowRule], basis: IngestBasis) async -> RulesSnapshot {
        await gate()
        await record(Self.isMainThread())
        return await StandardSnapshotBuilder().rules(list, basis: basis)
    }

    nonisolated func attempts(_ list: [AccessAttempt], basis: IngestBasis) async -> AttemptsSnapshot {
        await StandardSnapshotBuilder().attempts(list, basis: basis)
    }

    private nonisolated static func isMainThread() -> Bool { Thread.isMainThread }
}
