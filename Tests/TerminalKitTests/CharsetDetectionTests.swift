import TerminalKit
import Testing

@Suite struct CharsetDetectionTests {
    static func detect(_ codeset: String, _ variables: [String: String]) -> Charset.Detection {
        Charset.detect(codeset: codeset, environment: { variables[$0] })
    }

    @Test(arguments: ["UTF-8", "utf8", "UTF8"])
    func aUTF8CodesetNeedsNoFallback(codeset: String) {
        #expect(Self.detect(codeset, ["LANG": "C"]) == .utf8)
    }

    @Test func lcAllCIsNamedWithTheVariableToChange() {
        let detection = Self.detect("ANSI_X3.4-1968", ["LC_ALL": "C", "LANG": "en_US.UTF-8"])
        #expect(detection.charset == .ascii)
        #expect(
            detection.notice
                == "ASCII only: LC_ALL=C is not UTF-8; use LC_ALL=C.UTF-8 for full characters.")
    }

    @Test func langCIsNamed() {
        let detection = Self.detect("ANSI_X3.4-1968", ["LANG": "C", "LC_ALL": ""])
        #expect(
            detection.notice == "ASCII only: LANG=C is not UTF-8; use LANG=C.UTF-8 for full characters.")
    }

    @Test func lcCtypeComesBeforeLang() {
        let detection = Self.detect("ISO-8859-1", ["LC_CTYPE": "de_DE.ISO-8859-1", "LANG": "C"])
        #expect(detection.notice?.contains("LC_CTYPE=de_DE.ISO-8859-1 is not UTF-8; use LC_CTYPE=C.UTF-8") == true)
    }

    @Test func noLocaleAtAll() {
        let detection = Self.detect("ANSI_X3.4-1968", [:])
        #expect(detection.charset == .ascii)
        #expect(detection.notice?.contains("no locale is set") == true)
        #expect(detection.notice?.contains("LANG=C.UTF-8") == true)
    }

    @Test func aUTF8LocaleThatSetlocaleCouldNotLoadIsCalledNotInstalled() {
        let detection = Self.detect("ANSI_X3.4-1968", ["LANG": "fr_FR.UTF-8"])
        #expect(
            detection.notice
                == "ASCII only: the locale LANG=fr_FR.UTF-8 is not installed here; install it (see `locale -a`) "
                + "or use LANG=C.UTF-8 for full characters.")
    }

    @Test func aHostileVariableIsShownAsASCII() {
        let detection = Self.detect("ANSI_X3.4-1968", ["LANG": "C\u{1B}[2J東" + String(repeating: "x", count: 60)])
        let notice = detection.notice ?? ""
        #expect(notice.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(notice.contains("LANG=C?[2J?xxx"))
        #expect(notice.count < 160)
    }
}
