import Testing
import SMSDomain

@Test func segmentCountKeepsItsValues() {
    let count = SegmentCount(encoding: .ucs2, characters: 71, units: 72, parts: 2, unitsPerPart: 67)
    #expect(count.encoding == .ucs2)
    #expect(count.characters == 71)
    #expect(count.units == 72)
    #expect(count.parts == 2)
    #expect(count.unitsPerPart == 67)
}

@Test(arguments: [
    (SegmentCount(encoding: .gsm7, characters: 1, units: 1, parts: 1, unitsPerPart: 160), true),
    (SegmentCount(encoding: .ucs2, characters: 1, units: 1, parts: 1, unitsPerPart: 160), false),
    (SegmentCount(encoding: .gsm7, characters: 1, units: 2, parts: 1, unitsPerPart: 160), false),
    (SegmentCount(encoding: .gsm7, characters: 1, units: 1, parts: 1, unitsPerPart: 153), false),
] as [(SegmentCount, Bool)])
func segmentCountEqualityComparesEveryField(other: SegmentCount, equal: Bool) {
    let base = SegmentCount(encoding: .gsm7, characters: 1, units: 1, parts: 1, unitsPerPart: 160)
    #expect((base == other) == equal)
}
