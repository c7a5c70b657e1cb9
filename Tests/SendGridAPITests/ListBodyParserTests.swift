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

    /// Bodies read in two halves, split at every offset: always what one pass reads (or declines), whether the split
    /// falls where a rule starts, inside a string that looks like a boundary, or in a nested "result".
    @Test(arguments: [
        #"{"result":[{"id":1,"ip":"1.1.1.1"},{"id":2,"ip":"2.2.2.2"}, {"id":3,"ip":"3.3.3.3"} ,{"id":4,"ip":"x"}]}"#,
        #"{"result":[{"id":1,"ip":"a},{"},{"id":2,"ip":"},{"id""},{"id":3,"ip":"} , {"}]}"#,
        #"{"x":{"result":[{"id":9,"ip":"z"},{"id":8,"ip":"y"}]},"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"}]}"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"}],"result":[{"id":3,"ip":"c"},{"id":4,"ip":"d"}]}"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"},{"id":3}]}"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"},{"id":3,"ip":"c"},]}"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"}]}x"#,
        #"{"result":[{"id":1,"ip":"a"},{"id":2,"ip":"b"}"#,
        #"{"result":[]}"#,
    ])
    func aBodyReadInHalvesReadsAsOnePass(_ json: String) async {
        let body = ArraySlice(json.utf8)
        let onePass = ListBodyParser.rules(in: body)
        for split in 0...body.count {
            let halves = await ListBodyParser.rulesInHalves(in: body, split: split)
            #expect(halves == onePass, "split at \(split) of \(json)")
        }
    }

    @Test func aLongBodyIsReadInHalvesAsOnePass() async throws {
        let rows = (0..<20_000).map { i in #"{"id":\#(i + 1),"ip":"10.0.\#(i >> 8 & 255).\#(i & 255)"}"# }
        let body = ArraySlice((#"{"result":["# + rows.joined(separator: ",") + "]}").utf8)
        #expect(body.count >= ListBodyParser.splitThreshold)
        let start = try #require(ListBodyParser.arrayStart(body))
        #expect(ListBodyParser.middleBoundary(body, after: start) != nil)
        let halves = try #require(await ListBodyParser.rulesInHalves(in: body))
        #expect(halves == ListBodyParser.rules(in: body))
        #expect(halves.count == 20_000)
    }

    /// The short path for rules of the usual shape reads what the general object reader reads, on bodies of the
    /// usual shape with one byte changed, dropped or doubled anywhere.
    @Test func theUsualRulePathReadsAsTheGeneralOne() {
        let json =
            #"{"result":[{"id":1,"ip":"10.0.0.1/32","created_at":12,"updated_at":null},"#
            + #"{"id":22,"ip":"1.2.3.4","created_at":1441824715,"updated_at":1441824716}, {"id":-3,"ip":"x"}]}"#
        let body = Array(json.utf8)
        let replacements = Array(#"{}[],:" 0-9a.\/el"#.utf8)
        var shapes = [body]
        for at in body.indices {
            shapes.append(Array(body[..<at] + body[(at + 1)...]))
            shapes.append(Array(body[...at] + body[at...]))
            for byte in replacements { shapes.append(Array(body[..<at] + [byte] + body[(at + 1)...])) }
        }
        var read = 0
        for shape in shapes {
            let general = ListBodyParser.rules(in: ArraySlice(shape), usual: false)
            #expect(ListBodyParser.rules(in: ArraySlice(shape)) == general, "\(String(decoding: shape, as: UTF8.self))")
            if general != nil { read += 1 }
        }
        #expect(read > 100)
    }
}
