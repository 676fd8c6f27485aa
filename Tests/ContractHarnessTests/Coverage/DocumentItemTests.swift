import ContractHarness
import Testing

@Suite struct DocumentItemTests {
    static func spec(_ id: String, section: String) -> Spec {
        Spec(id: id, provider: "lox24", title: id, seed: SeedReference(file: "003_d449210a1a403a84.txt", section: section), live: .safe,
             steps: [], sourcePath: "Specs/\(id).json")
    }

    @Test(arguments: [
        ("The new sms resource › phone (>= 4 characters)", true),
        ("Invalid input (400); The new sms resource › phone (>= 4 characters)", true),
        ("The new sms resource › phone (<= 16 characters)", false),
        ("The new sms resource › Phone (>= 4 characters)", false),
    ])
    func aSectionContainingTheItemsTextEncodesIt(_ section: String, _ encoded: Bool) {
        let item = DocumentItem(id: "phone-min", kind: .field, text: "phone >= 4", sections: ["phone (>= 4 characters)"])
        #expect(item.isEncoded(by: Self.spec("lox24/x", section: section)) == encoded)
    }

    @Test func anItemCanNameItsSpecs() {
        let item = DocumentItem(id: "error-422", kind: .error, text: "422", specs: ["lox24/missing-text"])
        #expect(item.isEncoded(by: Self.spec("lox24/missing-text", section: "anything")))
        #expect(!item.isEncoded(by: Self.spec("lox24/other", section: "anything")))
    }
}
