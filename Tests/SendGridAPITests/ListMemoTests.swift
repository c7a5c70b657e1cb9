import AccessCore
import Foundation
import HTTPTypes
import Testing

@testable import SendGridAPI

/// An unchanged allow list is recognised by a digest of its body before decoding, and not decoded again.
@Suite("List memo: an unchanged body is not decoded again")
struct ListMemoTests {
    private let changedJSON =
        #"{"result":[{"id":1,"ip":"192.168.1.1/32","created_at":1441824715,"updated_at":1441824715}]}"#

    @Test func anUnchangedBodyIsNotDecodedAgainAndAChangedOneIs() async throws {
        let transport = FakeTransport([
            .json(200, listJSON, rateLimit: (600, 599, fixedNow + 60)),
            .json(200, listJSON, rateLimit: (600, 598, fixedNow + 60)),
            .json(200, changedJSON),
        ])
        let (client, _) = makeClient(transport)
        let first = try await client.listRules()
        #expect(client.listMemo.decodes == 1)
        let second = try await client.listRules()
        #expect(client.listMemo.decodes == 1, "the same bytes again: answered from the memo")
        #expect(second.value == first.value)
        #expect(second.rateLimit?.remaining == 598, "the rate-limit headers are still those of this answer")
        let third = try await client.listRules()
        #expect(client.listMemo.decodes == 2)
        #expect(third.value.map(\.id) == [1])
        #expect(transport.requests.count == 3, "every poll still asks the server")
    }

    @Test func aBodyThatDidNotDecodeIsNotRemembered() async {
        let broken = Step.json(200, #"{"result":[{"id":"one"}]}"#)
        let transport = FakeTransport([broken, broken])
        let (client, _) = makeClient(transport, retry: .none)
        for _ in 0..<2 {
            let error = await apiError { () async throws(APIError) in try await client.listRules() }
            #expect(error?.isUndecodable == true, "\(String(describing: error))")
        }
        #expect(client.listMemo.decodes == 0)
    }

    @Test func anErrorInBetweenKeepsTheMemo() async throws {
        let transport = FakeTransport([.json(200, listJSON), .errors(500, "oops"), .json(200, listJSON)])
        let (client, _) = makeClient(transport, unit: 0)
        _ = try await client.listRules()
        let again = try await client.listRules()
        #expect(again.value.count == 2)
        #expect(client.listMemo.decodes == 1)
        #expect(transport.requests.count == 3)
    }

    @Test func otherAnswersAreNotDigested() async throws {
        let transport = FakeTransport([.json(200, #"{"result":[]}"#), .json(200, #"{"result":[]}"#)])
        let (client, _) = makeClient(transport)
        _ = try await client.activity(limit: 1)
        _ = try await client.activity(limit: 1)
        #expect(client.listMemo.decodes == 0)
    }

    /// The digest is taken chunk by chunk as the body arrives: where the chunks end does not change it.
    @Test func theDigestDoesNotDependOnTheChunks() {
        let body = Array((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let whole = BodyDigest(ArraySlice(body))
        for round in 0..<50 {
            var collector = BodyDigest.Collector()
            var at = 0, piece = 0
            while at < body.count {  // pieces of 0 to 700 bytes
                piece += 1
                let end = min(body.count, at + (round * 7919 + piece * 31) % 701)
                collector.append(body[at..<end])
                at = end
            }
            let (bytes, digest) = collector.finish()
            #expect(digest == whole)
            #expect(Array(bytes) == body)
        }
        #expect(BodyDigest(ArraySlice(body.dropLast())) != whole)
    }

    /// Room for the inflated body is taken ahead from its length: 16 times a compressed one, within the cap.
    @Test func roomForTheBodyComesFromItsLength() {
        func response(_ fields: [HTTPField.Name: String]) -> HTTPResponse {
            var headers = HTTPFields()
            for (name, value) in fields { headers[name] = value }
            return HTTPResponse(status: .ok, headerFields: headers)
        }
        #expect(BodyDigestMiddleware.expectedSize(response([.contentLength: "1000"]), cap: .max) == 1000)
        #expect(
            BodyDigestMiddleware.expectedSize(response([.contentLength: "1000", .contentEncoding: "gzip"]), cap: .max)
                == 16_000)
        #expect(
            BodyDigestMiddleware.expectedSize(response([.contentLength: "1000", .contentEncoding: "gzip"]), cap: 5000)
                == 5000)
        let zipped = response([.contentLength: "1000", .contentEncoding: "gzip"])
        #expect(BodyDigestMiddleware.expectedSize(zipped, cap: .max, inflated: false) == 1000, "left compressed")
        #expect(BodyDigestMiddleware.expectedSize(response([:]), cap: .max) == 0)
        #expect(BodyDigestMiddleware.expectedSize(response([.contentLength: "-3"]), cap: .max) == 0)
        #expect(
            BodyDigestMiddleware.expectedSize(
                response([.contentLength: "\(Int.max)", .contentEncoding: "gzip"]), cap: 9) == 9)
    }
}

extension APIError {
    fileprivate var isUndecodable: Bool {
        if case .undecodable = self { return true }
        return false
    }
}
