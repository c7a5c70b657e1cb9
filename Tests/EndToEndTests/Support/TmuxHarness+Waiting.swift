import Foundation

extension TmuxHarness {
    /// Polls the screen every 100 ms until `predicate` holds; returns that screen.
    /// - Throws: `ScreenTimeout` with the last screen seen when `timeout` passes first.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Duration = .seconds(10),
                       _ predicate: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while true {
            screen = try await capture()
            if predicate(screen) { return screen }
            if ContinuousClock.now > deadline { throw ScreenTimeout(waitingFor: what, screen: screen) }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Waits until the screen contains every one of `texts`.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Duration = .seconds(10)) async throws -> String {
        try await waitForScreen(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Duration = .seconds(10)) async throws -> String {
        try await waitForScreen("\"\(text)\" to go away", timeout: timeout) { !$0.contains(text) }
    }

    struct ScreenTimeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "Timed out waiting for \(waitingFor). Last screen:\n\(screen)" }
    }
}
