import Testing
@testable import MailFormats

@Suite struct Base64Tests {
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func encodesAndDecodesTheRFC4648Vectors(plain: String, encoded: String) throws {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(try Base64.decode(Array(encoded.utf8)) == Array(plain.utf8))
    }

    @Test(arguments: [
        ("Zm9v\r\nYmFy\r\n", "foobar"),
        (" Zm9v YmFy\n", "foobar"),
        ("Zm9vYg", "foob"),
        ("Zm9vYmE", "fooba"),
        ("Zg==Zm8=", "ffo"),
        ("Zm9vY", "foo"),
        ("====", ""),
    ])
    func decodingTolerates(encoded: String, plain: String) throws {
        #expect(try Base64.decode(Array(encoded.utf8)) == Array(plain.utf8))
    }

    @Test(arguments: [("Zm9v!YmFy", 4), ("Zm9v\r\nYm-F", 8), ("é", 0)])
    func decodingRefusesCharactersOutsideTheAlphabet(encoded: String, offset: Int) {
        #expect(throws: Base64.InvalidCharacter(offset: offset)) { try Base64.decode(Array(encoded.utf8)) }
    }

    @Test func wrapsLinesWithCRLF() throws {
        let bytes = (0..<100).map { UInt8($0) }
        let encoded = Base64.encode(bytes, lineLength: 76)
        let lines = encoded.split(separator: "\r\n")
        #expect(lines.map(\.count) == [76, 60])
        #expect(!encoded.hasSuffix("\r\n"))
        #expect(try Base64.decode(Array(encoded.utf8)) == bytes)
    }

    @Test func everyByteValueRoundTrips() throws {
        let bytes = (0...255).map { UInt8($0) } + (0...255).reversed().map { UInt8($0) }
        #expect(try Base64.decode(Array(Base64.encode(bytes, lineLength: 76).utf8)) == bytes)
    }
}
