import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations of the ledger: owner-only folders (0700) and files (0600), appends flushed to disk under
/// an exclusive lock, whole-file replacement by rename. Every failure is a `LedgerError` naming the path.
enum OwnerOnlyFile {
    static func makeFolder(_ path: String) throws(LedgerError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw LedgerError(path: path, operation: "create the folder", reason: reason(error))
        }
    }

    /// Appends `data` (one line) under `flock(LOCK_EX)` and `fsync`s it; the file is made owner-only.
    static func append(_ data: Data, to path: String) throws(LedgerError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "write") }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        guard flock(fd, LOCK_EX) == 0 else { throw failure(path, "lock") }
        defer { _ = flock(fd, LOCK_UN) }
        try writeAll(data, fd: fd, path: path)
        guard fsync(fd) == 0 else { throw failure(path, "write") }
    }

    /// The whole file, read under a shared lock; nil when it does not exist.
    static func readAll(_ path: String) throws(LedgerError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path, "read")
        }
        defer { close(fd) }
        _ = flock(fd, LOCK_SH)
        defer { _ = flock(fd, LOCK_UN) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "read")
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Runs `body` holding an exclusive lock on `<path>.lock` (read-modify-write by several processes).
    static func withLock<T>(_ path: String, _ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        let lockPath = path + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(lockPath, "write") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw failure(lockPath, "lock") }
        defer { _ = flock(fd, LOCK_UN) }
        return try body()
    }

    /// Writes `data` to a temporary file beside `path`, flushes it and renames it over `path`: a reader sees the
    /// old file or the new one, never half of one, and a full disk leaves the old file intact.
    static func replace(_ path: String, with data: Data) throws(LedgerError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "write") }
        do throws(LedgerError) {
            try writeAll(data, fd: fd, path: path)
            guard fsync(fd) == 0 else { throw failure(path, "write") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "write")
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ data: Data, fd: Int32, path: String) throws(LedgerError) {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "write")
            }
            offset += written
        }
    }

    private static func failure(_ path: String, _ operation: String) -> LedgerError {
        LedgerError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    private static func reason(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }
}
