import Foundation

/// Finds the `curses-smoke` binary next to the test bundle (the `.build/<triple>/debug` directory).
enum SmokeBinary {
    static let path: String = {
        let candidates = [
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) },
            Bundle.main.executableURL,
            URL(fileURLWithPath: CommandLine.arguments[0]),
        ].compactMap { $0 }
        for url in candidates {
            var directory = url.deletingLastPathComponent()
            for _ in 0..<4 {
                let binary = directory.appendingPathComponent("curses-smoke").path
                if FileManager.default.isExecutableFile(atPath: binary) { return binary }
                directory = directory.deletingLastPathComponent()
            }
        }
        return "curses-smoke-not-found"
    }()
}
