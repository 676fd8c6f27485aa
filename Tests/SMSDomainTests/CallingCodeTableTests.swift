import Testing
@testable import SMSDomain

@Test func prefixesAreUniqueDigitStrings() {
    let prefixes = CallingCodeTable.rows.map(\.prefix)
    #expect(Set(prefixes).count == prefixes.count)
    #expect(CallingCodeTable.entries.count == prefixes.count + CallingCodeTable.sharedCodeRows.count + NANPAreaCodes.canada.count)
    for prefix in prefixes {
        #expect((1...CallingCodeTable.longestPrefix).contains(prefix.count), "\(prefix)")
        #expect(prefix.allSatisfy { $0.isASCII && $0.isNumber } && !prefix.hasPrefix("0"), "\(prefix)")
    }
}

/// Outside the NANP, ITU country codes are prefix-free: no code starts another.
@Test func countryCodesOutsideNANPArePrefixFree() {
    let codes = CallingCodeTable.rows.map(\.prefix).filter { !$0.hasPrefix("1") }
    for code in codes {
        let extensions = codes.filter { $0 != code && $0.hasPrefix(code) }
        #expect(extensions.isEmpty, "\(code) is a prefix of \(extensions)")
    }
}

@Test func nanpEntriesAreAreaCodesWithCallingCodeOne() {
    let nanp = CallingCodeTable.entries.values.filter { $0.prefix.hasPrefix("1") }
    #expect(nanp.count == 28 + NANPAreaCodes.canada.count)
    for entry in nanp {
        #expect(entry.callingCode == "1")
        #expect(entry.prefix == "1" || entry.prefix.count == 4, "\(entry.prefix)")
    }
}

/// Each shared-code row extends its own calling code's row and names another region than the code's main one.
@Test func sharedCodeRowsRefineTheirCallingCode() {
    for row in CallingCodeTable.sharedCodeRows {
        let main = CallingCodeTable.rows.first { $0.prefix == row.callingCode }
        #expect(main != nil && row.prefix.hasPrefix(row.callingCode) && row.prefix.count > row.callingCode.count, "\(row.prefix)")
        #expect(main?.region != row.region, "\(row.prefix)")
        #expect(CallingCodeTable.entry(forDigits: row.prefix + "12345")?.callingCode == row.callingCode)
    }
}

@Test func canadianAreaCodesAreUniqueAndNotClaimedByAnotherMember() {
    let codes = NANPAreaCodes.canada
    #expect(Set(codes).count == codes.count)
    let members = CallingCodeTable.rows.map(\.prefix).filter { $0.hasPrefix("1") && $0.count == 4 }
    for code in codes {
        #expect(code.count == 3 && !members.contains("1" + code), "\(code)")
    }
}

@Test func regionsAreTwoUppercaseLetters() {
    for row in CallingCodeTable.rows {
        guard let region = row.region else { continue }
        #expect(region.count == 2 && region.allSatisfy { $0.isASCII && $0.isUppercase }, "\(row.prefix): \(region)")
    }
}

@Test func globalServicesHaveNoRegion() {
    let global = CallingCodeTable.rows.filter { $0.region == nil }.map(\.prefix)
    #expect(global == ["800", "808", "870", "878", "881", "882", "883", "888", "979", "991"])
}

@Test(arguments: [("49", "49"), ("4917", "49"), ("1242", "1242"), ("12", "1"), ("353", "353"), ("3", nil), ("0", nil),
                  ("16135550123", "1613"), ("77011234567", "77"), ("4414815550", "441481"), ("39066981234", "3906698"), ("3906123", "39")]
      as [(String, String?)])
func longestPrefixWins(digits: String, expectedPrefix: String?) {
    #expect(CallingCodeTable.entry(forDigits: digits)?.prefix == expectedPrefix)
}
