import Providers
import SMSDomain
import Testing

@Suite struct MessagePartsTests {
    @Test(arguments: [
        (String(repeating: "a", count: 160), SMSEncoding.gsm7, [160], 160, "septets"),
        (String(repeating: "a", count: 161), .gsm7, [153, 8], 153, "septets"),
        (String(repeating: "Ж", count: 70), .ucs2, [70], 70, "code units"),
        (String(repeating: "Ж", count: 71), .ucs2, [67, 4], 67, "code units"),
        ("plain ascii", .ucs2, [11], 70, "code units"),
        ("Ж is not GSM", .gsm7, [12], 70, "code units"), // GSM-7 asked, UCS-2 needed
    ])
    func partsAreCountedAsTheNetworkSendsThem(text: String, encoding: SMSEncoding, units: [Int], perPart: Int, unit: String) {
        let layout = MessageParts(text: text, encoding: encoding)
        #expect(layout.parts.map(\.units) == units)
        #expect(layout.unitsPerPart == perPart)
        #expect(layout.unitName == unit)
        #expect(layout.parts.map(\.text).joined() == text)
    }

    @Test func extensionCharactersAreMarkedAndCountTwice() {
        let layout = MessageParts(text: "5 € [x]", encoding: .gsm7)
        #expect(layout.parts.map(\.extensionOffsets) == [[2, 4, 6]])
        #expect(layout.parts.map(\.units) == [10])
    }

    @Test func anExtensionCharacterThatWouldStraddleStartsTheNextPartWithItsOffset() {
        let text = String(repeating: "a", count: 152) + "€" + String(repeating: "b", count: 10)
        let layout = MessageParts(text: text, encoding: .gsm7)
        #expect(layout.parts.map(\.units) == [152, 12])
        #expect(layout.parts.map(\.extensionOffsets) == [[], [0]])
    }

    @Test func theJSONNamesEachPartsUnits() {
        let json = MessageParts(text: "€", encoding: .gsm7).json
        #expect(json["unit"] == "septets")
        #expect(json["parts"]?.arrayValue?.first?["units"] == 2)
        #expect(json["parts"]?.arrayValue?.first?["extension_offsets"] == [0])
    }
}
