@testable import Providers
import Testing

@Suite struct UUIDTextTests {
    @Test(arguments: [
        (UInt64(0x0BD5_FCFF_C65D_45DD), UInt64(0xA022_3613_A347_C11F), "0bd5fcff-c65d-45dd-a022-3613a347c11f"),
        (0, 0, "00000000-0000-0000-0000-000000000000"),
        (UInt64.max, UInt64.max, "ffffffff-ffff-ffff-ffff-ffffffffffff"),
        (0x0000_0001_0002_0003, 0x0004_0000_0000_0005, "00000001-0002-0003-0004-000000000005"),
    ])
    func theHalvesAreWrittenInEightFourFourFourTwelveDigits(high: UInt64, low: UInt64, text: String) {
        #expect(UUIDText.format(high: high, low: low) == text)
    }
}
