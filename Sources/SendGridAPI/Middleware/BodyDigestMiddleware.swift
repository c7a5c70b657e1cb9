import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Skips decoding an unchanged allow list: for a list request made with a `ListMemo.slot` (see
/// `SendGridClient.listedRules`), collects the 2xx body (already capped by `ResponseSizeMiddleware`), digests it as it
/// came over the wire, and throws `UnchangedList` with the memo's rules when the memo holds that digest; otherwise it
/// leaves the digest in the slot, inflates the body when the transport left it compressed (`DigestSlot.encoding`),
/// and throws `UnchangedList` with the rules `ListBodyParser` read, or, when that declines, hands the bytes on to the
/// generated decoder. Outermost, so that every other middleware (status, rate-limit headers, logging, the cap) has
/// seen the exchange first.
struct BodyDigestMiddleware: ClientMiddleware {
    let memo: ListMemo
    /// The response cap (`ResponseLimits.maxBytes`): at most this much room is taken ahead for a body, and a
    /// compressed one inflates to no more.
    var maxBytes = Int.max

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard let slot = ListMemo.slot, let responseBody, response.status.kind == .successful else {
            return (response, responseBody)
        }
        var collected = BodyDigest.Collector(
            expected: Self.expectedSize(response, cap: maxBytes, inflated: slot.encoding == nil))
        for try await chunk in responseBody { collected.append(chunk) }  // hashed as it arrives
        let (wire, digest) = collected.finish()
        if let rules = memo.rules(for: digest) { throw UnchangedList(rules: rules) }
        slot.digest = digest
        let bytes =
            try slot.encoding.map { try GzipInflater.inflate(wire, format: $0, maxBytes: maxBytes)[...] } ?? wire
        // A 200 with a JSON body of the usual shape is read here, several times faster than the generated decoder;
        // any other success status goes on to it (the spec lists only 200).
        if response.status == .ok,
            response.headerFields[.contentType]?.lowercased().hasPrefix("application/json") == true,
            let rules = await ListBodyParser.rulesInHalves(in: bytes)
        {
            throw UnchangedList(rules: rules, fresh: true)
        }
        return (response, HTTPBody(bytes))
    }

    /// How many bytes the body will likely hold as it is read: its length, times 16 when the transport inflates a
    /// compressed one (a list compresses about 8 times), within the cap; 0 when the length is not given.
    static func expectedSize(_ response: HTTPResponse, cap: Int, inflated: Bool = true) -> Int {
        guard let length = response.headerFields[.contentLength].flatMap({ Int($0) }), length > 0 else { return 0 }
        let compressed = response.headerFields[.contentEncoding].map { !$0.lowercased().contains("identity") } ?? false
        let (size, overflow) = length.multipliedReportingOverflow(by: compressed && inflated ? 16 : 1)
        return overflow ? cap : min(cap, size)
    }
}
