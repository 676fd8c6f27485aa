import SMSDomain

/// Skycore's number rules: recipients are international numbers with their country code, senders a
/// shortcode, a toll-free or a 10DLC number (seed 002, "Request Parameters" › `to`, `from`).
enum SkycoreNumber {
    /// The kind of sender number `from` holds.
    enum SenderKind: String, Sendable, Equatable {
        /// 3–6 digits, e.g. the seed's `00000`.
        case shortcode
        /// A North American toll-free number with its country code: `1` + 8XX toll-free area code + 7 digits.
        case tollFree = "toll_free"
        /// A North American 10-digit long code with its country code `1` (10DLC is a US programme).
        case tenDLC = "10dlc"
    }

    /// NANP toll-free area codes.
    static let tollFreeAreaCodes: Set<String> = ["800", "833", "844", "855", "866", "877", "888"]

    /// The recipient as an E.164 number, or nil when `raw` is not an international number.
    ///
    /// Accepted: an optional single `+`, then 7–15 ASCII digits starting with an assigned country
    /// calling code, so `+10000000001` (the seed's examples) and `10000000001` (Skycore's own form,
    /// `provider-facts.md` § skycore) are the same number. Refused: separators, `00`/`001` prefixes
    /// and national numbers (a leading `0` is no country code).
    ///
    /// Also refused (*assumed*): ten digits without `+` shaped like a North American national
    /// number (`4155552671`: area code and exchange starting 2–9). Skycore's numbers are US numbers
    /// with their `1` (`17743199144`, provider-facts.md § skycore); read as international, this one
    /// would silently become Switzerland (+41 55…). With a `+` the caller says it is international.
    static func recipient(_ raw: String) -> PhoneNumber? {
        guard let digits = internationalDigits(raw), (7...15).contains(digits.count) else { return nil }
        if !raw.hasPrefix("+") && isNorthAmericanNational(digits) { return nil }
        return PhoneNumber(e164: "+" + digits)
    }

    /// Whether `digits` is a ten-digit NANP number without its country code: NXX NXX XXXX.
    static func isNorthAmericanNational(_ digits: String) -> Bool {
        let scalars = Array(digits.unicodeScalars)
        return scalars.count == 10 && scalars[0] >= "2" && scalars[3] >= "2"
    }

    /// Whether a recipient is in the North American Numbering Plan (country code 1): the seed's
    /// "USA", where sender masks are "Not supported" (Canada and the Caribbean share the code;
    /// the fake treats them alike, *assumed*).
    static func isNorthAmerican(_ number: PhoneNumber) -> Bool {
        number.e164.hasPrefix("+1")
    }

    /// The digits of a number given with its country code and an optional single leading `+`;
    /// nil when anything else is in it or the first digit is 0.
    static func internationalDigits(_ raw: String) -> String? {
        let body = raw.hasPrefix("+") ? raw.dropFirst() : raw[...]
        guard let first = body.unicodeScalars.first, first != "0", body.unicodeScalars.allSatisfy(isDigit) else { return nil }
        return String(body)
    }

    /// What kind of sender `raw` is, or nil when it is none of the three (E111 "Invalid Sender.").
    ///
    /// A shortcode is 3–6 digits. A toll-free or 10DLC number is `1` then a valid NANP number
    /// (area code and exchange starting 2–9, the area code not N11), with an optional `+`; the
    /// country code is required, as the seed says ("with country code").
    static func sender(_ raw: String) -> SenderKind? {
        let scalars = raw.unicodeScalars
        if (3...6).contains(scalars.count), scalars.allSatisfy(isDigit) { return .shortcode }
        guard let digits = internationalDigits(raw), digits.count == 11, digits.hasPrefix("1") else { return nil }
        let national = Array(digits.dropFirst())
        let areaCode = String(national[0..<3])
        guard national[0] >= "2", national[3] >= "2", !(national[1] == "1" && national[2] == "1") else { return nil }
        return tollFreeAreaCodes.contains(areaCode) ? .tollFree : .tenDLC
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
