import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// The opt-in key latency measure: one figure per key read, taken once its frame is drawn, none for other events.
@MainActor @Suite struct RuntimeKeyLatencyTests {
    /// Records each latency with the number of frames the terminal had received when it was reported.
    @MainActor final class Recorder: KeyLatencySink {
        var terminal: MemoryTerminal?
        var seen: [(latency: Duration, frames: Int)] = []
        var flushes = 0
        nonisolated func record(_ latency: Duration) {
            MainActor.assumeIsolated { seen.append((latency, terminal?.frames.count ?? -1)) }
        }
        nonisolated func flush() { MainActor.assumeIsolated { flushes += 1 } }
    }

    @Test func eachKeyReadIsReportedAfterItsFrameIsDrawnAndTheLogIsFlushedAtTheEnd() async throws {
        let recorder = Recorder()
        let h = RuntimeHarness(keyLatency: recorder)
        recorder.terminal = h.terminal
        try await h.start()
        #expect(recorder.seen.isEmpty, "start and answers are not keys")
        let before = h.terminal.frames.count
        h.terminal.press(.down)
        h.terminal.press(.up)
        #expect(recorder.seen.map(\.frames) == [before + 1, before + 2], "reported once its frame was presented")
        #expect(recorder.seen.allSatisfy { $0.latency >= .zero })
        #expect(recorder.flushes == 0)
        h.terminal.press(.character("q"))
        #expect(recorder.seen.count == 2, "the key that ends the run draws nothing")
        #expect(recorder.flushes == 1)
    }
}
