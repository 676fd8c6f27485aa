import MailFormats
import SMSDomain

/// Format 4, `bulksms@mail.completesms.net`: a CSV attachment named exactly
/// `<Account ID><yymmddhhmiss>.csv`, one SMS per row: number in column 1, text in column 2.
enum RoxEmailFormat4 {
    static let maximumCharacters = 765

    static func interpret(attachments: [MailAttachment], accountID: String, plan: NationalNumberingPlan) throws(RoxEmailRefusal) -> RoxEmailInterpretation {
        let csvFiles = attachments.filter { ($0.filename ?? "").lowercased().hasSuffix(".csv") }
        guard !csvFiles.isEmpty else {
            throw .content("Format 4: no attachment with a .csv extension")
        }
        var interpretation = RoxEmailInterpretation()
        for file in csvFiles {
            let name = file.filename ?? ""
            if let problem = fileNameProblem(name, accountID: accountID) { throw .content("Format 4: \(problem)") }
            guard let text = String(validating: file.data, as: UTF8.self) else {
                throw .content("Format 4: \(name) is not UTF-8 text")
            }
            let rows: [[String]]
            do {
                rows = try CSVReader.parse(text)
            } catch {
                throw .content("Format 4: \(name): \(error)")
            }
            for (index, row) in rows.enumerated() {
                let line = index + 1
                if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
                guard row.count >= 2 else {
                    interpretation.rejectedRows.append("\(name) row \(line): needs a number in column 1 and the text in column 2")
                    continue
                }
                guard let number = RoxEmailNumber.parse(row[0], plan: plan) else {
                    interpretation.rejectedRows.append("\(name) row \(line): \"\(row[0].trimmed)\" is not a mobile number")
                    continue
                }
                if let extra = row.dropFirst(2).first(where: { !$0.trimmed.isEmpty }) {
                    // An unquoted comma splits the text; sending column 2 alone would cut it silently.
                    interpretation.rejectedRows.append("\(name) row \(line): text after column 2 (\"\(extra.trimmed)\"): quote a text that holds commas, \"like, this\"")
                    continue
                }
                let message = row[1].trimmed
                guard (1...maximumCharacters).contains(message.unicodeScalars.count) else {
                    interpretation.rejectedRows.append("\(name) row \(line): the text must be 1 to \(maximumCharacters) characters; it has \(message.unicodeScalars.count)")
                    continue
                }
                interpretation.messages.append(RoxEmailSMS(to: number, text: message, details: ["format": "4", "file": name, "row": String(line)]))
            }
        }
        guard !interpretation.messages.isEmpty else {
            let reasons = interpretation.rejectedRows.isEmpty ? "the file has no rows" : interpretation.rejectedRows.joined(separator: "; ")
            throw .content("Format 4: no SMS to send: \(reasons)")
        }
        return interpretation
    }

    /// Why a CSV file name is not `<Account ID><yymmddhhmiss>.csv` for this account, or nil when it is.
    static func fileNameProblem(_ name: String, accountID: String) -> String? {
        let expected = "the CSV file must be named exactly \(accountID)yymmddhhmiss.csv"
        guard name.lowercased().hasSuffix(".csv") else { return "\(name): \(expected)" }
        let stem = name.dropLast(4)
        guard stem.hasPrefix(accountID) else { return "\(name) is not for account \(accountID): \(expected)" }
        let stamp = Array(stem.dropFirst(accountID.count))
        guard stamp.count == 12, stamp.allSatisfy(\.isASCIIDigit) else {
            return "\(name): \(expected) (12 digits of date and time after the account id)"
        }
        let value = { (offset: Int) in Int(String(stamp[offset..<offset + 2])) ?? -1 }
        let (year, month, day, hour, minute, second) = (2000 + value(0), value(2), value(4), value(6), value(8), value(10))
        let daysInMonth = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...daysInMonth[month - 1]).contains(day), hour < 24, minute < 60, second < 60 else {
            return "\(name): \(String(stamp)) is not a valid date and time yymmddhhmiss"
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
