/// A one-line message under the panes. Info fades after `Flash.infoSeconds`; errors stay until the next key.
public struct Flash: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public static let infoSeconds = 4

    public let id: Int
    public let kind: Kind
    public let text: String
}
