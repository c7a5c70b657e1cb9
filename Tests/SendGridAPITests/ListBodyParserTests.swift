import AccessCore
import Foundation
import Testing

@testable import SendGridAPI

/// The fast list reader gives exactly what the generated decoder gives, or declines and leaves it to it.
@Suite("List body parser: the generated decoder's rules, or nothing")
struct ListBodyParserTests {
    /// What the generated decoder and the mapping make of `json` (nil when they throw).
    private func generated(_ json: String) -> [AllowRule]? {
        guard
            let payload = try? JSONDecoder().decode(
                Components.Schemas.IpAccessManagement2xx.self, from: Data(json.utf8))
        else { return nil }
        return try? ResponseMapping.rules(in: payload, missing: "")
    }

    private func fast(_ json: String) -> [AllowRule]? { ListBodyParser.rules(in: ArraySlice(json.utf8)) }

    @Test(arguments: [
        #"{"result":[{"id":1,"ip":"192.168.1.1/32","created_at":1441824715,"updated_at":1441824716}]}"#,
        #"{"result":[]}"#,
        #" { "result" : [ { "updated_at" : 2 , "ip" : "10.0.0.0/8" , "id" : 7 , "created_at" : 1 } ] } "#,
        "{\n\t\"result\": [\r\n{\"id\": -3, \"ip\": \"::1\"}]}",
        #"{"result":[{"id":1,"ip":"1.2.3.4","created_at":null,"updated_at":null}]}"#,
        #"{"other":{"a":[1,true,false,null,"x",{"b":[]}]},"result":[{"id":2,"ip":"1.2.3.4","extra":[{"k":"v"}]}],"#
            + #""metadata":{"count":1}}"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b","created_at":0}]}"#,
    ])
    func aBodyOfTheUsualShapeReadsAsTheGeneratedDecoderReadsIt(_ json: String) throws {
        let expected = try #require(generated(json))
        #expect(fast(json) == expected)
    }

    @Test(arguments: [
        #"{"result":[{"id":1,"ip":"1.2.3.4\/32"}]}"#,  // an escape
        #"{"result":[{"id":1,"ip":"caf\#u{E9}"}]}"#,  // not ASCII
        #"{"result":[{"id":1.0,"ip":"1.2.3.4"}]}"#,  // a fraction
        #"{"result":[{"id":1,"ip":"1.2.3.4","created_at":1e9}]}"#,  // an exponent
        #"{"result":[{"id":01,"ip":"1.2.3.4"}]}"#,  // a leading zero
        #"{"result":[{"id":99999999999999999999,"ip":"1.2.3.4"}]}"#,  // too large
        #"{"result":[{"ip":"1.2.3.4"}]}"#,  // no id
        #"{"result":[{"id":1}]}"#,  // no ip
        #"{"result":[{"id":1,"id":2,"ip":"1.2.3.4"}]}"#,  // a duplicate key
        #"{"result":null}"#, #"{}"#, #"[]"#, "",
        #"{"result":[{"id":1,"ip":"1.2.3.4"}]} x"#,  // trailing bytes
        #"{"result":[{"id":1,"ip":"1.2.3.4"},]}"#,  // a trailing comma
        #"{"result":[{"id":1,"ip":"1.2.3.4"}]"#,  // cut short
    ])
    func anythingElseIsLeftToTheGeneratedDecoder(_ json: String) {
        #expect(fast(json) == nil)
    }

    @Test func aHundredThousandRulesReadAsTheGeneratedDecoderReadsThem() throws {
        let rows = (0..<100_000).map { i in
            #"{"id":\#(i + 1),"ip":"10.\#(i >> 16 & 255).\#(i >> 8 & 255).\#(i & 255)/32","created_at":\#(1_700_000_000 + i),"#
                + #""updated_at":\#(1_700_000_000 + i)}"#
        }
        let json = #"{"result":["# + rows.joined(separator: ",") + "]}"
        let expected = try #require(generated(json))
        #expect(fast(json) == expected)
    }
}
