import Foundation

/// The two things config loading asks of the disk, injectable for tests.
public struct ConfigFileSystem: Sendable {
    /// The file's text; nil when there is no file at the path. Throws a sentence when it exists but cannot be read.
    public var read: @Sendable (String) throws -> String?
    /// Whether a file exists at the path (for the default key file).
    public var exists: @Sendable (String) -> Bool

    public init(read: @escaping @Sendable (String) throws -> String?, exists: @escaping @Sendable (String) -> Bool) {
        self.read = read
        self.exists = exists
    }

    /// The real file system.
    public static let live = ConfigFileSystem(
        read: { path in
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FileReadError(reason: "it cannot be read; check its permissions")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FileReadError(reason: "it is not UTF-8 text")
            }
            return text
        },
        exists: { FileManager.default.fileExists(atPath: $0) })

    /// Why an existing file could not be read.
    public struct FileReadError: Error, Hashable, Sendable {
        public let reason: String
    }
}
