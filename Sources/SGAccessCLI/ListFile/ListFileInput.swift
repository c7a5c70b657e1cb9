import AccessCore
import Foundation
import TerminalKit

/// The allow-list file `plan` and `apply` read: a path, or `-` for standard input, parsed before anything is
/// asked of SendGrid so that a bad file is exit 2 with the line named, whatever the key or the network.
struct ListFileInput {
    /// The path as given ("-" for standard input), for messages.
    let name: String
    let document: ListDocument
    let format: ListDocument.Format

    /// Reads and parses `path`; every problem is a usage error (exit 2).
    static func read(_ path: String, environment: CLIEnvironment) throws -> ListFileInput {
        let name = path == "-" ? "standard input" : Sanitizer.clean(path, maxColumns: 80)
        let data: Data
        if path == "-" {
            data = environment.readStandardInput?() ?? FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw CLIError.usage(
                    exists
                        ? "Cannot read \(name): check its permissions."
                        : "\(name) does not exist; name the file `sgaccess export > FILE` wrote, or - for standard input."
                )
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.usage("\(name) is not UTF-8 text; an allow-list file is text (or JSON).")
        }
        let format = ListDocumentParser.detect(text)
        switch ListDocumentParser.parse(text, format: format) {
        case .success(let document): return ListFileInput(name: name, document: document, format: format)
        case .failure(let failure): throw CLIError.usage(failure.message(file: name))
        }
    }
}
