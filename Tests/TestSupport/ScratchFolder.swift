import Foundation

/// A fresh folder under the system's temporary directory (`/tmp/sgaccess-<label>-<unique>`), for one test.
///
/// The folder is removed by `remove()`, by `ScratchFolder.with`, and at the latest when the last reference goes
/// away, so a test that throws half-way still leaves nothing behind in `/tmp`. Paths stay short on purpose: a tmux
/// socket inside must fit the 108 bytes of `sun_path`.
public final class ScratchFolder: Sendable {
    /// The folder itself.
    public let url: URL

    /// The folder's path.
    public var path: String { url.path }

    /// Creates `/tmp/sgaccess-<label>-<8 hex digits>` (or the same under `$TMPDIR`).
    public init(_ label: String) throws {
        let unique = UUID().uuidString.prefix(8).lowercased()
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-\(label)-\(unique)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The text of `name` inside the folder, or "" when it does not exist (yet).
    public func read(_ name: String) -> String {
        let data = FileManager.default.contents(atPath: file(name)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Removes the folder and everything in it. Safe to call more than once.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs `body` with a new scratch folder and removes the folder afterwards, whatever `body` does.
    public static func with<T>(_ label: String, _ body: (ScratchFolder) async throws -> T) async throws -> T {
        let folder = try ScratchFolder(label)
        defer { folder.remove() }
        return try await body(folder)
    }

    /// The synchronous form of `with`, for tests that do no `await`.
    public static func withSync<T>(_ label: String, _ body: (ScratchFolder) throws -> T) throws -> T {
        let folder = try ScratchFolder(label)
        defer { folder.remove() }
        return try body(folder)
    }
}
