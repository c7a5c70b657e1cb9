import Foundation

/// Which SendGrid host to talk to.
public enum Region: String, Sendable, CaseIterable {
    case global
    case eu

    public var baseURL: URL {
        switch self {
        case .global: return URL(string: "https://api.sendgrid.com")!
        case .eu: return URL(string: "https://api.eu.sendgrid.com")!
        }
    }
}
