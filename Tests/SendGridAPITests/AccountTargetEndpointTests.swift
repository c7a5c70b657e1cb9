import AccessCore
import Foundation
import SendGridAPI
import Testing

@Suite struct AccountTargetEndpointTests {
    @Test func aRegionsOwnHostIsThatRegion() {
        #expect(AccountTarget.Endpoint(baseURL: Region.global.baseURL) == .global)
        #expect(AccountTarget.Endpoint(baseURL: Region.eu.baseURL) == .eu)
    }

    @Test func anyOtherURLIsCustomWithItsPort() {
        #expect(
            AccountTarget.Endpoint(baseURL: URL(string: "http://127.0.0.1:8080")!)
                == .custom(hostAndPort: "127.0.0.1:8080"))
        #expect(
            AccountTarget.Endpoint(baseURL: URL(string: "https://api.sendgrid.com:8443")!)
                == .custom(hostAndPort: "api.sendgrid.com:8443"))
        #expect(
            AccountTarget.Endpoint(baseURL: URL(string: "http://[::1]:9000")!) == .custom(hostAndPort: "[::1]:9000"))
        #expect(
            AccountTarget.Endpoint(baseURL: URL(string: "https://proxy.example")!)
                == .custom(hostAndPort: "proxy.example"))
    }
}
