import AccessCore
import Foundation
import Testing

@testable import SendGridSimulator

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct HTTPFaultTests {
    @Test func failNextAnswersTheStatusThenRecovers() async throws {
        try await withSimulator { simulator in
            simulator.failNext(count: 1, status: 500)
            let failed = try await send(simulator, "GET", whitelist)
            #expect(failed.status == 500)
            #expect(errorEntries(failed.data).first?.message == "internal server error")
            let answer1 = try await send(simulator, "GET", whitelist)
            #expect(answer1.status == 200)
        }
    }

    @Test func connectionResetFailsTheRequestButThePostLanded() async throws {
        try await withSimulator { simulator in
            simulator.failNext(with: .connectionReset)
            await #expect(throws: (any Error).self) {
                _ = try await send(simulator, "POST", whitelist, body: addBody(["203.0.113.10"]))
            }
            #expect(simulator.rules().map(\.ip) == ["203.0.113.10/32"])
            let answer2 = try await send(simulator, "GET", whitelist)
            #expect(answer2.status == 200, "the server keeps serving")
        }
    }

    @Test func truncatedBodiesFailTheRequest() async throws {
        try await withSimulator({ $0.seed = .demo }) { simulator in
            simulator.failNext(with: .truncatedBody)
            await #expect(throws: (any Error).self) { _ = try await send(simulator, "GET", whitelist) }
            let answer3 = try await send(simulator, "GET", whitelist)
            #expect(answer3.status == 200)
        }
    }

    @Test func malformedJSONArrivesAsUndecodableBody() async throws {
        try await withSimulator({ $0.seed = .demo }) { simulator in
            try simulator.setFaults(FaultSettings(malformedJSONRate: 1))
            let answer = try await send(simulator, "GET", whitelist)
            #expect(answer.status == 200)
            #expect(!answer.data.isEmpty)
            #expect(json(answer.data) == nil)
            try simulator.setFaults(.none)
            let clean = try await send(simulator, "GET", whitelist)
            #expect(json(clean.data) != nil)
        }
    }

    @Test func latencyDelaysTheAnswer() async throws {
        try await withSimulator({ $0.faults = FaultSettings(latency: .milliseconds(300)) }) { simulator in
            let clock = ContinuousClock()
            let start = clock.now
            _ = try await send(simulator, "GET", whitelist)
            #expect(clock.now - start >= .milliseconds(300))
            #expect(throws: SimulatorError.self) { try simulator.setFaults(FaultSettings(serverErrorRate: -1)) }
        }
    }

    @Test func hostileStringsSurviveTheWireAsValidJSON() async throws {
        try await withSimulator({
            $0.seed = .demo; $0.faults.hostileStrings = true
        }) { simulator in
            let answer = try await send(simulator, "GET", activityPath + "?limit=13")
            let locations = answer.rows.compactMap { $0["location"] as? String }
            #expect(locations.count == 13)
            #expect(Set(locations) == Set(HostileStrings.locations))
        }
    }

    @Test func trafficAddsAttemptsOverTime() async throws {
        let clock = ManualClock()
        try await withSimulator({
            $0.seed = .demo; $0.traffic = true; $0.trafficInterval = .milliseconds(20); $0.clock = clock
        }) { simulator in
            clock.advance(by: 3_600)
            var newest: Int64 = 0
            for _ in 0..<250 where newest < t0 + 3_600 {
                try await Task.sleep(for: .milliseconds(20))
                newest = simulator.activity().map(\.lastAt).max() ?? 0
            }
            #expect(newest == t0 + 3_600)
            #expect(simulator.requestLog().isEmpty, "no request made: the generator did it")
        }
    }

    @Test func statePathKeepsListsAcrossARestart() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configure: (inout SimulatorConfiguration) -> Void = { $0.statePath = path }
        try await withSimulator(configure) { simulator in
            _ = try await send(simulator, "POST", whitelist, body: addBody(["203.0.113.0/24", "192.0.2.9"]))
            _ = try await send(simulator, "DELETE", whitelist + "/1")
        }
        try await withSimulator(configure) { simulator in
            #expect(simulator.rules().map(\.ip) == ["192.0.2.9/32"])
            let next = try await send(simulator, "POST", whitelist, body: addBody(["192.0.2.10"]))
            #expect(next.status == 403, "the restored list does not cover the client")
            simulator.removeAllRules()
            let added = try await send(simulator, "POST", whitelist, body: addBody(["192.0.2.10"]))
            #expect(added.rows.first?["id"] as? Int == 3)
        }
    }
}
