import SMSDomain

/// Format 2, `smsgateway@mail.completesms.net`: subject `SMS:`, then numbered blocks `[1]` … `[50]`,
/// each with `Name=`, `Number=` and `Message=` lines.
enum RoxEmailFormat2 {
    static let maximumBlocks = 50
    static let maximumCharacters = 765

    static func interpret(subject: String?, body: String, plan: NationalNumberingPlan) throws(RoxEmailRefusal) -> RoxEmailInterpretation {
        guard subject?.trimmed.uppercased() == "SMS:" else {
            throw .content("Format 2: the subject must be \"SMS:\", not \"\(subject ?? "")\"")
        }
        let blocks = try parseBlocks(body)
        guard !blocks.isEmpty else { throw .content("Format 2: no [1] block with Name=, Number= and Message=") }
        guard blocks.count <= maximumBlocks else {
            throw .content("Format 2: at most \(maximumBlocks) messages per email; found \(blocks.count)")
        }
        var interpretation = RoxEmailInterpretation()
        for (index, block) in blocks.enumerated() {
            guard block.number == index + 1 else {
                throw .content("Format 2: blocks must be numbered [1] to [\(blocks.count)] in order; found [\(block.number)] in place \(index + 1)")
            }
            guard let rawNumber = block.fields["NUMBER"], let number = RoxEmailNumber.parse(rawNumber, plan: plan) else {
                throw .content("Format 2: block [\(block.number)] needs Number=<mobile>; got \"\(block.fields["NUMBER"] ?? "")\"")
            }
            guard let message = block.fields["MESSAGE"]?.trimmed, !message.isEmpty else {
                throw .content("Format 2: block [\(block.number)] needs Message=<text>")
            }
            guard message.unicodeScalars.count <= maximumCharacters else {
                throw .content("Format 2: block [\(block.number)] message has \(message.unicodeScalars.count) characters; at most \(maximumCharacters)")
            }
            var details = ["format": "2", "block": String(block.number)]
            if let name = block.fields["NAME"] { details["name"] = name }
            interpretation.messages.append(RoxEmailSMS(to: number, text: message, details: details))
        }
        return interpretation
    }

    struct Block: Equatable {
        var number: Int
        var fields: [String: String] = [:]
    }

    /// Reads `[n]` headers and `Key=value` lines; a line that is neither continues the previous Message.
    static func parseBlocks(_ body: String) throws(RoxEmailRefusal) -> [Block] {
        var blocks: [Block] = []
        var lastKey: String?
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).map({ String($0).trimmed }) {
            if line.isEmpty || line == "..." { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                guard let number = Int(line.dropFirst().dropLast()) else {
                    throw .content("Format 2: \(line) is not a numbered block header like [1]")
                }
                blocks.append(Block(number: number))
                lastKey = nil
                continue
            }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]"), Int(line[line.index(after: line.startIndex) ..< close]) != nil {
                // The document's table writes a block on one line; its example, one field a line.
                throw .content("Format 2: write the block header \(line[...close]) on its own line, then Name=, Number= and Message= each on a line of their own, as the document's example does; got \"\(line)\"")
            }
            guard !blocks.isEmpty else {
                throw .content("Format 2: text before the first [1] block: \"\(line)\"")
            }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts.count == 2 ? String(parts[0]).trimmed.uppercased() : ""
            if ["NAME", "NUMBER", "MESSAGE"].contains(key) {
                blocks[blocks.count - 1].fields[key] = String(parts[1]).trimmed
                lastKey = key
            } else if lastKey == "MESSAGE", let previous = blocks[blocks.count - 1].fields["MESSAGE"] {
                blocks[blocks.count - 1].fields["MESSAGE"] = previous + "\n" + line
            } else {
                throw .content("Format 2: block [\(blocks[blocks.count - 1].number)] has a line that is not Name=, Number= or Message=: \"\(line)\"")
            }
        }
        return blocks
    }
}
