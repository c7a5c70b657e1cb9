import AccessCore
import Synchronization

/// The last allow list this client decoded, by a digest of its body bytes as they came over the wire (compressed,
/// when the transport leaves gzip to `BodyDigestMiddleware`). A list GET whose body has the same digest is answered
/// from here without inflating or decoding: at 100 000 rules an unchanged poll then costs a hash of 1.1 MB of gzip
/// instead of a JSON decode. Only a body that decoded into a valid list is remembered.
final class ListMemo: Sendable {
    private struct State {
        var digest: BodyDigest?
        var rules: [AllowRule] = []
        var decodes = 0
    }

    private let state = Mutex(State())

    /// The digest the middleware computes for the list request running in this task (nil elsewhere).
    @TaskLocal static var slot: DigestSlot?

    /// The remembered list when `digest` is the remembered one.
    func rules(for digest: BodyDigest) -> [AllowRule]? {
        state.withLock { $0.digest == digest ? $0.rules : nil }
    }

    /// Remembers `rules`, decoded from a body of `digest`.
    func store(_ rules: [AllowRule], digest: BodyDigest) {
        state.withLock { state in
            state.digest = digest
            state.rules = rules
            state.decodes += 1
        }
    }

    /// How many list bodies were decoded (tests: an unchanged body is not decoded again).
    var decodes: Int { state.withLock { $0.decodes } }
}

/// A 64-bit digest and the length of a body: equal bodies have equal digests; different ones collide with odds of
/// about 2⁻⁶⁴ (within one process: `Hasher` is seeded per process, and nothing is stored across runs).
struct BodyDigest: Hashable, Sendable {
    let hash: Int
    let count: Int

    init(_ bytes: ArraySlice<UInt8>) {
        var collector = Collector()
        collector.append(bytes)
        self = collector.finish().digest
    }

    private init(hash: Int, count: Int) {
        self.hash = hash
        self.count = count
    }

    /// Gathers a body chunk by chunk, hashing each as it comes: the digest does not depend on where chunks end. Room
    /// for `expected` bytes is taken at once, so that a long body is copied once, as it arrives, not again each time
    /// the buffer would grow (untouched room costs no memory).
    struct Collector {
        private var hasher = Hasher()
        private var bytes: [UInt8] = []

        init(expected: Int = 0) { bytes.reserveCapacity(expected) }

        mutating func append(_ chunk: ArraySlice<UInt8>) {
            chunk.withUnsafeBytes { hasher.combine(bytes: $0) }
            bytes.append(contentsOf: chunk)
        }

        /// The bytes and their digest.
        consuming func finish() -> (bytes: ArraySlice<UInt8>, digest: BodyDigest) {
            let count = bytes.count
            return (ArraySlice(bytes), BodyDigest(hash: hasher.finalize(), count: count))
        }
    }
}

/// Where `BodyDigestMiddleware` leaves the digest of the list body it saw, for the caller to remember once the
/// body decoded; and where the transport says it handed that body on still compressed (`InflatingTransport`), for
/// the middleware to inflate after the digest, so that an unchanged list is never inflated.
final class DigestSlot: Sendable {
    private let value = Mutex<(digest: BodyDigest?, encoding: GzipInflater.Format?)>((nil, nil))

    var digest: BodyDigest? {
        get { value.withLock { $0.digest } }
        set { value.withLock { $0.digest = newValue } }
    }

    /// Set by a transport that left the successful answer's body compressed in this format.
    var encoding: GzipInflater.Format? {
        get { value.withLock { $0.encoding } }
        set { value.withLock { $0.encoding = newValue } }
    }
}

/// Thrown by `BodyDigestMiddleware` instead of handing on a body the memo already holds decoded (`fresh` false),
/// or one `ListBodyParser` read (`fresh` true: to be remembered once the caller has it).
struct UnchangedList: Error {
    let rules: [AllowRule]
    var fresh = false
}
