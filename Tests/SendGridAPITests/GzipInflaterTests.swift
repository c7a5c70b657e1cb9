import CompressNIO
import NIOCore
import Testing

@testable import SendGridAPI

/// Undoing gzip in one pass: the same bytes as the data, whatever the trailer says or however many members there are;
/// never more than the cap in memory; damaged and cut-off data named as such.
@Suite("Gzip inflater")
struct GzipInflaterTests {
    private static let body = Array(
        (#"{"result":["#
            + (1...3000).map { #"{"id":\#($0),"ip":"10.0.\#($0 / 256).\#($0 % 256)/32"}"# }
            .joined(separator: ",") + "]}").utf8)

    private func compressed(_ bytes: [UInt8], _ algorithm: CompressionAlgorithm = .gzip()) throws -> [UInt8] {
        var buffer = ByteBuffer(bytes: bytes)
        return Array(buffer: try buffer.compress(with: algorithm))
    }

    @Test func aGzipBodyInflatesToItsBytes() throws {
        let zipped = try compressed(Self.body)
        #expect(zipped.count < Self.body.count / 4)
        #expect(try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: 1 << 20) == Self.body)
        #expect(GzipInflater.expectedSize(zipped[...], maxBytes: 1 << 20) == Self.body.count)  // from the trailer
    }

    @Test func deflateIsReadWithOrWithoutZlibsHeader() throws {
        for algorithm in [CompressionAlgorithm.zlib(), .deflate()] {
            let zipped = try compressed(Self.body, algorithm)
            #expect(try GzipInflater.inflate(zipped[...], format: .deflate, maxBytes: 1 << 20) == Self.body)
        }
    }

    /// Several gzip members (RFC 1952): the last trailer names only the last member's length, so the room taken from
    /// it is too small and the rest goes through the window.
    @Test func severalMembersInflateToAllTheirBytes() throws {
        let small = Array("[1,2,3]".utf8)
        let zipped = try compressed(Self.body) + compressed(small)
        #expect(GzipInflater.expectedSize(zipped[...], maxBytes: 1 << 20) == small.count)
        #expect(try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: 1 << 20) == Self.body + small)
        #expect(try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: .max) == Self.body + small)
    }

    /// For a log line: the first bytes only, however long the body; nothing for data that is not gzip.
    @Test func aPrefixIsTheBodysFirstBytes() throws {
        let zipped = try compressed(Self.body)
        #expect(GzipInflater.prefix(zipped[...], format: .gzip, count: 100) == Array(Self.body.prefix(100)))
        #expect(GzipInflater.prefix(zipped[...], format: .gzip, count: 1 << 20) == Self.body)
        #expect(GzipInflater.prefix(Self.body[...], format: .gzip, count: 100) == nil)
    }

    @Test func theCapHoldsExactly() throws {
        let zipped = try compressed(Self.body)
        #expect(try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: .max) == Self.body)  // no cap
        #expect(try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: Self.body.count) == Self.body)
        #expect(throws: ResponseTooLarge(limit: .bytes(Self.body.count - 1))) {
            try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: Self.body.count - 1)
        }
    }

    /// 64 MiB of spaces gzip to about 64 KB; a trailer that lies small sends the rest through the window, which
    /// stops one byte past the cap all the same.
    @Test(.timeLimit(.minutes(1))) func aBombStopsAtTheCapWhateverTheTrailerSays() throws {
        var bomb = try compressed([UInt8](repeating: 0x20, count: 64 << 20))
        #expect(bomb.count < 1 << 20)
        #expect(GzipInflater.expectedSize(bomb[...], maxBytes: 1 << 20) == (1 << 20) + 1)
        #expect(throws: ResponseTooLarge(limit: .bytes(1 << 20))) {
            try GzipInflater.inflate(bomb[...], format: .gzip, maxBytes: 1 << 20)
        }
        bomb.replaceSubrange((bomb.count - 4)..., with: [16, 0, 0, 0])
        #expect(throws: ResponseTooLarge(limit: .bytes(1 << 20))) {
            try GzipInflater.inflate(bomb[...], format: .gzip, maxBytes: 1 << 20)
        }
    }

    @Test func cutOffDataIsTruncated() throws {
        let zipped = try compressed(Self.body)
        for cut in [zipped.count / 2, zipped.count - 8, zipped.count - 1, 10] {
            #expect(throws: GzipInflater.Failure.truncated, "cut at \(cut)") {
                try GzipInflater.inflate(zipped[..<cut], format: .gzip, maxBytes: 1 << 20)
            }
        }
    }

    @Test func damagedDataIsNamedAsSuch() throws {
        // The trailer: zlib checks the data's CRC-32, then its length.
        for (offset, reason) in [(8, "incorrect data check"), (3, "incorrect length check")] {
            var zipped = try compressed(Self.body)
            zipped[zipped.count - offset] ^= 0xFF
            #expect(throws: GzipInflater.Failure.damaged(reason)) {
                try GzipInflater.inflate(zipped[...], format: .gzip, maxBytes: 1 << 20)
            }
        }
        let garbage = try compressed(Self.body) + Array("trailing".utf8)
        #expect(throws: GzipInflater.Failure.damaged("bytes after the end of the compressed data")) {
            try GzipInflater.inflate(garbage[...], format: .gzip, maxBytes: 1 << 20)
        }
        #expect(throws: (any Error).self) {
            try GzipInflater.inflate(Self.body[...], format: .gzip, maxBytes: 1 << 20)  // not gzip at all
        }
        #expect(try GzipInflater.inflate([][...], format: .gzip, maxBytes: 10) == [])
    }

    @Test(arguments: [
        ("gzip", GzipInflater.Format.gzip), ("X-GZIP", .gzip), (" gzip ", .gzip), ("gzip, identity", .gzip),
        ("deflate", .deflate),
    ])
    func contentEncodingNamesAFormat(header: String, format: GzipInflater.Format) {
        #expect(GzipInflater.Format(contentEncoding: header) == format)
    }

    @Test(arguments: [nil, "", "identity", "br", "gzip, br", "gzip, gzip"] as [String?])
    func otherEncodingsAreLeftAlone(header: String?) {
        #expect(GzipInflater.Format(contentEncoding: header) == nil)
    }
}
