import Testing

@Test func mailFormatsBuild() { #expect(Bool(true)) }
