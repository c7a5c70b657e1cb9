extension AppState {
    /// The flash for a Ctrl-Z the runtime declined.
    static let suspendDeclinedSentence =
        "Ctrl-Z would stop sgaccess with no shell to resume it (it leads its session, e.g. ssh -t host sgaccess); "
        + "press q to quit."

    /// What the flash line shows: the flash, or else the charset notice as an info line.
    public var flashLineContent: Flash? {
        if let flash { return flash }
        return charsetNotice.map { Flash(id: 0, kind: .info, text: $0) }
    }
}
