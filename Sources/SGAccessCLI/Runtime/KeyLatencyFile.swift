import Foundation
import Synchronization
import TerminalApp

/// `SGACCESS_KEY_LATENCY_LOG=PATH`: appends, for each key read, the milliseconds from handling it to the end of
/// drawing its frame, one number a line. Buffered in memory and written at the end of the run (and every
/// `batch` lines), so the main actor never waits for the disk per key.
final class KeyLatencyFile: KeyLatencySink {
    static let variable = "SGACCESS_KEY_LATENCY_LOG"
    private let path: String
    private let batch: Int
    private let pending = Mutex<[String]>([])

    init(path: String, batch: Int = 64) {
        self.path = path
        self.batch = batch
    }

    /// The sink the environment asks for, if any.
    static func from(_ variables: [String: String]) -> KeyLatencyFile? {
        guard let path = variables[variable], !path.isEmpty else { return nil }
        return KeyLatencyFile(path: path)
    }

    func record(_ latency: Duration) {
        let (seconds, attoseconds) = latency.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let full = pending.withLock { lines -> Bool in
            lines.append(String(format: "%.3f", milliseconds))
            return lines.count >= batch
        }
        if full { flush() }
    }

    func flush() {
        let lines = pending.withLock { lines in
            defer { lines.removeAll() }
            return lines
        }
        guard !lines.isEmpty else { return }
        let text = lines.joined(separator: "\n") + "\n"
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
