import Foundation
import Testing

@testable import SendGridSimulator

/// A known path with a method it does not support answers 405 with an `Allow` header (RFC 9110 §15.5.6) listing
/// exactly what it supports; an unknown path stays 404, whatever the method.
@Suite("Simulator: 405 with Allow for every known path")
struct MethodNotAllowedTests {
    /// Every known path and the methods it supports.
    static let paths: [(path: String, allowed: [String])] = [
        (whitelist, ["GET", "POST", "DELETE"]),
        (whitelist + "/", ["GET", "POST", "DELETE"]),
        (whitelist + "/12", ["GET", "DELETE"]),
        (activityPath, ["GET"]),
        (SimulatorEngine.discoveryPath, ["GET", "HEAD"]),
    ]
    static let methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"]

    @Test func everyUnsupportedMethodOfEveryKnownPathIs405WithAllow() throws {
        var engine = try makeEngine { $0.enforce = false }
        for (path, allowed) in Self.paths {
            for method in Self.methods where !allowed.contains(method) {
                let response = engine.handle(request(method, path), now: t0)
                #expect(response.status == 405, "\(method) \(path)")
                #expect(response.headers["Allow"] == allowed.joined(separator: ", "), "\(method) \(path)")
                #expect(response.bodyText.contains("method not allowed"))
            }
        }
    }

    @Test func everySupportedMethodIsNot405AndCarriesNoAllow() throws {
        var engine = try makeEngine { $0.enforce = false }
        for (path, allowed) in Self.paths {
            for method in allowed {
                let body = method == "POST" ? addBody(["192.0.2.1"]) : (method == "DELETE" ? #"{"ids":[1]}"# : nil)
                let response = engine.handle(request(method, path, body: body), now: t0)
                #expect(response.status != 405, "\(method) \(path)")
                #expect(response.headers["Allow"] == nil, "\(method) \(path)")
            }
        }
    }

    @Test func unknownPathsStay404WhateverTheMethod() throws {
        var engine = try makeEngine { $0.enforce = false }
        for path in ["/", "/v3", "/v3/access_settings", "/v3/access_settings/whitelist/1/2", "/v3/nothing"] {
            for method in Self.methods {
                let response = engine.handle(request(method, path), now: t0)
                #expect(response.status == 404, "\(method) \(path)")
                #expect(response.headers["Allow"] == nil)
            }
        }
    }

    @Test func theServerPassesEveryMethodToTheEngine() async throws {
        try await withSimulator { simulator in
            for (method, path, allowed) in [
                ("TRACE", whitelist, "GET, POST, DELETE"), ("PUT", whitelist, "GET, POST, DELETE"),
                ("PATCH", whitelist + "/3", "GET, DELETE"), ("POST", activityPath, "GET"),
                ("PROPFIND", activityPath, "GET"), ("DELETE", SimulatorEngine.discoveryPath, "GET, HEAD"),
            ] {
                let answer = try await send(simulator, method, path)
                #expect(answer.status == 405, "\(method) \(path)")
                #expect(answer.header("Allow") == allowed, "\(method) \(path)")
            }
            let unknown = try await send(simulator, "TRACE", "/v3/nothing")
            #expect(unknown.status == 404)
            #expect(unknown.header("Allow") == nil)
            let list = try await send(simulator, "GET", whitelist)
            #expect(list.status == 200)
        }
    }
}
