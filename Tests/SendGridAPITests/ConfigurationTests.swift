import AccessCore
import Foundation
import Testing

@testable import SendGridAPI

@Suite("Configuration: base URL, on-behalf-of, rate-limit headers")
struct ConfigurationTests {
    @Test func regionsAndOverrides() throws {
        #expect(try BaseURLResolver.resolve().get().absoluteString == "https://api.sendgrid.com")
        #expect(try BaseURLResolver.resolve(region: .eu).get().absoluteString == "https://api.eu.sendgrid.com")
        let env = ["SENDGRID_BASE_URL": "http://127.0.0.1:8025/"]
        #expect(
            try BaseURLResolver.resolve(region: .eu, environment: env).get().absoluteString == "http://127.0.0.1:8025")
        #expect(
            try BaseURLResolver.resolve(override: "http://localhost:9/v3", environment: env).get().absoluteString
                == "http://localhost:9")
        #expect(
            try BaseURLResolver.resolve(override: "", environment: env).get().absoluteString == "http://127.0.0.1:8025")
    }

    @Test func badOrInsecureOverridesAreRefused() {
        #expect(
            BaseURLResolver.resolve(override: "http://api.example.com").failure == .insecure("http://api.example.com"))
        #expect(BaseURLResolver.resolve(override: "ftp://127.0.0.1").failure == .unsupportedScheme("ftp://127.0.0.1"))
        #expect(BaseURLResolver.resolve(override: "not a url").failure == .invalid("not a url"))
        #expect(BaseURLResolver.resolve(override: "http://[::1]:8025").failure == nil)
        #expect(
            BaseURLResolver.resolve(override: "http://api.example.com").failure?.message.contains("unencrypted") == true
        )
    }

    @Test func onBehalfOfForms() {
        #expect(OnBehalfOf.parse("acme").success == .subuser("acme"))
        #expect(OnBehalfOf.parse("account-id 123").success == .accountID("123"))
        #expect(OnBehalfOf.parse("account-id:123").success?.headerValue == "account-id 123")
        #expect(OnBehalfOf.parse("  ").failure == .empty)
        #expect(OnBehalfOf.parse("two words").failure == .invalid("two words"))
        #expect(OnBehalfOf.parse("evil\r\nX-Injected: 1").failure != nil)
        #expect(OnBehalfOf.parse("account-id").failure != nil)
    }

    @Test func rateLimitHeadersAreParsedCaseInsensitivelyAndStrictly() async throws {
        let mixed = Step.respond(
            status: 200,
            headers: [
                "Content-Type": "application/json", "x-ratelimit-limit": "100",
                "X-RATELIMIT-REMAINING": "7", "X-RateLimit-Reset": " 1700000123 ",
            ],
            body: listJSON)
        let partial = Step.respond(
            status: 200,
            headers: [
                "Content-Type": "application/json",
                "X-RateLimit-Limit": "100", "X-RateLimit-Reset": "5",
            ],
            body: listJSON)
        let garbage = Step.respond(
            status: 200,
            headers: [
                "Content-Type": "application/json", "X-RateLimit-Limit": "lots",
                "X-RateLimit-Remaining": "-1", "X-RateLimit-Reset": "1.5",
            ],
            body: listJSON)
        let transport = FakeTransport([mixed, partial, garbage])
        let (client, _) = makeClient(transport)
        #expect(try await client.listRules().rateLimit == RateLimit(limit: 100, remaining: 7, reset: 1_700_000_123))
        #expect(try await client.listRules().rateLimit == nil)
        #expect(try await client.listRules().rateLimit == nil)
    }

    @Test func defaultsAreSensible() {
        let configuration = ClientConfiguration(baseURL: Region.global.baseURL, apiKey: APIKey(testKey))
        #expect(configuration.timeoutSeconds == 10)
        #expect(configuration.retry == .standard)
        #expect(RetryPolicy.none.maxAttempts == 1)
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
