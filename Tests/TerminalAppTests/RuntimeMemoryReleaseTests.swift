import AccessCore
import Synchronization
import Testing

@testable import TerminalApp

/// The runtime lets the heap give memory back after every list answer (its body is free), and after no other.
@MainActor @Suite struct RuntimeMemoryReleaseTests {
    final class Counter: Sendable {
        let value = Mutex(0)
    }

    @Test func everyListAnswerReleasesMemoryAndActivityDoesNot() async throws {
        let counter = Counter()
        let h = RuntimeHarness(pollInterval: 5, listInterval: 10, releaseMemory: { counter.value.withLock { $0 += 1 } })
        try await h.start()
        #expect(counter.value.withLock { $0 } == 1, "the first list replaced the empty one")
        await h.advance(seconds: 5)
        #expect(await h.service.count("list") == 1, "an activity poll only")
        #expect(counter.value.withLock { $0 } == 1, "an activity answer frees no list")
        await h.advance(seconds: 5)
        #expect(await h.service.count("list") == 2)
        #expect(counter.value.withLock { $0 } == 2, "an unchanged list's body is free too")
        await h.service.setRules(RuntimeHarness.rules.dropLast())
        await h.advance(seconds: 10)
        #expect(await h.service.count("list") == 3)
        #expect(counter.value.withLock { $0 } == 3)
    }
}
