@testable import Providers
import Testing

@Suite struct SkycoreNumberTests {
    @Test(arguments: [
        ("+10000000001", "+10000000001"), ("10000000001", "+10000000001"), ("+447700900123", "+447700900123"),
        ("447700900123", "+447700900123"), ("+6831234", "+6831234"), ("+123456789012345", "+123456789012345"),
        ("+4155552671", "+4155552671"), ("4930123456", "+4930123456"),
    ])
    func internationalNumbersWithOrWithoutPlusAreAccepted(raw: String, e164: String) {
        // Ten digits are international when written with "+", or when not NANP-shaped (4th digit 0 or 1).
        #expect(SkycoreNumber.recipient(raw)?.e164 == e164)
    }

    @Test(arguments: [
        "", "+", "0014155550123", "00447700900123", "07700900123", "+1 415 555 0123", "1-415-555-0123", "+0123456789",
        "+123456", "+1234567890123456", "++10000000001", "not-a-number", "+2100000000",
        "4155552671", "2025550123", // US national numbers: without their 1 they would read as +41…, +20…
    ])
    func otherFormsAreNotRecipients(raw: String) {
        #expect(SkycoreNumber.recipient(raw) == nil)
    }

    @Test(arguments: [
        ("00000", SkycoreNumber.SenderKind.shortcode), ("123", .shortcode), ("123456", .shortcode),
        ("18005550100", .tollFree), ("+18885550100", .tollFree), ("+18335550100", .tollFree),
        ("12025550123", .tenDLC), ("+14155550123", .tenDLC),
    ])
    func sendersAreShortcodesTollFreeOr10DLC(raw: String, kind: SkycoreNumber.SenderKind) {
        #expect(SkycoreNumber.sender(raw) == kind)
    }

    @Test(arguments: [
        "", "12", "1234567", "8005550100", "2025550123", "+447700900123", "11025550123", "12021550123", "19115550123",
        "Acme", "Dunder Mifflin", "+1800555010", "+180055501000", "1800 555 0100",
    ])
    func anythingElseIsAnInvalidSender(raw: String) {
        #expect(SkycoreNumber.sender(raw) == nil)
    }

    @Test(arguments: [("+14155550123", true), ("+10000000001", true), ("+447700900123", false), ("+4155552671", false)])
    func northAmericanRecipientsAreCountryCodeOne(e164: String, expected: Bool) throws {
        #expect(SkycoreNumber.isNorthAmerican(try #require(SkycoreNumber.recipient(e164))) == expected)
    }
}
