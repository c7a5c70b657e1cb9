import AccessCore
import TerminalKit

/// Checks the addresses the operator typed (`--my-ip`, `SGACCESS_MY_IPS`) before they reach
/// SendGridAPI's `MyAddressResolver`, which only warns about bad values: a typo in one's own address would
/// silently weaken the lockout guard, so here it is a usage error (exit 2) naming the value.
enum MyAddressInput {
    static func check(_ values: [String], origin: String) throws {
        for piece in values.flatMap(AllowEntryParser.splitEntries) {
            if case .failure(let error) = IPAddress.parse(piece) {
                throw CLIError.usage(
                    "\(origin): '\(Sanitizer.clean(piece, maxColumns: 60))' is not an address. \(error.message)")
            }
        }
    }
}
