import Foundation

/// Finds the executables SwiftPM built next to the test bundle (for the terminal-app end-to-end tests).
enum TUIProducts {
    /// The `sgaccess` binary: `$SGACCESS_BIN` when set, otherwise the one in the build folder of this test run.
    static func sgaccess() throws -> URL {
        try executable(named: "sgaccess", override: ProcessInfo.processInfo.environment["SGACCESS_BIN"])
    }

    /// An executable product of this package, searched from the folder of the running test binary upwards
    /// (`.build/<triple>/debug/` holds both the test bundle and the products).
    static func executable(named name: String, override: String? = nil) throws -> URL {
        if let override, !override.isEmpty { return URL(fileURLWithPath: override) }
        let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = running.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw MissingProduct(name: name, searchedFrom: running.path)
    }

    struct MissingProduct: Error, CustomStringConvertible {
        let name: String
        let searchedFrom: String
        var description: String {
            "The built product '\(name)' was not found near \(searchedFrom). Run `swift build --build-tests` first, or set SGACCESS_BIN."
        }
    }
}
