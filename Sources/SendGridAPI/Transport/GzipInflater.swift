import CZlib

/// Undoes an answer's gzip or deflate encoding in one pass with the system zlib, into one array sized from the gzip
/// trailer (the inflated length it records), never past the response cap. Pure: bytes in, bytes or a `Failure` out.
///
/// Done here rather than by SwiftNIO's decompressor as the bytes arrive: that one inflates into buffers of twice each
/// read's size and hands each on, which took 20–30 ms for a 100 000-rule list where one pass takes about 10
/// (docs/FIRST-FRAME.md).
enum GzipInflater {
    /// What a `Content-Encoding` names.
    enum Format: Equatable, Sendable {
        /// `gzip` or `x-gzip` (a zlib stream is accepted too).
        case gzip
        /// `deflate`: a zlib stream, as HTTP says, or the raw deflate data some servers send instead.
        case deflate

        /// The format `contentEncoding` names; nil for none or `identity` (the body is as it is), and for an
        /// encoding this client never asks for (the body is handed on untouched, and fails to decode).
        init?(contentEncoding: String?) {
            let codings = (contentEncoding ?? "").lowercased().split(separator: ",")
                .map { $0.trimmingSpacesAndNewlines() }.filter { !$0.isEmpty && $0 != "identity" }
            switch codings {
            case ["gzip"], ["x-gzip"]: self = .gzip
            case ["deflate"]: self = .deflate
            default: return nil
            }
        }
    }

    /// Why a body could not be inflated (one that inflates past the cap throws `ResponseTooLarge`).
    enum Failure: Error, Equatable, CustomStringConvertible {
        /// The data ends before the compressed stream does.
        case truncated
        /// The data is not a valid stream; zlib's reason.
        case damaged(String)

        var description: String {
            switch self {
            case .truncated: return "the compressed answer ends too early (the connection may have been cut)"
            case .damaged(let reason): return "the compressed answer is damaged (\(reason))"
            }
        }
    }

    /// `input` inflated as `format`; throws `ResponseTooLarge` as soon as it would hold more than `maxBytes`.
    static func inflate(_ input: ArraySlice<UInt8>, format: Format, maxBytes: Int) throws -> [UInt8] {
        guard !input.isEmpty else { return [] }
        guard input.count <= Int(UInt32.max) else { throw ResponseTooLarge(limit: .bytes(maxBytes)) }
        do {
            return try inflate(input, windowBits: format == .gzip ? 15 + 32 : 15, maxBytes: maxBytes)
        } catch Failure.damaged where format == .deflate {
            return try inflate(input, windowBits: -15, maxBytes: maxBytes)  // raw deflate, without zlib's header
        }
    }

    /// How much room to take at once: the gzip trailer's length (the inflated size modulo 2³²), otherwise eight
    /// times the input, within the cap plus the one byte that shows a body past it.
    static func expectedSize(_ input: ArraySlice<UInt8>, maxBytes: Int) -> Int {
        let limit = maxBytes &+ 1 > 0 ? maxBytes + 1 : maxBytes
        var guess = input.count.multipliedReportingOverflow(by: 8).overflow ? limit : input.count * 8
        if input.count >= 18, input[input.startIndex] == 0x1f, input[input.startIndex + 1] == 0x8b {
            let trailer = input.suffix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
            if trailer > 0 { guess = trailer }
        }
        return max(1, min(guess, limit, Int(UInt32.max)))  // zlib counts room in 32 bits
    }

    /// The first `count` bytes `input` inflates to (all of them when there are fewer), for a log line; nil when they
    /// cannot be read.
    static func prefix(_ input: ArraySlice<UInt8>, format: Format, count: Int) -> [UInt8]? {
        guard !input.isEmpty, count > 0, input.count <= Int(UInt32.max) else { return nil }
        return try? withStream(input, windowBits: format == .gzip ? 15 + 32 : 15) { stream in
            try [UInt8](unsafeUninitializedCapacity: min(count, Int(UInt32.max))) { room, written in
                written = try step(stream, into: room).written
            }
        }
    }

    private static func inflate(_ input: ArraySlice<UInt8>, windowBits: Int32, maxBytes: Int) throws -> [UInt8] {
        try withStream(input, windowBits: windowBits) { stream in
            try drain(stream, maxBytes: maxBytes, expected: expectedSize(input, maxBytes: maxBytes))
        }
    }

    /// Runs `body` with a zlib stream reading `input` (`windowBits` as `inflateInit2` takes them).
    private static func withStream<T>(
        _ input: ArraySlice<UInt8>, windowBits: Int32, _ body: (UnsafeMutablePointer<z_stream>) throws -> T
    ) throws -> T {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)  // zlib's state points back at it
        stream.initialize(to: z_stream())
        defer {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        guard CZlib_inflateInit2(stream, windowBits) == Z_OK else { throw Failure.damaged("zlib could not start") }
        return try input.withUnsafeBufferPointer { compressed in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress)
            stream.pointee.avail_in = UInt32(compressed.count)
            return try body(stream)
        }
    }

    /// Inflates everything `stream` holds: straight into room for `expected` bytes, then, when the trailer said
    /// less than the truth, on through a window appended to it.
    private static func drain(_ stream: UnsafeMutablePointer<z_stream>, maxBytes: Int, expected: Int) throws -> [UInt8]
    {
        var ended = false
        var output = try [UInt8](unsafeUninitializedCapacity: expected) { room, count in
            (ended, count) = try step(stream, into: room)
        }
        var window = [UInt8](repeating: 0, count: 64 * 1024)
        while !ended || stream.pointee.avail_in > 0 {
            if ended { try nextMember(stream) }
            guard output.count <= maxBytes else { throw ResponseTooLarge(limit: .bytes(maxBytes)) }
            let left = maxBytes - output.count  // room up to one byte past the cap (`+ 1` could overflow `Int.max`)
            let room = left >= window.count ? window.count : left + 1
            let written: Int
            (ended, written) = try window.withUnsafeMutableBufferPointer {
                try step(stream, into: .init(rebasing: $0[..<room]))
            }
            output.append(contentsOf: window[..<written])
        }
        guard output.count <= maxBytes else { throw ResponseTooLarge(limit: .bytes(maxBytes)) }
        return output
    }

    /// One `inflate` call into `room`: whether the stream ended, and how many bytes it wrote.
    private static func step(
        _ stream: UnsafeMutablePointer<z_stream>, into room: UnsafeMutableBufferPointer<UInt8>
    ) throws -> (ended: Bool, written: Int) {
        stream.pointee.next_out = room.baseAddress
        stream.pointee.avail_out = UInt32(room.count)
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        let written = room.count - Int(stream.pointee.avail_out)
        switch status {
        case Z_STREAM_END: return (true, written)
        case Z_OK where stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0: return (false, written)
        case Z_OK, Z_BUF_ERROR: throw Failure.truncated  // room left and nothing more to read
        case Z_MEM_ERROR: throw Failure.damaged("out of memory")
        default: throw Failure.damaged(stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)")
        }
    }

    /// After a gzip member ends with more bytes behind it: the next member (RFC 1952 allows several), or a failure.
    private static func nextMember(_ stream: UnsafeMutablePointer<z_stream>) throws {
        guard stream.pointee.avail_in >= 2, stream.pointee.next_in[0] == 0x1f, stream.pointee.next_in[1] == 0x8b,
            inflateReset(stream) == Z_OK
        else { throw Failure.damaged("bytes after the end of the compressed data") }
    }
}
