import MailFormats

/// Every number an email to the gateway could send to, whatever its format: mobile recipients,
/// `Number=` lines, `X-Cellphone:` lines and the first column of CSV attachments.
enum RoxEmailDestinations {
    static func numbers(recipients: [String], body: String, attachments: [String]) -> [String] {
        var numbers = recipients.compactMap { recipient -> String? in
            if case .mobile(let number)? = RoxEmailAddress(recipient) { return number }
            return nil
        }
        for line in body.split(whereSeparator: \.isNewline).map({ String($0).trimmed }) {
            if line.uppercased().hasPrefix("NUMBER=") { numbers.append(String(line.dropFirst("NUMBER=".count)).trimmed) }
            if let cellphone = RoxEmailFormat3.cellphone(line) { numbers.append(cellphone) }
        }
        for text in attachments {
            for row in (try? CSVReader.parse(text)) ?? [] {
                if let first = row.first?.trimmed, !first.isEmpty { numbers.append(first) }
            }
        }
        return numbers
    }
}
