import Testing
@testable import StructuredData

struct UTF8ScanningTests {
    static let sequences: [([UInt8], Int?)] = [
        ([0xC3, 0xA9], 2),
        ([0xE2, 0x82, 0xAC], 3),
        ([0xF0, 0x9F, 0x98, 0x80], 4),
        ([0xF4, 0x8F, 0xBF, 0xBF], 4),
        ([0x80], nil),
        ([0xC0, 0x80], nil),
        ([0xC1, 0xBF], nil),
        ([0xE0, 0x9F, 0xBF], nil),
        ([0xED, 0xA0, 0x80], nil),
        ([0xF0, 0x8F, 0xBF, 0xBF], nil),
        ([0xF4, 0x90, 0x80, 0x80], nil),
        ([0xF5, 0x80, 0x80, 0x80], nil),
        ([0xFF], nil),
        ([0xE2, 0x82], nil),
        ([0xE2, 0x41, 0x41], nil),
    ]

    @Test(arguments: sequences)
    func measuresWellFormedSequences(bytes: [UInt8], expected: Int?) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Scanning.sequenceLength(in: $0, at: 0) } == expected)
    }

    static let descriptions: [([UInt8], String)] = [
        ([0x61], "'a'"),
        ([0xC3, 0xA9], "'é'"),
        ([0x0A], "U+000A"),
        ([0x7F], "U+007F"),
        ([0xFF], "byte 0xFF"),
    ]

    @Test(arguments: descriptions)
    func describesCharactersForMessages(bytes: [UInt8], expected: String) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Scanning.describeCharacter(in: $0, at: 0) } == expected)
    }

    @Test func measuresTheByteOrderMark() {
        #expect([0xEF, 0xBB, 0xBF, 0x31].withUnsafeBufferPointer(UTF8Scanning.byteOrderMarkLength) == 3)
        #expect([0xEF, 0xBB].withUnsafeBufferPointer(UTF8Scanning.byteOrderMarkLength) == 0)
        #expect(UTF8Scanning.hex(0xA, digits: 4) == "000A")
        #expect(UTF8Scanning.hex(0x1F600, digits: 4) == "1F600")
    }
}
