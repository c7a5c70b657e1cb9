import Foundation

/// One HTTP request as the engine sees it: transport-free, so the engine is tested without sockets.
public struct SimulatorRequest: Sendable, Hashable {
    /// Upper-case method ("GET").
    public var method: String
    /// Path without the query ("/v3/access_settings/whitelist").
    public var path: String
    /// Query parameters, percent-decoded; the first value of a repeated name wins.
    public var query: [String: String]
    /// Header values by lower-cased name (names are case-insensitive); repeated headers joined with ", ".
    public private(set) var headers: [String: String]
    public var body: [UInt8]

    public init(
        method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = []
    ) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = [:]
        self.body = body
        for (name, value) in headers { setHeader(name, value) }
    }

    /// Builds a request from a target such as "/v3/access_settings/activity?limit=5".
    public init(method: String, target: String, headers: [String: String] = [:], body: [UInt8] = []) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let query = parts.count == 2 ? SimulatorRequest.parseQuery(String(parts[1])) : [:]
        self.init(method: method, path: String(parts[0]), query: query, headers: headers, body: body)
    }

    /// The value of header `name`, matched case-insensitively.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Adds a header value; a repeated name is joined with ", " as HTTP allows.
    public mutating func setHeader(_ name: String, _ value: String) {
        let key = name.lowercased()
        if let old = headers[key] { headers[key] = old + ", " + value } else { headers[key] = value }
    }

    static func parseQuery(_ text: String) -> [String: String] {
        var query: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            let name = decode(kv[0])
            if query[name] == nil { query[name] = kv.count == 2 ? decode(kv[1]) : "" }
        }
        return query
    }
}
