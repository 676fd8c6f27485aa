import Foundation
@testable import Providers
import Testing

@Suite struct RandomIdentifierTests {
    @Test(arguments: [(12, RandomIdentifier.lowercaseAlphanumerics), (32, RandomIdentifier.alphanumerics), (0, "ab"), (5, "")])
    func identifiersHaveTheLengthAndAlphabetAsked(length: Int, alphabet: String) {
        let identifier = RandomIdentifier.make(length: length, alphabet: alphabet)
        #expect(identifier.count == (alphabet.isEmpty ? 0 : length))
        #expect(identifier.allSatisfy { alphabet.contains($0) })
    }

    @Test func identifiersDiffer() {
        let identifiers = Set((0..<50).map { _ in RandomIdentifier.make(length: 12, alphabet: RandomIdentifier.lowercaseAlphanumerics) })
        #expect(identifiers.count == 50)
    }

    @Test func uuidsAreLowercaseVersionFourWithTheRFCVariant() throws {
        for _ in 0..<200 {
            let text = RandomIdentifier.uuid()
            let characters = Array(text)
            #expect(characters.count == 36)
            #expect([8, 13, 18, 23].allSatisfy { characters[$0] == "-" })
            #expect(characters[14] == "4")
            #expect("89ab".contains(characters[19]))
            #expect(text.allSatisfy { "0123456789abcdef-".contains($0) })
            let parsed = try #require(UUID(uuidString: text))
            #expect(parsed.uuidString.lowercased() == text)
        }
    }

    @Test func uuidsDiffer() {
        #expect(Set((0..<1_000).map { _ in RandomIdentifier.uuid() }).count == 1_000)
    }

    @Test func splitMixFollowsTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }
}
