/// The `[SENDER]` block at the start of a body: `ID=<Account ID>` and `PW=<Password>`, and the
/// text that follows it.
struct RoxEmailSenderBlock: Sendable, Equatable {
    var accountID: String?
    var password: String?

    /// Splits a body into its `[SENDER]` block (nil when the body does not start with one) and the
    /// rest, without the blank line that separates them. Line endings are already `\n`.
    static func split(_ body: String) -> (block: RoxEmailSenderBlock?, rest: String) {
        // Most bodies have no block: decide that from the first line with text, not the whole body.
        guard let firstLine = firstLineWithText(body), String(firstLine).trimmed.uppercased().hasPrefix("[SENDER]") else { return (nil, body) }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let first = lines.first, first.trimmed.isEmpty { lines = lines.dropFirst() }
        guard let header = lines.first, header.trimmed.uppercased().hasPrefix("[SENDER]") else { return (nil, body) }
        var block = RoxEmailSenderBlock()
        // Tokens may follow [SENDER] on its own line or on the next lines: ID=…, PW=….
        var pending = [String(header.trimmed.dropFirst("[SENDER]".count))]
        lines = lines.dropFirst()
        while let line = lines.first, Self.isCredentialLine(line) {
            pending.append(line)
            lines = lines.dropFirst()
        }
        for token in pending.flatMap({ $0.split(whereSeparator: { $0 == " " || $0 == "\t" }) }) {
            let parts = token.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            switch parts[0].uppercased() {
            case "ID": block.accountID = String(parts[1])
            case "PW": block.password = String(parts[1])
            default: continue
            }
        }
        if let first = lines.first, first.trimmed.isEmpty { lines = lines.dropFirst() }
        return (block, lines.joined(separator: "\n"))
    }

    /// The first line of `body` that is not blank, without splitting the rest.
    private static func firstLineWithText(_ body: String) -> Substring? {
        var remaining = body[...]
        while !remaining.isEmpty {
            let end = remaining.firstIndex(of: "\n") ?? remaining.endIndex
            let line = remaining[..<end]
            if !line.allSatisfy(\.isWhitespace) { return line }
            remaining = end == remaining.endIndex ? remaining[end...] : remaining[remaining.index(after: end)...]
        }
        return nil
    }

    private static func isCredentialLine(_ line: String) -> Bool {
        let upper = line.trimmed.uppercased()
        return upper.hasPrefix("ID=") || upper.hasPrefix("PW=")
    }
}
