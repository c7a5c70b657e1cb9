import Foundation

/// `write(2)` until every byte is out: retried on EINTR and after short writes, and never a trap (Foundation's
/// `FileHandle.write` ends the process on EPIPE or ENOSPC). With SIGPIPE ignored, a closed pipe is an error
/// like any other.
enum RawWrite {
    /// Writes `bytes` to `fd`.
    /// - Returns: nil when everything was written, else the errno of the failure (EIO for a zero-byte write).
    static func all(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 ? errno : EIO
                }
            }
            return nil
        }
    }

    /// Writes `text` to `fd`; a failure (a closed pipe, a full disk) drops it.
    static func text(_ fd: Int32, _ text: String) {
        _ = all(fd, Array(text.utf8))
    }
}
