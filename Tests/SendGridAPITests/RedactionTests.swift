import Logging
import Testing

@testable import SendGridAPI

@Suite("Secrets: the key never reaches an error or a log line")
struct RedactionTests {
    @Test func redactorRemovesTheKeyPatternAndAuthorizationValues() {
        let redactor = Redactor(secrets: ["my-simulator-demo-key"])
        #expect(redactor.redact("key=my-simulator-demo-key!") == "key=<redacted>!")
        #expect(redactor.redact("got \(testKey) here") == "got SG.<redacted> here")
        #expect(redactor.redact("Authorization: Bearer abc.def") == "Authorization: <redacted>")
        #expect(redactor.redact(#"{"authorization":"Bearer xyz"}"#) == #"{"authorization":"<redacted>"}"#)
        #expect(redactor.redact("curl -H 'authorization=token123'") == "curl -H 'authorization=<redacted>")
        #expect(redactor.redact("sent bearer qwerty1234 to host") == "sent bearer <redacted> to host")
        #expect(redactor.redact("nothing secret in 203.0.113.0/24") == "nothing secret in 203.0.113.0/24")
    }

    @Test func shortSecretsAreIgnoredSoTextIsNotShredded() {
        #expect(Redactor(secrets: ["a", ""]).redact("a banana") == "a banana")
    }

    @Test func apiKeyDescriptionsAreRedacted() {
        let key = APIKey(testKey)
        #expect("\(key)" == "SG.<redacted>")
        #expect(String(reflecting: key) == "SG.<redacted>")
    }

    @Test func aServerEchoingTheKeyDoesNotLeakItIntoErrors() async {
        let echoes: [Step] = [
            .errors(401, "key \(testKey) revoked"),
            .errors(400, "Authorization: Bearer \(testKey) is wrong"),
            .errors(418, "\(testKey)"),
            .errors(403, "nope \(testKey)"),
        ]
        for step in echoes {
            let (client, _) = makeClient(FakeTransport([step]), retry: .none)
            let error = await apiError { () async throws(APIError) in try await client.listRules() }
            let texts = [
                error?.message, error?.description, error.map { "\($0)" }, error.map { String(reflecting: $0) },
            ]
            for text in texts.compactMap({ $0 }) {
                #expect(!text.contains(testKey), "\(text)")
                #expect(!text.contains("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "\(text)")
            }
            #expect(error?.message.contains(Redactor.placeholder) == true)
        }
    }

    @Test func aNonPatternKeyEchoedBackIsRedactedToo() async {
        let plainKey = "simulator-demo-key-0001"
        let transport = FakeTransport([.errors(401, "bad key simulator-demo-key-0001")])
        let configuration = ClientConfiguration(
            baseURL: .init(string: "http://127.0.0.1:1")!, apiKey: APIKey(plainKey),
            retry: .none)
        let client = SendGridClient(configuration: configuration, transport: transport, sleep: { _ in })
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .unauthorized(messages: ["bad key <redacted>"]))
    }

    @Test func logsAtTraceLevelNeverContainTheKey() async throws {
        let logs = LogRecorder()
        let transport = FakeTransport([
            .json(200, listJSON, rateLimit: (600, 599, fixedNow)),
            .errors(503, "echo \(testKey)"), .fail(.timedOut), .errors(401, "Bearer \(testKey)"),
            .fail(.timedOut), .json(200, listJSON),
        ])
        let (client, _) = makeClient(transport, retry: RetryPolicy(maxAttempts: 2), logger: logs.logger())
        _ = try await client.listRules()
        _ = await apiError { () async throws(APIError) in try await client.activity(limit: 1) }
        _ = await apiError { () async throws(APIError) in try await client.listRules() }
        _ = await apiError { () async throws(APIError) in try await client.addRules(["10.0.0.1"]) }
        let lines = logs.all
        #expect(lines.count > 8)
        for line in lines { #expect(!line.contains(testKey), "\(line)") }
        let headerLines = lines.filter { $0.contains("request headers") }
        #expect(!headerLines.isEmpty)
        #expect(headerLines.allSatisfy { $0.lowercased().contains("authorization: <redacted>") })
        #expect(lines.contains { $0.contains("retrying") })
        #expect(lines.contains { $0.contains("re-reading the list") })
    }

    /// The quick check that skips the patterns never skips text they would change.
    @Test(arguments: [
        "BeArEr abc.def", "AUTHORIZATION: token xyz",
        "x SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb y",
        "authorization=\"Basic Zm9v\"", "é bearer q", "Bearer\tq", "size=120×40 · Authorization: x",
        "x · BEARER y",
    ])
    func textThePatternsChangeIsNeverSkipped(_ text: String) {
        #expect(Redactor.mayHoldToken(text))
        #expect(Redactor().redact(text) != text)
    }

    /// Text with a scalar that folds to an ASCII letter always goes through the patterns.
    @Test func foldingScalarsAlwaysGoThroughThePatterns() {
        for text in ["\u{212A}", "\u{17F}", "İ", "ı x"] { #expect(Redactor.mayHoldToken(text)) }
    }

    @Test func plainLogLinesAreLeftAsTheyAre() {
        for text in [
            "start base_url=http://127.0.0.1:8080 command=tui", "GET /v3/access_settings/whitelist 200", "",
            "terminal app started charset=utf8 size=120×40 target=parent account · 127.0.0.1:18181",
        ] {
            #expect(!Redactor.mayHoldToken(text))
            #expect(Redactor().redact(text) == text)
        }
    }
}
