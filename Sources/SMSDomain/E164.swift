/// Normalisation and validation of E.164 numbers ("+" then 2–15 digits, the first not 0).
public enum E164 {
    /// Whether the scalar is one removed before a number is read: space, '-', '.', '(' or ')'.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "(", ")": true
        default: false
        }
    }

    /// Normalises "+491701234567", "00491701234567", "491701234567" and, with a plan, national "01701234567" (trunk prefix) to +49…
    ///
    /// Steps, in order:
    /// 1. In an international number (one starting "+" or "00"), a "(0)" — the trunk prefix shown in
    ///    brackets, as in "+44 (0)20 7946 0958" — is removed.
    /// 2. Visual separators (spaces, '-', '.', '(', ')') are removed. Nothing left: ``PhoneNumberError/empty``.
    ///    Anything but ASCII digits and one leading "+": ``PhoneNumberError/invalidCharacters(_:)``.
    /// 3. The digits are made international: after a leading "+" they already are; a leading "00" is
    ///    the international prefix and is dropped; a single leading "0" is a trunk prefix, dropped and
    ///    replaced by the plan's calling code when the plan's trunk prefix is "0"
    ///    (``PhoneNumberError/nationalNumberWithoutPlan(_:)`` without a plan,
    ///    ``PhoneNumberError/trunkPrefixMismatch(_:regionCode:)`` with another plan); digits starting
    ///    1–9 are taken as already international. With a NANP plan (calling code 1: US, CA) "011" is
    ///    the international prefix, and ten digits shaped like a NANP number (area code and exchange
    ///    starting 2–9, "4155552671") are national: "+1" is put in front. A plan never changes an
    ///    international number ("+…", "00…", "011…").
    /// 4. The result must have 2–15 digits (``PhoneNumberError/tooShort(_:)``, ``PhoneNumberError/tooLong(_:)``),
    ///    start with an assigned country calling code (``PhoneNumberError/unknownCallingCode(_:)``, which
    ///    also covers a 0 after the international prefix) and have digits after it (``PhoneNumberError/tooShort(_:)``).
    public static func normalize(_ raw: String, plan: NationalNumberingPlan?) throws(PhoneNumberError) -> PhoneNumber {
        var scalars = Array(raw.unicodeScalars)
        if isInternational(scalars) { removeBracketedTrunkPrefix(from: &scalars) }
        scalars.removeAll(where: isSeparator)
        guard !scalars.isEmpty else { throw .empty }

        let hasPlus = scalars.first == "+"
        let body = hasPlus ? scalars.dropFirst() : scalars[...]
        guard body.allSatisfy(isDigit) else { throw .invalidCharacters(raw) }

        // Every scalar of `body` is an ASCII digit, so each is one UTF-8 byte.
        func ascii(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            String(decoding: scalars.lazy.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
        }
        let digits: String
        let isNANP = plan?.countryCallingCode == "1"
        if hasPlus {
            digits = ascii(body)
        } else if isNANP, body.starts(with: ["0", "1", "1"] as [Unicode.Scalar]) {
            digits = ascii(body.dropFirst(3))
        } else if isNANP, NANPAreaCodes.isNationalNumber(body) {
            digits = "1" + ascii(body)
        } else if body.starts(with: ["0", "0"] as [Unicode.Scalar]) {
            digits = ascii(body.dropFirst(2))
        } else if body.first == "0" {
            guard let plan else { throw .nationalNumberWithoutPlan(raw) }
            guard plan.trunkPrefix == "0" else { throw .trunkPrefixMismatch(raw, regionCode: plan.regionCode) }
            digits = plan.countryCallingCode + ascii(body.dropFirst())
        } else {
            digits = ascii(body)
        }

        guard digits.utf8.count >= 2 else { throw .tooShort(raw) }
        guard digits.utf8.count <= 15 else { throw .tooLong(raw) }
        guard let entry = CallingCodeTable.entry(forDigits: digits) else { throw .unknownCallingCode(raw) }
        guard digits.utf8.count > entry.callingCode.utf8.count else { throw .tooShort(raw) }
        return PhoneNumber(e164: "+" + digits, countryCallingCode: entry.callingCode, regionCode: entry.region)
    }

    /// Whether the text is in E.164 form: `^\+[1-9]\d{1,14}$` with ASCII digits. Does not check the calling code is assigned.
    public static func isValid(_ e164: String) -> Bool {
        let scalars = Array(e164.unicodeScalars)
        guard scalars.first == "+", (3...16).contains(scalars.count) else { return false }
        let digits = scalars.dropFirst()
        return digits.first != "0" && digits.allSatisfy(isDigit)
    }

    /// The country calling code the digits start with and its ISO 3166-1 alpha-2 region, by longest prefix.
    ///
    /// A leading "+" is ignored. The calling code is "1" for every NANP number, with the region from
    /// the area code where that region has its own ISO code ("1242…" is BS) and "US" otherwise.
    /// The region is nil for global services (800, 808, 870, 878, 881–883, 888, 979, 991).
    /// Nil when the digits start with no assigned calling code.
    public static func regionCode(forCallingCodeOf digits: some StringProtocol) -> (callingCode: String, region: String?)? {
        let text = String(digits)
        let body = text.hasPrefix("+") ? text.dropFirst() : text[...]
        guard let entry = CallingCodeTable.entry(forDigits: body) else { return nil }
        return (entry.callingCode, entry.region)
    }

    /// The scalars of the input that make it ``PhoneNumberError/invalidCharacters(_:)``, each once, in order.
    static func disallowedCharacters(in raw: String) -> [Unicode.Scalar] {
        var found: [Unicode.Scalar] = []
        var sawContent = false
        for scalar in raw.unicodeScalars where !isSeparator(scalar) {
            let allowed = isDigit(scalar) || (scalar == "+" && !sawContent)
            sawContent = true
            if !allowed && !found.contains(scalar) { found.append(scalar) }
        }
        return found
    }

    /// Whether the scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Whether the first scalar that is not a separator is "+", or the first two are "00".
    static func isInternational(_ scalars: [Unicode.Scalar]) -> Bool {
        let content = scalars.lazy.filter { !isSeparator($0) }
        return content.first == "+" || content.prefix(2).elementsEqual(["0", "0"] as [Unicode.Scalar])
    }

    /// Removes the first "(0)" from the scalars.
    static func removeBracketedTrunkPrefix(from scalars: inout [Unicode.Scalar]) {
        let pattern: [Unicode.Scalar] = ["(", "0", ")"]
        guard scalars.count >= pattern.count else { return }
        for start in 0...(scalars.count - pattern.count) where scalars[start..<start + pattern.count].elementsEqual(pattern) {
            scalars.removeSubrange(start..<start + pattern.count)
            return
        }
    }
}
