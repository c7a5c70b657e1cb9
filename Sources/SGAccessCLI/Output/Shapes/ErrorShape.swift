/// Any failure, on standard output with `--json`: `{"error": {"exit_code", "kind", "message", "addresses"}}`.
struct ErrorShape: Encodable {
    struct Body: Encodable {
        let exitCode: Int32
        let kind: String
        let message: String
        let addresses: [String]

        enum CodingKeys: String, CodingKey {
            case kind, message, addresses
            case exitCode = "exit_code"
        }
    }

    let error: Body

    init(_ error: CLIError) {
        self.error = Body(
            exitCode: error.status.rawValue, kind: error.status.kind, message: error.message, addresses: error.addresses
        )
    }
}
