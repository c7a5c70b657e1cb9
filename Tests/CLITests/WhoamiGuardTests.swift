import AccessCore
import Foundation
import Testing

@testable import SGAccessCLI

/// `whoami` and `check` with two addresses that differ: this host's and the operator's SSH address.
@Suite struct WhoamiGuardTests {
    func env(ssh: String) -> [String: String] {
        ["SENDGRID_API_KEY": testKey, "SSH_CONNECTION": "\(ssh) 52113 10.0.0.2 22"]
    }

    @Test func aPrivateSSHAddressAndAnUnknownHost() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8"])
        let result = await run(["whoami"], service: service, variables: env(ssh: "10.0.0.5"))
        #expect(result.status == 1, "this host is unknown")
        #expect(
            lines(result.out) == [
                "ADDRESS   SOURCE  STATUS",
                "10.0.0.5  ssh     not checked: a private address, which SendGrid never sees",
                "this host: unknown — pass --my-ip ADDR or set SGACCESS_MY_IPS (or --my-ip-url URL)",
                "your SSH address 10.0.0.5 is private; SendGrid sees your network's public address, unknown",
                "Account: parent account · global",
            ])
    }

    @Test func bothAddressesInJSON() async throws {
        let service = FakeService(ranges: ["203.0.113.0/24"])
        let result = await run(
            ["whoami", "--json", "--my-ip", "203.0.113.10"], service: service, variables: env(ssh: "10.0.0.5"))
        #expect(result.status == 0, "this host is covered; the private SSH address is not checked")
        let json = try result.json()
        #expect(json["host_known"] as? Bool == true)
        #expect(json["this_host"] as? [String] == ["203.0.113.10"])
        #expect(json["host_summary"] as? String == "this host 203.0.113.10 (configured)")
        #expect(
            json["operator_summary"] as? String
                == "your SSH address 10.0.0.5 is private; SendGrid sees your network's public address, unknown")
        let rows = try #require(json["addresses"] as? [[String: Any]])
        #expect(rows.map { $0["role"] as? String } == ["this_host", "operator"])
        #expect(rows.map { $0["protected"] as? Bool } == [true, false])
        #expect(rows.map { $0["scope"] as? String } == ["public", "private"])
    }

    @Test func aPublicSSHAddressIsCheckedButDoesNotMakeTheHostKnown() async throws {
        let service = FakeService(ranges: ["198.51.100.0/24"])
        let result = await run(["whoami"], service: service, variables: env(ssh: "198.51.100.7"))
        #expect(result.status == 1)
        #expect(result.out.contains("198.51.100.7  ssh     allowed by #1 198.51.100.0/24"))
        #expect(result.out.contains("this host: unknown — pass --my-ip"))
        #expect(result.out.contains("your SSH address 198.51.100.7 (the web console's caller)"))
        let json = try await run(["whoami", "--json"], service: service, variables: env(ssh: "198.51.100.7")).json()
        #expect(json["host_known"] as? Bool == false)
        #expect(json["operator_summary"] as? String == "your SSH address 198.51.100.7 (the web console's caller)")
    }

    @Test func checkingAPrivateAddressSaysSendGridNeverSeesIt() async throws {
        let service = FakeService(ranges: ["10.0.0.0/8"])
        let result = await run(["check", "10.0.0.5"], service: service)
        #expect(result.status == 0)
        #expect(result.err.contains("Note: 10.0.0.5 is a private address: SendGrid never sees it as a caller"))
        let json = try await run(["check", "127.0.0.1", "--json"], service: service).json()
        #expect(json["scope"] as? String == "loopback")
        let publicCheck = await run(["check", "203.0.113.7"], service: service)
        #expect(publicCheck.err.isEmpty)
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }
}
