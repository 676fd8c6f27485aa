import Providers
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
}
