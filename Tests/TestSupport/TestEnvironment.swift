import Foundation

/// The environment and the programs the process-driving tests rely on.
public enum TestEnvironment {
    /// The test's environment without the variables that would leak into, or confuse, the children: tmux's own
    /// (a test run inside tmux), `NO_COLOR` (the colour tests set it themselves) and `SENDGRID_API_KEY`.
    public static var clean: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "NO_COLOR", "SENDGRID_API_KEY"] { environment.removeValue(forKey: name) }
        return environment
    }

    /// The full path of `program` on PATH (or in the usual folders), or nil when it is not installed.
    public static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
        return folders.map { $0 + "/" + program }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The full path of `program`.
    /// - Throws: `HarnessError` when it is not installed.
    public static func locate(_ program: String) throws -> String {
        guard let found = find(program) else {
            throw HarnessError("\(program) is not installed; the tests that drive processes need it.")
        }
        return found
    }

    /// True when tmux is installed (the tmux-driven suites are enabled only then).
    public static var hasTmux: Bool { find("tmux") != nil }
}

/// A test harness could not do what it was asked (a program missing, a probe that found nothing).
public struct HarnessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
