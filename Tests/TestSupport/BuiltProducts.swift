import Foundation

/// Finds the executables of this package that the tests drive (`sgaccess`, `curses-smoke`).
///
/// The one way to point the tests at other binaries is the environment variable **`SGACCESS_BUILD_DIR`**: the folder
/// that holds them (for example `.build/release`). Without it the products are looked for next to the running test
/// bundle, from its folder upwards (`.build/<triple>/debug/` holds both), then in `.build/debug` of this package.
public enum BuiltProducts {
    /// The variable that names the folder of the built executables.
    public static let variable = "SGACCESS_BUILD_DIR"

    /// The `sgaccess` executable.
    public static func sgaccess() throws -> String { try path(of: "sgaccess") }

    /// The `curses-smoke` executable (the ncurses backend's demo).
    public static func cursesSmoke() throws -> String { try path(of: "curses-smoke") }

    /// The path of the built executable `name`.
    /// - Throws: `MissingProduct` naming every folder searched.
    public static func path(of name: String) throws -> String {
        let folders = searchFolders()
        for folder in folders {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw MissingProduct(name: name, searched: folders.map(\.path))
    }

    /// The folders searched, in order.
    static func searchFolders() -> [URL] {
        if let explicit = ProcessInfo.processInfo.environment[variable], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit)]
        }
        var folders: [URL] = []
        let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = running.deletingLastPathComponent()
        for _ in 0..<4 {
            folders.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        // Tests/TestSupport/BuiltProducts.swift -> the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(root.appendingPathComponent(".build/debug"))
        return folders
    }

    /// A product that is not built (or not where `SGACCESS_BUILD_DIR` says).
    public struct MissingProduct: Error, CustomStringConvertible {
        public let name: String
        public let searched: [String]
        public var description: String {
            "The built product '\(name)' was not found in \(searched.joined(separator: ", ")). "
                + "Run `swift build --build-tests` first, or set \(BuiltProducts.variable) to the folder that holds it."
        }
    }
}
