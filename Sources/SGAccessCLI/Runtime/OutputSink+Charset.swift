import TerminalKit

extension OutputSink {
    /// This sink for a locale that is not UTF-8: every line is folded to printable ASCII of the same width
    /// (`ASCIIFold`: ★ `*`, … `~`, "São" "Sao", "東京" "????"), so tables stay aligned and no raw byte ≥ 0x80
    /// reaches a C-locale terminal. `keepingOut` leaves standard output alone (JSON is UTF-8 by definition and
    /// is read by programs, not by the terminal). UTF-8 returns the sink unchanged.
    public func folded(to charset: Charset, keepingOut: Bool = false) -> OutputSink {
        guard charset == .ascii else { return self }
        let out = self.out
        let err = self.err
        let foldsOut = !keepingOut
        return OutputSink(
            out: { text in out(foldsOut ? ASCIIFold.fold(text) : text) },
            err: { text in err(ASCIIFold.fold(text)) })
    }
}
