import Foundation

extension TmuxSession {
    /// Polls the screen every 100 ms until `predicate` holds; returns that screen. Looks once more after the
    /// deadline, so a task that wakes up late still sees a screen already drawn.
    /// - Throws: `ScreenTimeout` with the last screen seen when `timeout` passes first.
    @discardableResult
    public func waitForScreen(
        _ what: String, timeout: Duration = .seconds(10),
        _ predicate: (String) -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let late = ContinuousClock.now > deadline
            let screen = try await capture()
            if predicate(screen) { return screen }
            if late { throw ScreenTimeout(waitingFor: what, screen: screen) }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Like `waitForScreen`, with the screen split into rows (see `lines()`).
    @discardableResult
    public func waitForLines(
        _ what: String, timeout: Duration = .seconds(15),
        _ predicate: ([String]) -> Bool
    ) async throws -> [String] {
        let screen = try await waitForScreen(what, timeout: timeout) { screen in
            predicate(screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Waits until the screen contains every one of `texts`.
    @discardableResult
    public func waitFor(_ texts: String..., timeout: Duration = .seconds(10)) async throws -> String {
        try await waitForScreen(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    public func waitForAbsence(of text: String, timeout: Duration = .seconds(10)) async throws -> String {
        try await waitForScreen("\"\(text)\" to go away", timeout: timeout) { !$0.contains(text) }
    }
}

/// A screen (or another condition polled in a test) never came.
public struct ScreenTimeout: Error, CustomStringConvertible {
    public let waitingFor: String
    public let screen: String
    public init(waitingFor: String, screen: String) {
        self.waitingFor = waitingFor
        self.screen = screen
    }
    public var description: String { "Timed out waiting for \(waitingFor). Last screen:\n\(screen)" }
}
