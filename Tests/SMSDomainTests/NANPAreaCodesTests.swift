import Testing
@testable import SMSDomain

@Test(arguments: [("4155552671", true), ("6135550123", true), ("1415555267", false), ("4151552671", false), ("415555267", false), ("41555526710", false)])
func nationalNumberShape(digits: String, isNational: Bool) {
    #expect(NANPAreaCodes.isNationalNumber(digits.unicodeScalars) == isNational)
}

@Test func canadaListsItsBigCitiesAndNoUSAreaCode() {
    for code in ["416", "514", "604", "613", "403", "902"] { #expect(NANPAreaCodes.canada.contains(code), "\(code)") }
    for code in ["212", "415", "800", "202"] { #expect(!NANPAreaCodes.canada.contains(code), "\(code)") }
}
